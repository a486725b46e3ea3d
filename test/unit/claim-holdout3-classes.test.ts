// Failure classes the third held-out corpus exposed (claims/fact-claims.ts, outlook-claims.ts,
// outlook-verdicts.ts, education-claims.ts, expressions.ts, attribution.ts, short-forms.ts), each
// tested on sentences and occupations that corpus does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseArticle } from '../../src/core/lint.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle, educationLevels } from './helpers/claims.js';

const article = comparisonArticle;
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

const levels = educationLevels;

test('an education level later in the list a requirement verb governs is the requirement', () => {
  assert.deepEqual(
    levels(
      'Dental Hygienist vs. Dental Assistant',
      'Dental hygienists typically need a state license, 1,000 clinical hours, and an associate’s degree.',
    ),
    [{ role: 'Dental Hygienist', level: "Associate's degree", raw: 'associate’s degree' }],
  );
  // The list ends with its clause: a degree after "before" is not what the verb requires.
  assert.deepEqual(levels('Surveyor vs. Cartographer', 'Surveyors need a license before they can start a master’s degree.'), []);
  assert.deepEqual(levels('Surveyor vs. Cartographer', 'The typical entry-level education for surveyors is a bachelor’s degree.'), [
    { role: 'Surveyor', level: "Bachelor's degree", raw: 'bachelor’s degree' },
  ]);
});

test('a named degree states its level (“a Doctor of Pharmacy (Pharm.D.) degree”, “a Master of Library Science”)', () => {
  assert.deepEqual(levels('Pharmacist vs. Chemist', 'Pharmacists typically need a Doctor of Pharmacy (Pharm.D.) degree.'), [
    { role: 'Pharmacist', level: 'Doctoral or professional degree', raw: 'Doctor of Pharmacy (Pharm.D.) degree' },
  ]);
  assert.deepEqual(levels('Librarian vs. Archivist', 'Librarians usually need a Master of Library Science (MLS).'), [
    { role: 'Librarian', level: "Master's degree", raw: 'Master of Library Science (MLS)' },
  ]);
  // BLS's category restating the named degree is the one claim.
  assert.deepEqual(
    levels('Dentist vs. Orthodontist', 'Dentists must have a Doctor of Dental Surgery (DDS) degree, a doctoral or professional degree.'),
    [{ role: 'Dentist', level: 'Doctoral or professional degree', raw: 'doctoral or professional degree' }],
  );
});

test('BLS’s own category names state the level without a requirement verb; a preference does not', () => {
  assert.deepEqual(
    levels('Phlebotomist vs. Medical Assistant', 'Phlebotomists finish a short program that leads to a postsecondary nondegree award.'),
    [{ role: 'Phlebotomist', level: 'Postsecondary nondegree award', raw: 'postsecondary nondegree award' }],
  );
  assert.deepEqual(
    levels('Cook vs. Baker', 'Cooks earned a median of $36,000 in May 2025; most hold a high school diploma or equivalent.'),
    [{ role: 'Cook', level: 'High school diploma or equivalent', raw: 'high school diploma or equivalent' }],
  );
  assert.deepEqual(levels('Cook vs. Baker', 'Some employers prefer bakers with a postsecondary nondegree award.'), []);
});

test('a sentence opening “To become a <role>,” is about that role, whatever roles its clauses name', () => {
  assert.deepEqual(
    levels(
      'Dental Hygienist vs. Dental Assistant',
      'To become a dental hygienist, you need CPR training, experience as a dental assistant, and an associate’s degree.',
    ),
    [{ role: 'Dental Hygienist', level: "Associate's degree", raw: 'associate’s degree' }],
  );
});

test('“The typical one earned $X, compared with $Y for <role>”: the first figure is the other compared role’s', () => {
  const owners = (body: string) => salaryClaims(article('Cartographer vs. Surveyor', body)).map((c) => [c.figure.raw, c.role]);
  assert.deepEqual(
    owners(
      '**Do cartographers earn more than surveyors?** Not usually. The typical mapmaker earned $70,000, compared with $72,000 for surveyors.',
    ),
    [
      ['$70,000', 'Cartographer'],
      ['$72,000', 'Surveyor'],
    ],
  );
  // Without a comparison the earlier sentence's role stands.
  assert.deepEqual(
    owners('**Do cartographers earn more than surveyors?** The typical one earned $70,000 in 2025 and $72,000 for surveyors in 2026.'),
    [
      ['$70,000', 'Surveyor'],
      ['$72,000', 'Surveyor'],
    ],
  );
});

