// Failure classes the fifth held-out corpus exposed (claims/own-pay.ts, expressions.ts,
// salary-judge.ts, salary-verdicts.ts, outlook-verdicts.ts, dataset/names/match-rules.ts), each
// tested on sentences and occupations of our own; figures are read from the bundled dataset.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { salaryVerdicts, statusOf } from '../../src/core/claims/salary-verdicts.js';
import { outlookVerdicts } from '../../src/core/claims/outlook-verdicts.js';
import { outlookVerdictOf } from '../../src/core/judged/claim-list.js';
import { wageHistory } from '../../src/core/dataset/bundled.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { educationLevels } from './helpers/claims.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';

const SETTINGS = { tolerance: 0.15, otherSources: 'off' as const };
const figures = (title: string, body: string) => salaryClaims(comparisonArticle(title, body)).map((c) => c.figure.raw.split(/[ /]/)[0]);

test('pay a writer reports of their own job, or an add-on to a wage, is no salary claim', () => {
  const title = 'Welder vs. Machinist';
  for (const body of [
    "I'm a welder outside Tulsa and make $27/hr after five years.",
    'My starting rate as a machinist was $21 an hour, and I got to $30 by year four.',
    'At my plant, machinists start at $24 an hour.',
    'Welder here, making $31 an hour on nights.',
  ]) {
    assert.deepEqual(figures(title, body), [], body);
  }
  // The wage itself stays a claim; only the add-on beside it is dropped.
  assert.deepEqual(figures(title, 'Welders earn a median of $25.10 an hour, plus a $2 shift differential on nights.'), ['$25.10']);
  // Quoting BLS in the first person is still the occupation's figure.
  assert.deepEqual(figures(title, 'I checked the BLS: welders make a median of $25.10 an hour.'), ['$25.10']);
  assert.deepEqual(figures(title, 'Graduates of our program become machinists, who earn a median of $56,000.'), ['$56,000']);
});

test('a period stated once for two figures is the second figure’s too, and a small amount is never a year’s pay', () => {
  const periods = (body: string) => salaryClaims(comparisonArticle('Barber vs. Manicurist', body)).map((c) => c.figure.period);
  assert.deepEqual(periods('Barbers average $19.85 an hour; manicurists average $17.40.'), ['hour', 'hour']);
  assert.deepEqual(periods('Barbers earn $19.85 an hour compared with $17.40 for manicurists.'), ['hour', 'hour']);
  assert.deepEqual(periods('Barbers earn a median of $18.60.'), ['hour']);
  assert.deepEqual(periods('Barbers make $790 a week, and manicurists make $705.'), ['week', 'week']);
  // A year's figure after an hourly one is not of the same order, and stays annual.
  assert.deepEqual(periods('Barbers earn $19.85 an hour, or about $41,000.'), ['hour', 'year']);
});

test('a figure printed exactly as an older release’s, and not as the current one, is out of date even within tolerance', async () => {
  const dataset = await bundledRoleIndex();
  // An occupation whose previous median moved by under half a percent (so close it reads as today's).
  const moved = dataset.occupations.find((o) => {
    const before = wageHistory(o)[1]?.wages.median;
    const now = o.wages.median;
    return before && now && before !== now && Math.abs(before - now) / now < 0.005 && /^[A-Z][a-z]+s$/.test(o.title);
  })!;
  const title = moved.title.replace(/s$/u, '');
  const before = wageHistory(moved)[1]!.wages.median!;
  const status = (amount: number) => {
    const body = `${moved.title} earn a median of $${amount.toLocaleString('en-US')} a year.`;
    const judged = salaryVerdicts(comparisonArticle(`${title} vs. Cashier`, body), dataset, SETTINGS);
    return judged.map((j) => statusOf(j.outcome));
  };
  assert.deepEqual(status(before), ['outdated'], moved.title);
  assert.deepEqual(status(moved.wages.median!), ['current'], moved.title);
  // A figure near today’s, printed as no release prints it, is current.
  assert.deepEqual(status(moved.wages.median! + 7), ['current'], moved.title);
});

