// The headings, sentences and names that real career sites write (issue: read real articles
// right), as table tests for the pure helpers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { indefiniteArticle } from '../../src/core/text/indefinite-article.js';
import { createSectionMatcher, DEFAULT_SYNONYMS } from '../../src/core/model/sections.js';
import { parseComparison, parseDefinitionHeading } from '../../src/core/model/title.js';
import { buildArticle } from '../../src/core/model/article.js';
import { discussesRole } from '../../src/core/text/loose-mentions.js';
import { singularRole } from '../../src/core/text/role-names.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';
import { attributeFigures } from '../../src/core/claims/attribution.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { labelPeriod, labelYear } from '../../src/core/claims/table-labels.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { headAgrees } from '../../src/core/dataset/names/head-noun.js';
import { describeMatch } from '../../src/core/dataset/names/match-role.js';
import { occupationCard } from '../../src/core/judged/card.js';
import { articleSkeleton, roleText } from '../../src/core/templates/article.js';
import { bundledRoleIndex } from './helpers/dataset.js';

test('a/an goes by sound: initialisms, silent h, "you" and "yoo" sounds', () => {
  const cases: Array<[string, 'a' | 'an']> = [
    ['HVAC Tech', 'an'],
    ['RN', 'an'],
    ['MBA', 'an'],
    ['SEO specialist', 'an'],
    ['hour', 'an'],
    ['UX designer', 'a'],
    ['union representative', 'a'],
    ['European correspondent', 'a'],
    ['Accountant', 'an'],
    ['Bookkeeper', 'a'],
    ['NASA engineer', 'a'],
    ['honorary consul', 'an'],
  ];
  for (const [phrase, expected] of cases) assert.equal(indefiniteArticle(phrase), expected, phrase);
});

test('section headings of other sites map to the standard sections', () => {
  const match = createSectionMatcher(DEFAULT_SYNONYMS);
  const cases: Array<[string, string | undefined]> = [
    ['Responsibilities of Electricians vs. HVAC Techs', 'duties'],
    ['Duties of bookkeeping vs. accounting', 'duties'],
    ['Education and Training', 'requirements'],
    ['Education', 'requirements'],
    ['Certifications', 'requirements'],
    ['Pay', 'salary'],
    ['Earnings', 'salary'],
    ['Salary and Outlook', 'salary'],
    ['Work Setting', 'environment'],
    ['Workplace', 'environment'],
    ['Electrician vs. HVAC Tech Salary', 'salary'],
    ['Comparing Electricians to HVAC Techs', undefined],
    ['What is an Electrician?', undefined],
  ];
  for (const [heading, key] of cases) assert.equal(match(heading), key, heading);
});

test('title variants name the two roles', () => {
  const cases: Array<[string, [string, string]]> = [
    ["Electrician vs. HVAC Tech: What's the Difference?", ['Electrician', 'HVAC Tech']],
    ['Bookkeeper vs. Accountant: Key Differences', ['Bookkeeper', 'Accountant']],
    ['What is the difference between a bookkeeper and an accountant?', ['Bookkeeper', 'Accountant']],
    ['Comparing Electricians to HVAC Techs', ['Electrician', 'HVAC Tech']],
    ['Electricians and HVAC Techs: What’s the Difference?', ['Electrician', 'HVAC Tech']],
  ];
  for (const [title, roles] of cases) assert.deepEqual(parseComparison(title)?.roles, roles, title);
  assert.equal(parseComparison('Education and Training'), undefined);
});

test('a heading that names both roles is never a definition', () => {
  assert.equal(parseDefinitionHeading('What is the difference between a bookkeeper and an accountant?'), undefined);
  assert.deepEqual(parseDefinitionHeading('What is an HVAC Tech?'), { article: 'an', role: 'HVAC Tech' });
  const article = buildArticle(
    '# Bookkeeper vs. Accountant\n\n## What is a Bookkeeper?\n\nText.\n\n## What is the difference between a bookkeeper and an accountant?\n\n### Salary\n\nBookkeepers earn $47,440.\n',
  );
  assert.deepEqual(
    article.definitions.map((d) => d.role),
    ['Bookkeeper'],
  );
  assert.equal(article.comparison?.heading.text, 'What is the difference between a bookkeeper and an accountant?');
});

test('coordinated and plural forms mention a role', () => {
  assert.ok(discussesRole('Both system and software architects design systems.', 'System Architect'));
  assert.ok(discussesRole('Most systems architects work in IT.', 'System Architect'));
  assert.ok(discussesRole('Registered and licensed practical nurses care for patients.', 'Registered Nurse'));
  assert.ok(!discussesRole('Nurses care for patients.', 'Registered Nurse'));
  assert.equal(singularRole('Directors of Sales'), 'Director of Sales');
  assert.equal(singularRole('HVAC Techs'), 'HVAC Tech');
});

