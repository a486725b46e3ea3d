// Counts of new jobs without an adding verb, or with the jobs named by their kind, and the role
// a claim names inside itself (claims/fact-claims.ts, claims/attribution.ts); employment and
// education rows of tables (claims/table-facts.ts, claims/education-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/lint.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { educationClaims } from '../../src/core/claims/education-claims.js';
import { outlookClaims } from '../../src/core/claims/outlook-claims.js';
import { comparisonArticle, educationLevels } from './helpers/claims.js';

function facts(body: string) {
  const article = comparisonArticle('Surveyor vs. Cartographer', body);
  return factClaims(article, []).map(({ kind, role, value }) => ({ kind, role, value }));
}

test('"N new jobs" is a change in employment without a verb', () => {
  assert.deepEqual(facts('Surveyor employment should rise over the decade, which means roughly 2,300 new jobs.'), [
    { kind: 'employment-change', role: 'Surveyor', value: 2300 },
  ]);
});

test('jobs named by their kind: the role inside the claim owns it', () => {
  assert.deepEqual(facts('Surveyors are busy. The BLS expects the economy to add 1,900 cartographer jobs by 2034.'), [
    { kind: 'employment-change', role: 'Cartographer', value: 1900 },
  ]);
  assert.deepEqual(facts('Surveyors expect to gain 1,100 jobs as towns grow.'), [
    { kind: 'employment-change', role: 'Surveyor', value: 1100 },
  ]);
});

test('a count of jobs held is no change', () => {
  const found = facts('Nearly 50 years ago there were 900 jobs for every surveyor, and 12 new hires a year.');
  assert.deepEqual(
    found.filter((f) => f.kind === 'employment-change'),
    [],
  );
});

test('table rows labelled with jobs or education state counts and levels for their columns', () => {
  const table = [
    '| | Surveyor | Cartographer |',
    '|:--|--:|--:|',
    '| Total jobs | 52,400 | 13,900 |',
    '| Degree required | Bachelor’s degree | at least a master’s degree |',
    '| Notes | 5,000 maps | associate degree |',
  ].join('\n');
  const article = comparisonArticle('Surveyor vs. Cartographer', table);
  assert.deepEqual(
    factClaims(article, []).map(({ kind, role, value }) => ({ kind, role, value })),
    [
      { kind: 'employment', role: 'Surveyor', value: 52400 },
      { kind: 'employment', role: 'Cartographer', value: 13900 },
    ],
  );
  assert.deepEqual(
    educationClaims(article).map(({ role, level, atLeast, raw }) => ({ role, level, atLeast, raw })),
    [
      { role: 'Surveyor', level: "Bachelor's degree", atLeast: false, raw: 'Bachelor’s degree' },
      { role: 'Cartographer', level: "Master's degree", atLeast: true, raw: 'master’s degree' },
    ],
  );
});

test('a figure with its pay period in a sentence naming a role is pay, whatever the verb', () => {
  const article = parseArticle(
    [
      '# Surveyor vs. Cartographer: What Are the Differences?',
      '',
      'Surveyors in Maine clear roughly $72,000 annually.',
      '',
      'The usual rate for freelance cartographers is about $41 an hour.',
      '',
      'Drafting software runs $90 a month.',
      '',
    ].join('\n'),
  );
  assert.deepEqual(
    salaryClaims(article).map((c) => [c.figure.raw, c.role]),
    [
      ['$72,000 annually', 'Surveyor'],
      ['$41 an hour', 'Cartographer'],
    ],
  );
});

const education = educationLevels;

test('BLS’s own name of a level anywhere in the requirement’s sentence says the level; a named degree says it too', () => {
  assert.deepEqual(
    education(
      'Pharmacist vs. Chemist',
      'Pharmacists typically need a Doctor of Pharmacy (Pharm.D.) degree, a doctoral or professional degree, and a license.',
    ),
    [{ role: 'Pharmacist', level: 'Doctoral or professional degree', raw: 'doctoral or professional degree' }],
  );
  assert.deepEqual(
    education(
      'Surveyor vs. Cartographer',
      'Surveyors must complete a four-year program, which typically leads to a bachelor’s degree in surveying.',
    ),
    [{ role: 'Surveyor', level: "Bachelor's degree", raw: 'bachelor’s degree' }],
  );
  assert.deepEqual(
    education('Audiologist vs. Optometrist', 'Audiologists typically need a Doctor of Audiology (Au.D.) degree and a state license.'),
    [{ role: 'Audiologist', level: 'Doctoral or professional degree', raw: 'Doctor of Audiology (Au.D.) degree' }],
  );
  assert.deepEqual(
    education('Welder vs. Machinist', 'For welders, the typical entry-level education is a high school diploma or equivalent.'),
    [{ role: 'Welder', level: 'High school diploma or equivalent', raw: 'high school diploma or equivalent' }],
  );
});

test('a requirement belongs to the role named before its verb, not to one named among its items', () => {
  assert.deepEqual(
    education(
      'Nurse Anesthetist vs. Registered Nurse',
      'To become a nurse anesthetist, you need a license, a year as a registered nurse, and a doctoral or professional degree.',
    ),
    [{ role: 'Nurse Anesthetist', level: 'Doctoral or professional degree', raw: 'doctoral or professional degree' }],
  );
});

test('a question’s “need” states no level, and “May 2025” is no “may”', () => {
  assert.deepEqual(
    education('Surveyor vs. Cartographer', '**Do surveyors need a degree to start?** Cartographers typically need a bachelor’s degree.'),
    [{ role: 'Cartographer', level: "Bachelor's degree", raw: 'bachelor’s degree' }],
  );
  assert.deepEqual(
    education('Surveyor vs. Cartographer', 'Surveyors earned $70,000 in May 2025, and they typically need a bachelor’s degree.'),
    [{ role: 'Surveyor', level: "Bachelor's degree", raw: 'bachelor’s degree' }],
  );
});

function dated(body: string) {
  const article = comparisonArticle('Surveyor vs. Cartographer', body);
  return factClaims(article, []).map(({ kind, value, year, to }) => ({ kind, value, year, to }));
}

test('jobs held and a self-employed share state the year they are for, before or after them', () => {
  assert.deepEqual(dated('Surveyors held about 51,700 jobs in 2024.'), [{ kind: 'employment', value: 51700, year: 2024, to: undefined }]);
  assert.deepEqual(dated('As of 2025, some 12 percent of cartographers were self-employed.'), [
    { kind: 'self-employed', value: 12, year: 2025, to: undefined },
  ]);
  assert.deepEqual(dated('Surveyors held about 51,700 jobs, most of them in engineering firms.'), [
    { kind: 'employment', value: 51700, year: undefined, to: undefined },
  ]);
});

test('"projected to increase by N jobs" is a change in jobs, signed by its verb, and no bare direction', () => {
  assert.deepEqual(
    facts(
      'Surveyor employment is projected to increase by about 2,300 jobs over the decade; cartographer employment is expected to decline by 400 jobs.',
    ),
    [
      { kind: 'employment-change', role: 'Surveyor', value: 2300 },
      { kind: 'employment-change', role: 'Cartographer', value: -400 },
    ],
  );
  const article = parseArticle(
    `# Surveyor vs. Cartographer: What Are the Differences?\n\nCartographer employment will grow by some 1,100 jobs.\n`,
  );
  assert.deepEqual(outlookClaims(article), []);
});
