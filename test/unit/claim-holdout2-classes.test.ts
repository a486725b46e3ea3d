// Failure classes the second held-out corpus exposed (claims/salary-verdicts.ts, role-forms.ts,
// outlook-claims.ts), each tested on occupations that corpus does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseArticle } from '../../src/core/lint.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { bandFor } from '../../src/core/dataset/facts.js';
import { salaryVerdicts, statusOf } from '../../src/core/claims/salary-verdicts.js';
import { wageHistory } from '../../src/core/dataset/bundled.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

const SETTINGS = { tolerance: 0.05, otherSources: 'off' as const };

async function salaryStatuses(role: string, other: string, body: string) {
  const dataset = await bundledRoleIndex();
  const article = comparisonArticle(`${role} vs. ${other}`, body);
  return salaryVerdicts(article, dataset, SETTINGS).map((j) => ({ role: j.claim.role, status: statusOf(j.outcome) }));
}

test('a stated year whose figure is that release’s own is out of date, though a neighbouring occupation’s current figure is close', async () => {
  const dataset = await bundledRoleIndex();
  for (const role of ['Special Education Teacher', 'Social Worker']) {
    const matches = matchRole(dataset, role).matches;
    const [current, older] = wageHistory(matches[0]!.occupation);
    const old = older!.wages.median!;
    assert.ok(Math.abs(current!.wages.median! - old) / old > 0.005, `${role}: the releases differ`);
    const near = matches.slice(1).some((m) => Math.abs(m.occupation.wages.median! - old) / old <= SETTINGS.tolerance);
    assert.ok(near, `${role}: another candidate's current median is within tolerance of the older figure`);
    const body = `${role}s were paid a median of $${old.toLocaleString('en-US')} in ${older!.release.period}.`;
    assert.deepEqual(await salaryStatuses(role, 'Librarian', body), [{ role, status: 'outdated' }], role);
  }
});

async function outlookFindings(role: string, sentence: string) {
  const dataset = await bundledRoleIndex();
  const text = `# ${role} vs. Librarian: What Are the Differences?\n\n${sentence}\n`;
  return lint(text, { dataset })
    .findings.filter((f) => f.ruleId === 'outlook-mismatch')
    .map((f) => ({
      messageId: f.messageId,
      kind: f.data?.kind,
      raw: text.slice(f.start.offset, f.end.offset),
      fix: f.suggestions?.[0]?.fix.text,
    }));
}

test('a bare "projected to decline" states BLS’s Decline band: a mismatch naming the band when BLS projects growth', async () => {
  const dataset = await bundledRoleIndex();
  const growing = matchRole(dataset, 'Nurse Practitioner').matches[0]!.occupation;
  const band = bandFor(dataset.descriptorBands(growing.outlook!.release.period)!, growing.outlook!.changePercent)!;
  assert.notEqual(band.descriptor, 'Decline');
  assert.deepEqual(
    await outlookFindings('Nurse Practitioner', 'Employment of nurse practitioners is projected to decline over the next decade.'),
    [{ messageId: 'descriptor', kind: 'outlook-descriptor', raw: 'decline', fix: `grow ${band.descriptor.toLowerCase()}` }],
  );
  const shrinking = dataset.occupations.find((o) => o.outlook && o.outlook.changePercent <= -5 && /Operators$/.test(o.title))!;
  const role = shrinking.title.split(/,| and /)[0]!.replace(/s$/, '');
  assert.equal(matchRole(dataset, role).matches[0]?.occupation, shrinking, role);
  assert.deepEqual(await outlookFindings(role, `Employment of ${role.toLowerCase()}s is expected to shrink over the next ten years.`), []);
});

test('an initialism of the role’s modifiers before its head noun names the role (“QA analysts”, “IT Managers”)', () => {
  const roles = (title: string, body: string) => salaryClaims(comparisonArticle(title, body)).map((c) => [c.figure.raw, c.role]);
  assert.deepEqual(roles('Quality Assurance Analyst vs. Software Developer', 'The top tenth of QA analysts earn over $120,000.'), [
    ['$120,000', 'Quality Assurance Analyst'],
  ]);
  assert.deepEqual(
    roles(
      'Information Technology Manager vs. Sales Manager',
      'In our survey, IT Managers’ pay averaged $171,200; sales managers reported $150,000.',
    ),
    [
      ['$171,200', 'Information Technology Manager'],
      ['$150,000', 'Sales Manager'],
    ],
  );
  // Lower-case letters are a word, not the initialism.
  assert.deepEqual(roles('Information Technology Manager vs. Sales Manager', 'Whatever it managers earn, one figure is $171,200.'), [
    ['$171,200', undefined],
  ]);
});

test('a field noun before “jobs”, “positions” or “employment” names its worker (“civil engineering jobs”)', () => {
  const owner = (title: string, body: string) => outlookClaims(comparisonArticle(title, body)).map((c) => c.role);
  assert.deepEqual(owner('Civil Engineer vs. Architect', 'Civil engineering jobs are expected to grow 5% over the next decade.'), [
    'Civil Engineer',
  ]);
  assert.deepEqual(owner('Dental Hygienist vs. Accountant', 'Accounting positions are projected to grow 5 percent from 2025 to 2035.'), [
    'Accountant',
  ]);
  // The role's own modifiers are needed: "electrical engineering" is not civil engineering.
  assert.deepEqual(owner('Civil Engineer vs. Architect', 'Electrical engineering jobs will grow 7% by 2035.'), [undefined]);
});

test('a table column headed by a role’s looser form (“QA Analyst”) is that role’s', () => {
  const article = parseArticle(
    `# Quality Assurance Analyst vs. Software Developer: What Are the Differences?\n\n| | QA Analyst | Software Developer |\n|---|---|---|\n| Median salary | $102,610 | $133,080 |\n`,
  );
  assert.deepEqual(
    salaryClaims(article).map((c) => [c.figure.raw, c.role]),
    [
      ['$102,610', 'Quality Assurance Analyst'],
      ['$133,080', 'Software Developer'],
    ],
  );
});