test('a whole percent an older release displayed, within tolerance of today’s change but not shown for it, is out of date', async () => {
  const dataset = await bundledRoleIndex();
  const changed = dataset.occupations.find((o) => {
    const [now, then] = o.outlooks ?? [];
    if (!now || !then || !/^[A-Z][a-z]+s$/.test(o.title)) return false;
    const shown = Math.round(then.changePercent);
    return shown !== 0 && Math.abs(shown - now.changePercent) > 0.6 && Math.abs(shown - now.changePercent) < 1.5;
  })!;
  const [now, then] = changed.outlooks!;
  const title = changed.title.replace(/s$/u, '');
  const judged = (percent: number) =>
    outlookVerdicts(
      comparisonArticle(`${title} vs. Cashier`, `${changed.title} jobs are projected to change ${percent} percent over the decade.`),
      dataset,
      { tolerance: 2 },
    ).map(outlookVerdictOf);
  assert.deepEqual(judged(Math.round(then!.changePercent)), ['outdated'], changed.title);
  assert.deepEqual(judged(Math.round(now!.changePercent)), ['current'], changed.title);
});

test('letters O*NET writes mostly for one occupation name that occupation', async () => {
  const dataset = await bundledRoleIndex();
  assert.deepEqual(
    matchRole(dataset, 'CNA').matches.map((m) => m.occupation.soc),
    ['31-1131'],
  );
  // Letters written about as often for several occupations keep them all.
  assert.ok(matchRole(dataset, 'EMT').matches.length >= 1);
});

test('beside a percent a down verb is the percent’s direction, one claim; alone it states the Decline band', async () => {
  const dataset = await bundledRoleIndex();
  const kinds = (body: string) =>
    outlookVerdicts(comparisonArticle('Typist vs. Cashier', body), dataset, { tolerance: 2 }).map((j) => j.claim.kind);
  assert.deepEqual(kinds('Typist jobs are projected to shrink 12 percent over the decade.'), ['outlook-sentence']);
  assert.deepEqual(kinds('Typist jobs will fall 12 percent by 2035.'), ['outlook-sentence']);
  assert.deepEqual(kinds('Typist jobs are projected to decline 12 percent by 2035.'), ['outlook-sentence']);
  // Without a number any down verb states the band.
  assert.deepEqual(kinds('Typist jobs are projected to shrink over the decade.'), ['outlook-descriptor']);
});

test('a figure copied from the named occupation’s older release stays out of date when a neighbouring occupation’s current figure is near it', async () => {
  const dataset = await bundledRoleIndex();
  const [named, ...others] = matchRole(dataset, 'Line Cook').matches.map((m) => m.occupation);
  assert.ok(named && others.length > 0, 'a role with several candidate occupations');
  const old = wageHistory(named)[1]!.wages.hourlyMean!;
  const body = `Most line cooks take home about $${old.toFixed(2)} an hour on average.`;
  const judged = salaryVerdicts(comparisonArticle('Line Cook vs. Baker', body), dataset, SETTINGS);
  assert.deepEqual(
    judged.map((j) => statusOf(j.outcome)),
    ['outdated'],
  );
});

test('a summary table states wording bands, a growth row’s percents and a year for its job counts', () => {
  const table = [
    '| | Glazier | Roofer |',
    '|---|---|---|',
    '| Outlook | Faster than average | Average |',
    '| Growth | 5% | 3% |',
    '| Jobs (2025) | 58,400 | 160,200 |',
    '| Demand | Decline | Little or no change |',
  ].join('\n');
  const found = factClaims(comparisonArticle('Glazier vs. Roofer', table), []).map(({ kind, role, raw, descriptor, year }) => ({
    kind,
    role,
    words: descriptor ?? raw,
    year,
  }));
  assert.deepEqual(found, [
    { kind: 'outlook-descriptor', role: 'Glazier', words: 'faster than average', year: undefined },
    { kind: 'outlook-descriptor', role: 'Roofer', words: 'as fast as average', year: undefined },
    { kind: 'outlook-percent', role: 'Glazier', words: '5%', year: undefined },
    { kind: 'outlook-percent', role: 'Roofer', words: '3%', year: undefined },
    { kind: 'employment', role: 'Glazier', words: '58,400', year: 2025 },
    { kind: 'employment', role: 'Roofer', words: '160,200', year: 2025 },
  ]);
});

test('a job count stated for a year keeps that year beside a projection period', () => {
  const found = factClaims(
    comparisonArticle(
      'Glazier vs. Roofer',
      'Glaziers held about 58,400 jobs in 2025, and employment is projected to grow by about 2,900 jobs from 2025 to 2035.',
    ),
    [],
  ).map(({ kind, year, to }) => ({ kind, year, to }));
  assert.deepEqual(found, [
    { kind: 'employment', year: 2025, to: undefined },
    { kind: 'employment-change', year: undefined, to: 2035 },
  ]);
});

