// New articles that read well for every role name (core/templates), the same from every host
// (`career-articles new`, the server's request), and lint clean but for their placeholders.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { createRoleIndex } from '../../src/core/dataset/index.js';
import { requirementsSentence } from '../../src/core/display/describe.js';
import { loadBundledDataset } from '../../src/node/bundled-dataset.js';
import { newArticle } from '../../src/core/templates/new-article.js';
import { roleText } from '../../src/core/templates/article.js';
import { countOf, pluralWord, severityCounts, totalWithParts } from '../../src/core/text/plural.js';
import { findRoleMentions, pluralRole } from '../../src/core/text/role-mentions.js';
import { roleKey, singularRole } from '../../src/core/text/role-names.js';
import { lint } from '../../src/core/index.js';
import { lintJson, runCli, tempFolder } from '../fixtures/cli/harness.js';

const occupations = await loadBundledDataset();
const index = createRoleIndex(occupations);
const temp = tempFolder();
after(() => temp.remove());

/** "(RN)s", "(np)s": a plural "s" stuck to a closing parenthesis. */
const GLUED_PLURAL = /\)s\b/;

describe('role names in prose', () => {
  test('job titles take their real plural: -man, -person, irregulars, -y, initialisms, the head noun of a multi-word title', () => {
    const cases: Array<[string, string]> = [
      ['Salesman', 'salesmen'],
      ['Salesperson', 'salespeople'],
      ['Chairperson', 'chairpeople'],
      ['Human Resources Specialist', 'human resources specialists'],
      ['Secretary', 'secretaries'],
      ['Attorney', 'attorneys'],
      ['Chief of Police', 'chiefs of police'],
      ['Director of Sales', 'directors of sales'],
      ['Child Care Worker', 'child care workers'],
      ['Coach', 'coaches'],
      ['RN', 'RNs'],
      ['HVAC Technician', 'HVAC technicians'],
      ['Foreman', 'foremen'],
      ['Attorney General', 'attorneys general'],
      ['Surgeon General', 'surgeons general'],
      ['Notary Public', 'notaries public'],
      ['Brigadier General', 'brigadier generals'],
      ['Mother-in-law', 'mothers-in-law'],
      ['Editor-in-Chief', 'editors-in-chief'],
      ['Sergeant-at-Arms', 'sergeants-at-arms'],
      ['Runner-up', 'runners-up'],
      ['Education Administrator, Postsecondary', 'education administrators, postsecondary'],
      ['Camera Operator, Television, Video, and Film', 'camera operators, television, video, and film'],
      ['Property, Real Estate, and Community Association Manager', 'property, real estate, and community association managers'],
    ];
    assert.deepEqual(
      cases.map(([role]) => [role, pluralRole(role)]),
      cases,
    );
    assert.equal(pluralWord('CRNA'), 'CRNAs');
  });

  test('a parenthesised abbreviation is defined on first use ("registered nurses (RNs)") and used after it', () => {
    const rn = roleText('Registered Nurse (RN)');
    assert.deepEqual(rn, {
      name: 'Registered Nurse',
      singular: 'registered nurse',
      firstPlural: 'registered nurses (RNs)',
      plural: 'RNs',
      article: 'a',
    });
    // Letters that are not the words' initials are never used alone: lint would not read them as the role.
    assert.equal(roleText('Psychiatric Nurse Practitioner (PMHNP)').plural, 'psychiatric nurse practitioners');
    assert.equal(roleText('Nurse (Registered)').plural, 'nurses (registered)');
  });

  test('two roles from one projections release cite it once, even from different objects', () => {
    const [a, b] = ['Registered Nurses', 'Nurse Practitioners'].map((t) => occupations.find((o) => o.title === t)!);
    const copy = { ...b!, outlook: { ...b!.outlook!, release: { ...b!.outlook!.release } } };
    const sentence = requirementsSentence({ role: 'Registered Nurse', occupation: a! }, { role: 'Nurse Practitioner', occupation: copy })!;
    assert.equal(sentence.match(/Bureau of Labor Statistics/g)?.length, 1, sentence);
    // The release is the dataset's current one, never a year in code.
    assert.ok(sentence.includes(index.releases.projections.current!.period), sentence);
  });

  test('every dataset title is the plural of its own singular (BLS titles are plural), and both name one role', () => {
    // "-persons" or "-people": the pluraliser says "salespeople", BLS "Salespersons"; lint reads both.
    const same = (a: string, b: string) =>
      a.toLowerCase().replace(/persons\b/g, 'people') === b.toLowerCase().replace(/persons\b/g, 'people');
    const wrong = occupations
      .map((o) => o.title)
      .filter((title) => !same(pluralRole(singularRole(title)), title) || roleKey(pluralRole(title)) !== roleKey(singularRole(title)));
    assert.deepEqual(
      wrong.map((title) => `${title} -> ${pluralRole(singularRole(title))}`),
      [],
    );
  });

  test('a title is named by its plural both ways authors write it ("attorneys general", "attorney generals")', () => {
    const text = 'Attorneys general sue; attorney generals settle; an attorney general decides; a general counsel advises.';
    assert.equal(findRoleMentions(text, 'Attorney General').length, 3);
    assert.equal(findRoleMentions('Mothers-in-law visit.', 'Mother-in-law').length, 1);
  });

  test('no title in the dataset, with or without its initials in parentheses, reads as "(xx)s"', () => {
    const titles = occupations.map((o) => o.title);
    const initials = (title: string) =>
      title
        .split(/[\s,-]+/)
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w[0])
        .join('');
    fc.assert(
      fc.property(fc.constantFrom(...titles), fc.constantFrom(...titles), fc.boolean(), (a, b, abbreviate) => {
        const role = abbreviate && initials(a).length >= 2 ? `${a} (${initials(a).slice(0, 6)})` : a;
        const text = roleText(role);
        for (const form of [text.firstPlural, text.plural, text.singular]) assert.doesNotMatch(form, GLUED_PLURAL, `${role}: ${form}`);
        const written = newArticle(index, [role, b]);
        if (written.ok) assert.doesNotMatch(written.text, GLUED_PLURAL, role);
      }),
      { numRuns: 150 },
    );
  });
});

