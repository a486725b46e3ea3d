// Recognising real articles as sites write them (issue #27): title wordings, front-matter
// titles, sections outside the comparison part, plain-text headings with single line breaks,
// abbreviations the article defines, and role matches fixed by rule. Table tests of the pure
// helpers; the rules' behaviour is in the fixtures (test/fixtures/<rule-id>/).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { MAX_TITLE_LENGTH, parseComparison } from '../../src/core/model/title.js';
import { withoutTopic } from '../../src/core/model/title-topic.js';
import { definedAbbreviations } from '../../src/core/text/abbreviations.js';
import { buildArticle } from '../../src/core/model/article.js';
import { articleRoles } from '../../src/core/model/article-roles.js';
import { parseArticle } from '../../src/core/lint.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { inspect } from '../../src/core/inspect.js';
import { bundledRoleIndex } from './helpers/dataset.js';

describe('title wordings read as the two roles', () => {
  const cases: Array<[string, [string, string] | undefined]> = [
    ['What Are the Differences Between a PA and an RN?', ['PA', 'RN']],
    ['Difference between PA Vs RN Salary, Education & Job Outlook', ['PA', 'RN']],
    ['Nurse or Teacher: Which Career Is Right for You?', ['Nurse', 'Teacher']],
    ['PA vs. RN: Salary, Duties and Education Compared', ['PA', 'RN']],
    ['PA vs. RN (2026 Guide)', ['PA', 'RN']],
    ['PA vs RN: Key Differences Explained', ['PA', 'RN']],
    ['Is a PA the Same as an RN?', ['PA', 'RN']],
    ['Is a Physician Assistant the Same Thing as a Doctor?', ['Physician Assistant', 'Doctor']],
    ['UX Designer vs. UI Designer Salaries', ['UX Designer', 'UI Designer']],
    ['Physician Assistant (PA) vs. Registered Nurse (RN)', ['Physician Assistant (PA)', 'Registered Nurse (RN)']],
    ['Social Work vs. Counseling', ['Social Work', 'Counseling']],
    ['Is it the same as before?', undefined],
    ['Salary vs. Education', ['Salary', 'Education']],
  ];
  for (const [title, roles] of cases) {
    test(`"${title}" names ${JSON.stringify(roles)}`, () => assert.deepEqual(parseComparison(title)?.roles, roles));
  }
});

describe('topic words after a role are the site’s, not the role’s', () => {
  const cases: Array<[string, string]> = [
    ['RN Salary, Education & Job Outlook', 'RN'],
    ['UI Designer Salaries', 'UI Designer'],
    ['RN (2026 Guide)', 'RN'],
    ['Registered Nurse (RN)', 'Registered Nurse (RN)'],
    ['Social Work', 'Social Work'],
    ['Career Counselor', 'Career Counselor'],
    ['Salary', 'Salary'],
    ['Nurse Career Guide 2026', 'Nurse'],
  ];
  for (const [role, bare] of cases) test(`"${role}" -> "${bare}"`, () => assert.equal(withoutTopic(role), bare));
});

test('a line longer than MAX_TITLE_LENGTH is never parsed, whatever it holds', () => {
  // Bounded input is what keeps every title pattern's cost bounded (issue #24: 40,000
  // characters of regex metacharacters); a comparison hidden in a long line is not a title.
  const metacharacters = '()[]{}*+?.\\^$|'.repeat(3000).slice(0, 40_000);
  assert.equal(parseComparison(metacharacters), undefined);
  assert.equal(parseComparison(`Nurse vs. Teacher ${' '.repeat(MAX_TITLE_LENGTH)}`), undefined);
  assert.equal(parseComparison(`Nurse vs. Teacher: ${'Which? '.repeat(Math.floor((MAX_TITLE_LENGTH - 20) / 7))}`)?.roles[0], 'Nurse');
  const article = buildArticle(`# ${metacharacters}\n\nText.\n`);
  assert.equal(article.roles, undefined);
});

describe('abbreviations an article defines', () => {
  const cases: Array<[string, Array<[string, string]>]> = [
    ['Most registered nurses (RNs) work in hospitals.', [['RN', 'registered nurse']]],
    ['A physical therapist (PT) helps.', [['PT', 'physical therapist']]],
    ['Certified registered nurse anesthetists (CRNAs) earn more.', [['CRNA', 'Certified registered nurse anesthetist']]],
    ['The 2026 guide (PA) and nurses, (RN) and (2026) and (DevOps).', []],
  ];
  for (const [text, found] of cases) {
    test(`"${text}" defines ${JSON.stringify(found)}`, () =>
      assert.deepEqual(
        definedAbbreviations(text).map((d) => [d.abbreviation, d.expansion]),
        found,
      ));
  }
});