test('education by a degree’s letters, an abbreviated diploma, a field before the degree, and “typically start with”', () => {
  const title = 'Glazier vs. Nurse Practitioner';
  assert.deepEqual(
    educationLevels(title, 'Nurse practitioners typically need an MSN, and glaziers typically start with an HS diploma.').map(
      (c) => c.level,
    ),
    ["Master's degree", 'High school diploma or equivalent'],
  );
  assert.deepEqual(
    educationLevels(title, 'Glaziers typically need a trade associate degree.').map((c) => c.level),
    ["Associate's degree"],
  );
  assert.deepEqual(
    educationLevels(title, 'Glaziers usually need some college coursework.').map((c) => c.level),
    ['Some college, no degree'],
  );
  const table = ['| | Glazier | Nurse Practitioner |', '|---|---|---|', '| Degree | HS diploma | DNP (doctoral degree) |'].join('\n');
  assert.deepEqual(
    educationLevels(title, table).map((c) => c.level),
    ['High school diploma or equivalent', 'Doctoral or professional degree'],
  );
});

test('a place named in a later clause is that clause’s figure’s, not the one before it', () => {
  const places = (body: string) => salaryClaims(comparisonArticle('Glazier vs. Roofer', body)).map((c) => c.place);
  assert.deepEqual(places('Glaziers earn a median of $52,000, and roofers in Nevada earn a mean of $61,000.'), [undefined, 'Nevada']);
  assert.deepEqual(places('Glaziers earn a median of $52,000, though those in Hawaii earn $80,000.'), [undefined, 'Hawaii']);
  // In its own clause a place after the figure is still the figure's.
  assert.deepEqual(places('Glaziers earn a median of $60,000 in Illinois.'), ['Illinois']);
});

test('a role is named by its field (“phlebotomy jobs”) or by its modifiers before a word for the work (“solar jobs”)', async () => {
  const dataset = await bundledRoleIndex();
  const roles = (title: string, body: string) =>
    outlookVerdicts(comparisonArticle(title, body), dataset, { tolerance: 2 }).map((j) => j.role);
  assert.deepEqual(roles('Phlebotomist vs. Medical Assistant', 'Phlebotomy jobs are projected to grow 8 percent.'), ['Phlebotomist']);
  assert.deepEqual(roles('Photographer vs. Videographer', 'Photography jobs are projected to grow 4 percent.'), ['Photographer']);
  assert.deepEqual(roles('Solar Installer vs. Electrician', 'Solar jobs are projected to grow 20 percent.'), ['Solar Installer']);
  // The modifiers alone, without a word for the work, name nothing.
  assert.deepEqual(roles('Solar Installer vs. Electrician', 'Solar is projected to grow 20 percent.'), [undefined]);
});

test('“work for themselves” states the self-employed share, and a change may be counted in positions', () => {
  const facts = (body: string) => factClaims(comparisonArticle('Glazier vs. Roofer', body), []).map(({ kind, value }) => ({ kind, value }));
  assert.deepEqual(facts('About 21% of roofers work for themselves.'), [{ kind: 'self-employed', value: 21 }]);
  assert.deepEqual(facts('Glazier employment will shrink by about 2,400 positions.'), [{ kind: 'employment-change', value: -2400 }]);
});

test('a down verb governing a count of positions states the change, not a wording band beside it', async () => {
  const dataset = await bundledRoleIndex();
  const kinds = outlookVerdicts(comparisonArticle('Glazier vs. Roofer', 'Glazier jobs will shrink by about 2,400 positions.'), dataset, {
    tolerance: 2,
  }).map((j) => j.claim.kind);
  assert.deepEqual(kinds, ['employment-change']);
});

test('“the highest-paid 10%” states a percentile; “a loss of N jobs” a change; “N welder job openings” openings, not employment', () => {
  const title = 'Glazier vs. Roofer';
  assert.deepEqual(
    salaryClaims(comparisonArticle(title, 'The highest-paid 10% of roofers earn more than $75,000.')).map((c) => c.percentile),
    [90],
  );
  assert.deepEqual(
    salaryClaims(comparisonArticle(title, 'The lowest-earning 10 percent of roofers make less than $36,000.')).map((c) => c.percentile),
    [10],
  );
  const facts = (body: string) => factClaims(comparisonArticle(title, body), []).map(({ kind, value }) => ({ kind, value }));
  assert.deepEqual(facts('That is a loss of about 1,200 glazier jobs over the decade.'), [{ kind: 'employment-change', value: -1200 }]);
  assert.deepEqual(facts('There are roughly 5,600 roofer job openings every year.'), [{ kind: 'openings', value: 5600 }]);
});
