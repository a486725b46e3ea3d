// Failure classes the third held-out corpus exposed (claims/fact-claims.ts, outlook-claims.ts,
// outlook-verdicts.ts, education-claims.ts, expressions.ts, attribution.ts, short-forms.ts), each
// tested on sentences and occupations that corpus does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseArticle } from '../../src/core/lint.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { matchRole } from '../../src/core/dataset/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const article = (title: string, body: string) => parseArticle(`# ${title}: What Are the Differences?\n\n${body}\n`);
const jobs = (n: number) => Math.round(n).toLocaleString('en-US');

test('a count or share states the year it is for (“held about N jobs in 2025”, “In 2024, …”)', () => {
  const years = (body: string) =>
    factClaims(article('Librarian vs. Archivist', body), []).map(({ kind, role, year }) => ({ kind, role, year }));
  assert.deepEqual(years('Librarians held about 130,000 jobs in 2025.'), [{ kind: 'employment', role: 'Librarian', year: 2025 }]);
  assert.deepEqual(years('In May 2024, archivists held about 7,000 jobs.'), [{ kind: 'employment', role: 'Archivist', year: 2024 }]);
  assert.deepEqual(years('About 9 percent of archivists were self-employed in 2024.'), [
    { kind: 'self-employed', role: 'Archivist', year: 2024 },
  ]);
  // A projection period is no count's year; nor is a year in the next sentence.
  assert.deepEqual(years('Librarians held about 130,000 jobs. Employment is projected to grow 3 percent from 2025 to 2035.')[0], {
    kind: 'employment',
    role: 'Librarian',
    year: undefined,
  });
});

async function outlookFindings(role: string, other: string, body: string) {
  const dataset = await bundledRoleIndex();
  const text = `# ${role} vs. ${other}: What Are the Differences?\n\n${body}\n`;
  return lint(text, { dataset })
    .findings.filter((f) => f.ruleId === 'outlook-mismatch')
    .map((f) => ({ messageId: f.messageId, raw: text.slice(f.start.offset, f.end.offset) }));
}

test('employment stated for the current base year is judged; for an earlier year it is out of date; for a later one, unchecked', async () => {
  const dataset = await bundledRoleIndex();
  const occupation = matchRole(dataset, 'Firefighter').matches[0]!.occupation;
  const [current, older] = occupation.outlooks!;
  const now = jobs(current!.employmentBase * 1000);
  const then = jobs(older!.employmentBase * 1000);
  assert.deepEqual(
    await outlookFindings('Firefighter', 'Police Officer', `Firefighters held about ${now} jobs in ${current!.release.year}.`),
    [],
  );
  assert.deepEqual(
    await outlookFindings('Firefighter', 'Police Officer', `Firefighters held about ${then} jobs in ${older!.release.year}.`),
    [{ messageId: 'outdatedYear', raw: `held about ${then} jobs` }],
  );
  // Today's figure with an earlier year is still stated for that year.
  assert.deepEqual(
    await outlookFindings('Firefighter', 'Police Officer', `In ${older!.release.year}, firefighters held about ${now} jobs.`),
    [{ messageId: 'outdatedYear', raw: `held about ${now} jobs` }],
  );
  assert.deepEqual(
    await outlookFindings('Firefighter', 'Police Officer', `Firefighters held about ${now} jobs in ${current!.release.year + 3}.`),
    [],
  );
});

test('a self-employed share that is an earlier release’s own is out of date, not wrong', async () => {
  const dataset = await bundledRoleIndex();
  const occupation = matchRole(dataset, 'Event Planner').matches[0]!.occupation;
  const [now, before] = occupation.outlooks!;
  assert.ok(Math.abs(now!.selfEmployedPercent! - before!.selfEmployedPercent!) > 1, 'the releases differ');
  const share = Math.round(before!.selfEmployedPercent!);
  assert.deepEqual(await outlookFindings('Event Planner', 'Caterer', `About ${share} percent of event planners were self-employed.`), [
    { messageId: 'outdatedFigure', raw: `${share} percent` },
  ]);
});

test('“projected to increase by N jobs” is a change in employment, not a bare direction', async () => {
  const body = (verb: string) => `Surveyor employment is projected to ${verb} by about 2,300 jobs over the decade.`;
  for (const verb of ['increase', 'grow', 'rise', 'decline']) {
    const a = article('Surveyor vs. Cartographer', body(verb));
    assert.deepEqual(outlookClaims(a), [], verb);
    assert.deepEqual(
      factClaims(a, []).map(({ kind, role, value }) => ({ kind, role, value })),
      [{ kind: 'employment-change', role: 'Surveyor', value: verb === 'decline' ? -2300 : 2300 }],
      verb,
    );
  }
  // A percent after "by" is still the outlook sentence's.
  assert.equal(outlookClaims(article('Surveyor vs. Cartographer', 'Surveyor jobs will grow by 5 percent by 2035.'))[0]?.percent, 5);
  const dataset = await bundledRoleIndex();
  const judged = outlookVerdicts(
    article('Surveyor vs. Cartographer', 'From 2024 to 2034, employment of cartographers is projected to grow by about 500 jobs.'),
    dataset,
    { tolerance: 2 },
  );
  assert.deepEqual(
    judged.map((j) => [j.claim.kind, j.outcome.type]),
    [['employment-change', 'outdated']],
  );
});