const pay = (title: string, body: string) =>
  salaryClaims(article(title, body)).map((c) => ({
    raw: c.figure.raw,
    role: c.role,
    statistic: c.figure.statistic,
    percentile: c.percentile,
  }));

test('informal short names: a clipped modifier (“psych techs”), a dropped “school” (“secondary teachers”), a trade’s field noun (“welding jobs”)', () => {
  assert.deepEqual(pay('Psychiatric Technician vs. Psychiatric Aide', 'Psych techs make about $40,000 a year.'), [
    { raw: '$40,000 a year', role: 'Psychiatric Technician', statistic: 'unspecified', percentile: undefined },
  ]);
  assert.deepEqual(pay('Secondary School Teacher vs. Librarian', 'Secondary teachers earn $65,000; librarians earn $64,000.'), [
    { raw: '$65,000', role: 'Secondary School Teacher', statistic: 'unspecified', percentile: undefined },
    { raw: '$64,000', role: 'Librarian', statistic: 'unspecified', percentile: undefined },
  ]);
  const owners = (title: string, body: string) => outlookClaims(article(title, body)).map((c) => c.role);
  assert.deepEqual(owners('Welder vs. Machinist', 'Welding jobs are projected to grow 2 percent through 2035.'), ['Welder']);
  // A gerund any job does is no trade's field: "developing jobs" is no developer's.
  assert.deepEqual(owners('Developer vs. Tester', 'Developing jobs are projected to grow 2 percent through 2035.'), [undefined]);
});

test('the statistic named after a figure (“$72,000 median”, “$1,300 a week at the median”)', () => {
  assert.deepEqual(pay('Cartographer vs. Surveyor', 'Cartographers make about $72,000 median, per the BLS.'), [
    { raw: '$72,000', role: 'Cartographer', statistic: 'median', percentile: undefined },
  ]);
  assert.deepEqual(pay('Cartographer vs. Surveyor', 'Surveyors take home about $1,300 a week at the median.'), [
    { raw: '$1,300 a week', role: 'Surveyor', statistic: 'median', percentile: undefined },
  ]);
});

test('a figure its sentence gives a statistic or percentile, naming a role, is pay in any wording', () => {
  assert.deepEqual(pay('Cartographer vs. Surveyor', 'Cartographers pulled a median of $72,000, and the top 10% cleared $110,000.'), [
    { raw: '$72,000', role: 'Cartographer', statistic: 'median', percentile: undefined },
    { raw: '$110,000', role: 'Cartographer', statistic: 'median', percentile: 90 },
  ]);
  assert.deepEqual(pay('Cartographer vs. Surveyor', 'Back then the BLS median for surveyors was $61,000.'), [
    { raw: '$61,000', role: 'Surveyor', statistic: 'median', percentile: undefined },
  ]);
  // Without a role in the sentence a statistic alone makes no pay claim.
  assert.deepEqual(pay('Cartographer vs. Surveyor', 'The median was $300,000.'), []);
});

test('a spread written with its low end named (“from $38k at the bottom to $70k at the top”) is one range', () => {
  const spread = (body: string) =>
    salaryClaims(article('Carpenter vs. Roofer', body)).map((c) => [c.figure.raw, c.role, c.figure.annualLow, c.figure.annualHigh]);
  assert.deepEqual(spread('Roofers earn from $38k at the bottom to $70k at the top.'), [
    ['from $38k at the bottom to $70k', 'Roofer', 38000, 70000],
  ]);
  assert.deepEqual(spread('Roofers make $38k at the low end and $70k at the high end.'), [
    ['$38k at the low end and $70k', 'Roofer', 38000, 70000],
  ]);
  // Two figures joined by "and" are still two without the low end named.
  assert.equal(spread('Roofers make $38k, and carpenters $70k.').length, 2);
});

test('a claim naming no role is the role its section’s heading names, when the heading names one', () => {
  const owners = (heading: string) => {
    const a = parseArticle(
      `# Surveyor vs. Cartographer: What Are the Differences?\n\n## ${heading}\n\nThe median wage was $68,000 in May 2025. Employment is projected to grow 3 percent from 2025 to 2035.\n`,
    );
    return [
      ...salaryClaims(a).map((c) => c.role),
      ...factClaims(a, outlookClaims(a)).map((c) => c.role),
      ...outlookClaims(a).map((c) => c.role),
    ];
  };
  assert.deepEqual(owners('What Cartographers Earn'), ['Cartographer', 'Cartographer']);
  assert.deepEqual(owners('Surveyor vs. Cartographer Pay'), [undefined, undefined]);
  assert.deepEqual(owners('Pay'), [undefined, undefined]);
});