test('salary figures belong to the noun phrase they describe', () => {
  const roles = ['Communications Lead', 'Public Affairs Manager'];
  const cases: Array<[string, Array<string | undefined>]> = [
    [
      'A communications lead has an average salary of $96,988, which is higher than the $84,758 average salary of a public affairs manager.',
      ['Communications Lead', 'Public Affairs Manager'],
    ],
    [
      'Communications leads earn $96,988, compared with $84,758 for public affairs managers.',
      ['Communications Lead', 'Public Affairs Manager'],
    ],
    ['Communications leads: $96,988. Public affairs managers: $84,758.', ['Communications Lead', 'Public Affairs Manager']],
    ['Communications leads run campaigns. The $84,758 average salary of a public affairs manager is lower.', ['Public Affairs Manager']],
    [
      'Communications leads earn $96,988, more than the $84,758 that public affairs managers take home.',
      ['Communications Lead', 'Public Affairs Manager'],
    ],
    ['Communications leads earn $96,988, while public affairs managers earn $84,758.', ['Communications Lead', 'Public Affairs Manager']],
  ];
  for (const [sentence, expected] of cases) {
    const figures = findSalaryFigures(sentence);
    const owners = attributeFigures(sentence, figures, roles).map((i) => (i === undefined ? undefined : roles[i]));
    assert.deepEqual(owners, expected, sentence);
  }
});

test('table labels state the period and the year', () => {
  assert.equal(labelPeriod('Hourly rate'), 'hour');
  assert.equal(labelPeriod('Per hour'), 'hour');
  assert.equal(labelPeriod('Hourly wage'), 'hour');
  assert.equal(labelPeriod('Monthly'), 'month');
  assert.equal(labelPeriod('Annual'), 'year');
  assert.equal(labelPeriod('Yearly'), 'year');
  assert.equal(labelPeriod('Salary'), 'year');
  assert.equal(labelPeriod('Education'), undefined);
  assert.equal(labelYear('Median Salary (2019)'), 2019);
});

test('a table naming both roles is read under any heading, with row periods and header years', () => {
  const article = buildArticle(
    [
      '# Electrician vs. HVAC Tech',
      '',
      '## Comparing Electricians to HVAC Techs',
      '',
      '| | Electrician | HVAC Tech |',
      '| --- | --- | --- |',
      '| Median Salary (2019) | $56,180 | $48,730 |',
      '| Hourly rate | $40.75 | $46.63 |',
      '',
    ].join('\n'),
  );
  const claims = salaryClaims(article).map((c) => [c.role, c.figure.raw, c.figure.period, c.year ?? null]);
  assert.deepEqual(claims, [
    ['Electrician', '$56,180', 'year', 2019],
    ['HVAC Tech', '$48,730', 'year', 2019],
    ['Electrician', '$40.75', 'hour', null],
    ['HVAC Tech', '$46.63', 'hour', null],
  ]);
});

test('role matching: both forms of a parenthetical title, abbreviations, head nouns', async () => {
  const index = await bundledRoleIndex();
  const socs = (role: string) => matchRole(index, role).matches.map((m) => m.occupation.soc);
  assert.deepEqual(socs('HVAC Tech'), ['49-9021']);
  assert.deepEqual(socs('HVAC Technician'), ['49-9021']);
  assert.equal(matchRole(index, 'HVAC Technician').matches[0]!.kind, 'abbreviation');
  assert.equal(matchRole(index, 'HVAC Tech').matches[0]!.kind, 'alternate');
  assert.deepEqual(socs('Sales Mgr'), ['11-2022']);
  assert.deepEqual(socs('Network Contractor'), []);
  assert.equal(matchRole(index, 'Network Contractor').weak[0]!.occupation.soc, '41-3021');
  assert.ok(!socs('Program/Project Manager').includes('15-1299'));
  assert.ok(index.suggest('Public Affairs Manager', 3).some((o) => o.soc === '11-2032'));
  assert.ok(!headAgrees('Network Contractor', 'Insurance Sales Agents'));
  assert.ok(headAgrees('Public Affairs Director', 'Public Relations Managers'));
  // A compound names a kind of its last part.
  assert.ok(headAgrees('Copywriter', 'Writers and Authors'));
  assert.ok(!headAgrees('Copywriter', 'Insurance Sales Agents'));
});

test('templates take a/an by sound and keep initialisms in capitals', () => {
  const skeleton = articleSkeleton(roleText('HVAC Tech'), roleText('Electrician'));
  assert.match(skeleton, /^## What is an HVAC Tech\?$/m);
  assert.match(skeleton, /^## What is an Electrician\?$/m);
  assert.match(skeleton, /what an HVAC tech does/);
});

test('the hover card says which title matched and how', async () => {
  const index = await bundledRoleIndex();
  const [match] = matchRole(index, 'HVAC Technician').matches;
  const card = occupationCard(match!.occupation, undefined, undefined, describeMatch(match!));
  assert.match(card, /Matched by abbreviation of "HVAC Tech \(Heating, Ventilation, and Air Conditioning Technician\)"/);
});