describe('titles from front matter', () => {
  test('a front-matter title is the title when the body has no H1, and its span is the YAML value', () => {
    const text = '---\ntitle: "PA vs. RN: What Is the Difference?"\n---\n\nText.\n';
    const article = buildArticle(text);
    assert.equal(article.titleSource, 'front-matter');
    assert.deepEqual(article.roles, ['PA', 'RN']);
    assert.equal(text.slice(article.title!.start.offset, article.title!.end.offset), '"PA vs. RN: What Is the Difference?"');
  });
  test('a body H1 wins over the front matter', () => {
    const article = buildArticle('---\ntitle: Careers\n---\n\n# Nurse vs. Teacher: What Are the Differences?\n');
    assert.equal(article.titleSource, 'h1');
    assert.deepEqual(article.roles, ['Nurse', 'Teacher']);
  });
  test('the h1 key comes before title', () => {
    const article = buildArticle('---\ntitle: Site page\nh1: Nurse vs. Teacher\n---\n\nText.\n');
    assert.deepEqual(article.roles, ['Nurse', 'Teacher']);
  });
  const bad: Array<[string, string]> = [
    ['YAML that does not parse', '---\ntitle: [PA vs. RN\n---\n\nText.\n'],
    ['a list', '---\ntitle:\n  - PA vs. RN\n---\n\nText.\n'],
    ['10 KB', `---\ntitle: ${'PA vs. RN '.repeat(1000)}\n---\n\nText.\n`],
    ['a block scalar', '---\ntitle: |\n  PA vs. RN\n---\n\nText.\n'],
  ];
  for (const [what, text] of bad) {
    test(`a title that is ${what} is no title, without an exception`, () => assert.equal(buildArticle(text).title, undefined));
  }
  test('a front-matter title that is not a comparison leaves the roles to the headings', () => {
    const article = buildArticle('---\ntitle: Careers | Example\n---\n\n## Nurse vs. Teacher\n\n### Salary\n\nText.\n');
    assert.equal(article.titleSource, 'front-matter');
    assert.deepEqual(article.roles, ['Nurse', 'Teacher']);
  });
});

describe('sections wherever they stand', () => {
  const text = [
    '# PA vs. RN: What Are the Differences?',
    'Physician assistants (PAs) and registered nurses (RNs) both care for patients.',
    '## PA Salary vs. RN Salary',
    'Text.',
    '## PA vs. RN',
    '### Duties',
    'Text.',
    '## Education Requirements for PAs and RNs',
    'Text.',
    '### Where Do RNs and PAs Work?',
    'Text.',
    '## Physician Assistant vs. Registered Nurse: Skills and Qualities',
    'Text.',
    '## Where Do Nurses Work?',
    'Text.',
  ].join('\n\n');
  test('headings about both roles and a standard topic are sections, at any level, before or after the part', () => {
    const article = buildArticle(text);
    assert.equal(article.comparison?.heading.text, 'PA vs. RN');
    assert.deepEqual(
      article.sections.map((s) => [s.key, s.heading.text]),
      [
        ['salary', 'PA Salary vs. RN Salary'],
        ['duties', 'Duties'],
        ['requirements', 'Education Requirements for PAs and RNs'],
        ['environment', 'Where Do RNs and PAs Work?'],
        ['skills', 'Physician Assistant vs. Registered Nurse: Skills and Qualities'],
      ],
    );
  });
  test('the article’s own names for the roles are the roles’ names', () => {
    const article = buildArticle(text);
    assert.deepEqual(
      articleRoles(article).map((r) => [r.name, r.lookup, r.abbreviation]),
      [
        ['PA', 'Physician assistant', 'PA'],
        ['RN', 'registered nurse', 'RN'],
      ],
    );
  });
});