describe('placeholders and fixes', () => {
  test("a missing section's fix says what it does, and the section it inserts is reported once, by its placeholder", () => {
    const article = readFileSync(join(import.meta.dirname, '../../examples/product-manager-vs-sales-manager.md'), 'utf8');
    const without = article.replace(/### Work Environment\n[\s\S]*?(?=### )/, '');
    const missing = lint(without, { dataset: index }).findings.find((f) => f.ruleId === 'required-sections')!;
    assert.equal(missing.fix?.title, 'Insert a `Work Environment` section');
    const fixed = without.slice(0, missing.fix.range[0]) + missing.fix.text + without.slice(missing.fix.range[1]);
    const after = lint(fixed, { dataset: index }).findings.filter((f) => f.ruleId !== 'salary-mismatch');
    assert.deepEqual(
      after.map((f) => `${f.ruleId}/${f.messageId}`),
      ['empty-section/placeholder'],
    );
    assert.match(
      after[0]!.message,
      /^Unexpected placeholder in `Work Environment`, expected the text it asks for: compare the work environment/,
    );
  });
});

describe('career-articles new', () => {
  // Acronyms, "-ist", "-man", "-person", irregular plurals ("-y"), multi-word titles.
  const PAIRS: Array<[string, string]> = [
    ['Registered Nurse (RN)', 'Nurse Practitioner (NP)'],
    ['RN', 'LPN'],
    ['Physician Assistant (PA)', 'Nurse Practitioner'],
    ['Emergency Medical Technician (EMT)', 'Firefighter'],
    ['Pharmacist', 'Dentist'],
    ['Salesman', 'Cashier'],
    ['Salesperson', 'Real Estate Agent'],
    ['Secretary', 'Actuary'],
    ['Sales Manager', 'Marketing Manager'],
    ['Child Care Worker', 'Preschool Teacher'],
  ];

  for (const [a, b] of PAIRS) {
    test(`${a} vs. ${b}: the only findings are the placeholders', each saying what to write`, () => {
      const file = join(temp.path, `${a}-${b}.md`.replace(/[^\w.-]+/g, '-'));
      const run = runCli(['new', a, b, '-o', file], { cwd: temp.path });
      assert.equal(run.code, 0, run.stderr);
      const text = readFileSync(file, 'utf8');
      assert.doesNotMatch(text, GLUED_PLURAL);
      assert.doesNotMatch(text, /according to (the [^.(]+\([^)]*\)) and \1/);
      const { entries } = lintJson([file], { cwd: temp.path });
      const findings = entries[0]!.findings;
      assert.ok(findings.length >= 4, `expected the placeholders' findings, got ${findings.length}`);
      for (const f of findings) {
        assert.equal(f.ruleId, 'empty-section', `${f.ruleId}: ${f.message}`);
        assert.match(f.message, /^Unexpected placeholder in `[^`]+`, expected the text it asks for: [A-Z]\w+ /);
      }
    });
  }

  test('writes plain text and HTML that lint the same way, and never replaces an existing file without --force', () => {
    for (const format of ['txt', 'html']) {
      const file = join(temp.path, `rn-np.${format}`);
      assert.equal(runCli(['new', 'Registered Nurse (RN)', 'Nurse Practitioner (NP)', '-o', file], { cwd: temp.path }).code, 0);
      const { entries } = lintJson([file], { cwd: temp.path });
      assert.deepEqual([...new Set(entries[0]!.findings.map((f) => f.ruleId))], ['empty-section'], format);
      const again = runCli(['new', 'RN', 'LPN', '-o', file], { cwd: temp.path });
      assert.equal(again.code, 2);
      assert.match(again.stderr, /exists and is not a new article of this tool; not replaced \(add --force/);
      assert.match(readFileSync(file, 'utf8'), /Registered Nurse vs\. Nurse Practitioner/);
      assert.equal(runCli(['new', 'RN', 'LPN', '-o', file, '--force'], { cwd: temp.path }).code, 0);
      assert.match(readFileSync(file, 'utf8'), /RN vs\. LPN/);
    }
  });

  test('a role lint does not match, or one role, is a one-line error', () => {
    const unknown = runCli(['new', 'Fireman', 'RN'], { cwd: temp.path });
    assert.equal(unknown.code, 2);
    assert.match(
      unknown.stderr,
      /^career-articles: no occupation in the dataset matches "Fireman" as lint reads it; nearest: "Firefighters"/,
    );
    assert.equal(runCli(['new', 'RN'], { cwd: temp.path }).code, 2);
    assert.equal(runCli(['new', 'RN', 'LPN', '--format', 'pdf'], { cwd: temp.path }).code, 2);
  });

  test('a config named with -c is the one read (an invalid one ends the run), as every command reads it', () => {
    const bad = join(temp.path, 'bad-config.json');
    writeFileSync(bad, '{ "rules": { "no-such-rule": "warning" } }');
    for (const args of [
      ['new', 'RN', 'LPN', '-c', bad],
      ['roles', 'registered nurse', '-c', bad],
    ]) {
      const run = runCli(args, { cwd: temp.path });
      assert.equal(run.code, 2, `${args[0]}: ${run.stderr}`);
      assert.match(run.stderr, /^career-articles: invalid config file: bad-config\.json/, args[0]);
    }
  });
});

describe('counts in words', () => {
  test('a count agrees with its noun, and a total stands beside its parts', () => {
    assert.equal(countOf(1, 'error'), '1 error');
    assert.equal(countOf(0, 'info'), '0 infos');
    assert.equal(countOf(2, 'salary claim'), '2 salary claims');
    assert.equal(severityCounts([{ severity: 'warning' }, { severity: 'info' }, { severity: 'warning' }]), '2 warnings, 1 info');
    assert.equal(severityCounts([]), 'no problems');
    assert.equal(
      totalWithParts('salary claim', [
        ['current', 8],
        ['out of date', 0],
        ['mismatched', 6],
      ]),
      '14 salary claims: 8 current, 6 mismatched',
    );
  });
});
