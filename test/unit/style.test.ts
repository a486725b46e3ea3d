// The house style (`style` in .career-articles.json): what the config refuses (with the JSON
// path of the rule), how team lists merge with presets, the term matcher's word boundaries,
// the examples runner and `career-articles style test`. The rules' own cases are fixtures.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfigFile } from '../../src/core/config/parse.js';
import { unsafePattern } from '../../src/core/style/regex-safety.js';
import { resolveStyle } from '../../src/core/style/resolve.js';
import { TermMatcher, pluralOf } from '../../src/core/style/terms.js';
import { testStyleExamples } from '../../src/core/style-examples.js';
import { lint, resolveConfig, RULES } from '../../src/core/index.js';
import { caseFolders, runCli, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
after(() => temp.remove());

function configErrors(style: unknown): string[] {
  const outcome = parseConfigFile(JSON.stringify({ style }, null, 2), 'team.json');
  return outcome.ok ? [] : outcome.errors.map((e) => `${e.file}: ${e.path}: ${e.message}`);
}

describe('pattern safety', () => {
  const table: [string, boolean][] = [
    ['(a+)+$', false],
    ['(a|aa)*b', false],
    ['(?:\\w+\\s?)*$', false],
    ['(x\\1)', false],
    ['\\bclick here\\b', true],
    ['(?:the )?best(?:-paying)? jobs?', true],
    ['[(+*]+ and (ab){2}', true],
  ];
  for (const [pattern, safe] of table) {
    test(`\`${pattern}\` is ${safe ? 'accepted' : 'refused'}`, () => {
      assert.equal(unsafePattern(pattern) === undefined, safe, unsafePattern(pattern));
    });
  }
});

describe('style config errors name the file and the rule', () => {
  test('a pattern that can backtrack catastrophically is refused at its JSON path', () => {
    const errors = configErrors({
      patterns: [
        { pattern: 'ok', message: 'm' },
        { pattern: '(a+)+$', message: 'm' },
      ],
    });
    assert.deepEqual(errors.length, 1);
    assert.match(errors[0]!, /^team\.json: style\.patterns\[1\]\.pattern: pattern can backtrack catastrophically/);
  });
  test('a pattern that matches empty text, or does not compile, is refused', () => {
    assert.match(configErrors({ patterns: [{ pattern: 'a*', message: 'm' }] })[0]!, /patterns\[0\]\.pattern: pattern matches empty text/);
    assert.match(configErrors({ patterns: [{ pattern: '(', message: 'm' }] })[0]!, /patterns\[0\]\.pattern: not a regular expression/);
  });
  test('an empty term, or one without a letter, is refused at its JSON path', () => {
    assert.match(configErrors({ terms: [{ use: 'nurse', avoid: ['  '] }] })[0]!, /style\.terms\[0\]\.avoid\[0\]: expected a term/);
    assert.match(configErrors({ terms: [{ use: 'nurse', avoid: ['--'] }] })[0]!, /style\.terms\[0\]\.avoid\[0\]/);
  });
  test('a term both used and avoided is refused (its fix would never end)', () => {
    assert.match(
      configErrors({ terms: [{ use: 'Nurse', avoid: ['nurse'] }] })[0]!,
      /style\.terms\[0\]: a term cannot both be used and avoided/,
    );
    assert.deepEqual(configErrors({ terms: [{ use: 'Nurse', avoid: ['nurse'], caseSensitive: true }] }), []);
  });
});

describe('style lists', () => {
  test('team lists merge with presets, a team rule replaces the preset rule of its id, and off removes by id', () => {
    const style = resolveStyle({
      presets: ['careers'],
      off: ['careers/fireman'],
      terms: [
        { id: 'careers/chairman', use: 'chairperson', avoid: ['chairman'] },
        { use: 'registered nurse', avoid: ['RN nurse'] },
      ],
    });
    const ids = style.terms.map((t) => t.id);
    assert.ok(ids.includes('careers/salesman') && ids.includes('registered-nurse'));
    assert.ok(!ids.includes('careers/fireman'));
    assert.deepEqual(style.terms.find((t) => t.id === 'careers/chairman')?.rule.use, 'chairperson');
    assert.equal(style.terms.find((t) => t.id === 'careers/chairman')?.where, 'style.terms[0]');
  });

  test('without presets the careers rules are off', () => {
    const config = resolveConfig({});
    const { findings } = lint('# Salesman vs. Chairman: What Are the Differences?\n\nA salesman sells.\n', { config });
    assert.deepEqual(
      findings.filter((f) => f.ruleId.startsWith('style-')),
      [],
    );
  });
});

describe('term matcher', () => {
  const matcher = new TermMatcher<string>();
  matcher.add('nurse', 'registered nurse', false);
  matcher.add('sales', 'salesman', false);
  const found = (text: string) => [...matcher.matches(text)].map((m) => `${text.slice(m.start, m.end)}${m.plural ? ' (plural)' : ''}`);
  test('matches whole words, plurals, possessives and line breaks between words', () => {
    assert.deepEqual(found("Registered\nnurses and a salesman's desk"), ['Registered\nnurses (plural)', 'salesman']);
  });
  test('does not match inside longer words or across other separators', () => {
    assert.deepEqual(found('salesmanship, registered-nurse, unregistered nurse'), []);
  });
  test('ten thousand terms still find the one that is used', () => {
    const many = new TermMatcher<number>();
    for (let i = 0; i < 10_000; i++) many.add(i, `term${i} word`, false);
    assert.deepEqual(
      [...many.matches('a term9999 word and term5 words, term7')].map((m) => m.entry.rule),
      [9999, 5],
    );
  });
  test('plurals of terms to use', () => {
    assert.deepEqual(['salesperson', 'nurse', 'secretary', 'coach', 'day'].map(pluralOf), [
      'salespeople',
      'nurses',
      'secretaries',
      'coaches',
      'days',
    ]);
  });
});

describe('style examples', () => {
  test('the careers preset passes its own examples', () => {
    const { failures, checked } = testStyleExamples({ presets: ['careers'] });
    assert.deepEqual(failures, []);
    assert.ok(checked >= 6);
  });
  test('a broken example is reported with the rule and the text', () => {
    const { failures } = testStyleExamples({
      terms: [{ use: 'registered nurse', avoid: ['RN nurse'], examples: { flag: ['An RN nurse.', 'A nurse.'], pass: ['Any RN nurse.'] } }],
      acronyms: [
        {
          acronym: 'RN',
          expansion: 'registered nurse',
          examples: { flag: ['An RN works.'], pass: ['A registered nurse (RN) works; the RN rests.'] },
        },
      ],
    });
    assert.deepEqual(
      failures.map((f) => `${f.where} ${f.id} ${f.kind} ${f.text}`),
      ['style.terms[0] registered-nurse flag A nurse.', 'style.terms[0] registered-nurse pass Any RN nurse.'],
    );
  });
});

describe('career-articles style test', () => {
  const config = (style: unknown) => JSON.stringify({ style });
  test('exits 0 when every example holds', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', config({ presets: ['careers'] }));
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 0, run.stderr);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /style examples pass/);
  });
  test('exits 1 with one line per broken example', () => {
    const dir = temp.next();
    write(
      dir,
      '.career-articles.json',
      config({ patterns: [{ pattern: '\\bsynergy\\b', message: 'jargon', examples: { flag: ['Synergy wins.', 'Our synergy.'] } }] }),
    );
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 1);
    assert.equal(
      run.stdout,
      '.career-articles.json: style.patterns[0] (pattern-bsynergy-b): example "Synergy wins." should be flagged but is not\n',
    );
  });
  test('a bad style config exits 2 naming the file and the rule', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', config({ patterns: [{ pattern: '(a|aa)+', message: 'm' }] }));
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config file: \.career-articles\.json:\d+:\d+: style\.patterns\[0\]\.pattern: pattern can backtrack/);
  });
});