describe('plain-text headings with single line breaks', () => {
  const read = (lines: string[]) => parseArticle(lines.join('\n'), undefined, undefined, 'text');
  test('a short line after a sentence and before a paragraph is a heading', () => {
    const article = read([
      'Electrician vs. HVAC Tech: What Are the Differences?',
      'Electricians and HVAC techs both work in buildings. This guide compares them.',
      'What Is An Electrician?',
      'An electrician installs and repairs wiring, lighting and control systems in homes.',
      'Career Paths',
      'Many electricians start as apprentices and later run a business of their own.',
    ]);
    assert.deepEqual(
      article.headings.map((h) => [h.depth, h.text]),
      [
        [1, 'Electrician vs. HVAC Tech: What Are the Differences?'],
        [2, 'What Is An Electrician?'],
        [2, 'Career Paths'],
      ],
    );
  });
  test('a list of short lines and a wrapped sentence stay text', () => {
    const article = read([
      'Electrician vs. HVAC Tech: What Are the Differences?',
      'Skills include:',
      'Communication',
      'Stamina',
      'Problem solving',
      'They work in homes and offices and',
      'Often on call at night as well as during the day.',
    ]);
    assert.deepEqual(
      article.headings.map((h) => h.text),
      ['Electrician vs. HVAC Tech: What Are the Differences?'],
    );
  });
  test('headings in every line give no crash and no heading without a paragraph', () => {
    const article = read(Array.from({ length: 2000 }, (_, i) => `Heading Number ${i}`));
    assert.equal(article.headings.length, 0);
  });
});

describe('role matches by rule', async () => {
  const index = await bundledRoleIndex();
  const cases: Array<[string, string | undefined, string]> = [
    ['PA', '29-1071', 'its alternate title spells it out: "Physician Assistant (PA)"'],
    ['RN', '29-1141', 'its alternate title spells it out'],
    ['LPN', '29-2061', 'its alternate title spells it out'],
    ['CNA', '31-1131', 'its alternate titles spell it out alike'],
    ['NP', '29-1171', 'its alternate title spells it out'],
    ['OT', '29-1122', 'its alternate title spells it out'],
    ['CRNA', '29-1151', 'its alternate title spells it out'],
    ['DevOps', '15-1252', 'every name it starts belongs to Software Developers'],
    ['PT', undefined, 'BLS titles with those initials (Pharmacy Technicians) employ more than the expansion'],
    ['CPO', undefined, 'the dataset spells it out for unrelated jobs'],
    ['CTO', '11-3021', 'a C-level title names its function’s managers'],
    ['Chief Financial Officer', '11-3031', 'a C-level title names its function’s managers'],
    ['Data Analyst', '15-2051', 'a residual All Other yields to an occupation sharing the subject'],
    ['Brand Director', '11-2021', 'an exact related title (Brand Manager) beats a guess'],
    ['Public Affairs Manager', '11-2032', 'an exact related title (Public Affairs Director) beats a guess'],
    ['Network Contractor', undefined, 'the head noun still disagrees'],
  ];
  for (const [role, soc, why] of cases) {
    test(`"${role}" matches ${soc ?? 'nothing'}: ${why}`, () => {
      const matches = matchRole(index, role).matches;
      if (soc === undefined) assert.deepEqual(matches, []);
      else
        assert.equal(
          matches.find((m) => m.occupation.soc === soc)?.occupation.soc,
          soc,
          JSON.stringify(matches.map((m) => m.occupation.soc)),
        );
      if (role === 'Data Analyst') assert.ok(!matches.some((m) => m.occupation.soc === '13-2099'));
      if (role === 'CNA' || role === 'PA') assert.ok(['29-1071', '31-1120', '31-1131'].includes(matches[0]!.occupation.soc));
    });
  }
  test('the article’s own expansion wins over the dataset’s', () => {
    const article = buildArticle('# PT vs. OT: What Are the Differences?\n\nA physical therapist (PT) restores movement.\n');
    assert.deepEqual(
      resolveRole(article, index, 'PT').matches.map((m) => m.occupation.soc),
      ['29-1123'],
    );
    // Without an expansion the other role decides (see claim-holdout6-classes.test.ts); an unrelated one does not.
    assert.deepEqual(resolveRole(buildArticle('# PT vs. Welder: What Are the Differences?\n\nText.\n'), index, 'PT').matches, []);
  });
  test('inspect shows the syntax, the title source and how each role matched', () => {
    const summary = inspect(buildArticle('---\ntitle: PA vs. CTO\n---\n\nText.\n'), index);
    assert.equal(summary.syntax, 'markdown');
    assert.equal(summary.titleSource, 'front-matter');
    assert.deepEqual(
      summary.roleMatches.map((r) => [r.role, r.match?.kind, r.match?.soc]),
      [
        ['PA', 'alternate', '29-1071'],
        ['CTO', 'function', '11-3021'],
      ],
    );
  });
});
