// Counts of new jobs without an adding verb, or with the jobs named by their kind, and the role
// a claim names inside itself (claims/fact-claims.ts, claims/attribution.ts); employment and
// education rows of tables (claims/table-facts.ts, claims/education-claims.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/lint.js';
import { factClaims } from '../../src/core/claims/fact-claims.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { educationClaims } from '../../src/core/claims/education-claims.js';

function facts(body: string) {
  const article = parseArticle(`# Surveyor vs. Cartographer: What Are the Differences?\n\n${body}\n`);
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
  const article = parseArticle(`# Surveyor vs. Cartographer: What Are the Differences?\n\n${table}\n`);
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