describe('a style file the config names', () => {
  const YAML_STYLE =
    'terms:\n  - use: salesperson\n    avoid: [salesman]\n    examples:\n      flag: [A salesman sells.]\n      pass:\n        - A salesman, "quoted"?\n';
  test('a YAML style file is read and its examples run, with the rule named by its place', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: 'team-style.yaml' }));
    write(dir, 'team-style.yaml', YAML_STYLE);
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 1, run.stderr);
    assert.equal(run.stdout, 'team-style.yaml: terms[0] (salesperson): example "A salesman, \\"quoted\\"?" should pass but is flagged\n');
  });
  test('lint applies the terms of a JSON style file', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: 'style.json' }));
    write(dir, 'style.json', JSON.stringify({ terms: [{ use: 'salesperson', avoid: ['salesman'] }] }));
    write(dir, 'a.md', '# Salesman vs. Cashier: What Are the Differences?\n\nA salesman sells.\n');
    const run = runCli(['lint', '--format', 'json', 'a.md'], { cwd: dir });
    assert.match(run.stdout, /Unexpected `salesman`, expected `salesperson`/);
  });
  test('an invalid style file exits 2 naming the style file and the rule', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: 'team-style.yml' }));
    write(dir, 'team-style.yml', 'patterns:\n  - pattern: "(a+)+"\n    message: m\n');
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config file: team-style\.yml: patterns\[0\]\.pattern: pattern can backtrack catastrophically/);
  });
  test('a style file that is not YAML exits 2 with its line and column', () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: 'team-style.yaml' }));
    write(dir, 'team-style.yaml', 'terms: [a, b\n');
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^career-articles: invalid config file: team-style\.yaml:\d+:\d+: not valid YAML: .+\n$/);
  });
  test("a style file that links outside the config file's folder is refused", () => {
    const outside = temp.next();
    const dir = join(outside, 'project');
    mkdirSync(dir);
    write(outside, 'style.json', JSON.stringify({ terms: [{ use: 'a b', avoid: ['c'] }] }));
    symlinkSync(join(outside, 'style.json'), join(dir, 'style.json'));
    write(dir, '.career-articles.json', JSON.stringify({ style: 'style.json' }));
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /style: style file `style\.json` lies outside/);
  });
  test("a style file outside the config file's folder is refused", () => {
    const dir = temp.next();
    write(dir, '.career-articles.json', JSON.stringify({ style: '../style.json' }));
    const run = runCli(['style', 'test'], { cwd: dir });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /\.career-articles\.json: style: style file `\.\.\/style\.json` lies outside/);
  });
});

test('every style rule is registered', () => {
  assert.deepEqual(
    RULES.map((r) => r.id).filter((id) => id.startsWith('style-')),
    ['style-acronym', 'style-job-title-case', 'style-pattern', 'style-term'],
  );
});

test('the careers preset lowercases a job title in running text, never one that holds a brand', async () => {
  const { bundledRoleIndex } = await import('./helpers/dataset.js');
  const dataset = await bundledRoleIndex();
  const config = resolveConfig({ style: { presets: ['careers'] } });
  const flagged = (sentence: string) =>
    lint(`# Nurse vs. Doctor: What Are the Differences?\n\nOn most days ${sentence}\n`, { config, dataset })
      .findings.filter((f) => f.ruleId === 'style-job-title-case')
      .map((f) => f.fix?.text);
  assert.deepEqual(flagged('our Software Developers ship code.'), ['software developers']);
  assert.deepEqual(flagged('the Chief Executive Officer decides.'), ['chief executive officer']);
  assert.deepEqual(flagged('our Java Developer ships code.'), []);
  assert.deepEqual(flagged('the Pharmacist checks doses.'), ['pharmacist']);
  assert.deepEqual(flagged('our software developers ship code.'), []);
});
