// The engine against hostile articles and datasets (issue #12, items 11, 13 and 14): front
// matter that does not parse, dataset URLs that would run or load something, and salary
// text or dataset figures built to produce absurd numbers or giant messages.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, resolveConfig, type Finding } from '../../src/core/index.js';
import { createRoleIndex, parseDatasetFile } from '../../src/core/dataset/index.js';
import { markdownLinkTarget, occupationCard } from '../../src/core/judged/card.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';
import { parseConfigFile } from '../../src/core/config/parse.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const datasetWith = (entry: Record<string, unknown>) =>
  parseDatasetFile(
    JSON.stringify({ occupations: [{ soc: 'custom-1', title: 'Widget Makers', year: 2024, wages: { mean: 50_000 }, ...entry }] }),
    'roles.json',
  );

describe('11. front matter that is not valid YAML', () => {
  const text = [
    '---',
    'career-article: true',
    'soc: [11-2021',
    '  Sales Manager: 11-2022',
    '---',
    '',
    '# Product Manager vs. Sales Manager: What Are the Differences?',
    '',
    'Intro.',
    '',
  ].join('\n');

  test('gives a front-matter finding at the YAML error’s line, and the rest of the article is still linted', async () => {
    const findings = lint(text, { dataset: await bundledRoleIndex() }).findings;
    const front = findings.filter((f) => f.ruleId === 'front-matter');
    assert.equal(front.length, 1);
    assert.equal(front[0]!.start.line, 3);
    assert.match(
      front[0]!.message,
      /^Invalid front matter: .*; its settings \(`career-article`, `soc:` pins\) are ignored until it parses$/,
    );
    assert.ok(
      findings.some((f) => f.ruleId === 'required-sections'),
      'the article is linted as usual',
    );
  });

  test('an invalid block that opts in with career-article: true still makes a draft an article', () => {
    const draft = '---\ncareer-article: true\nsoc: [\n---\n\n# Notes\n';
    assert.equal(lint(draft).isArticle, true);
    assert.equal(lint('---\nsoc: [\n---\n\n# Notes\n').isArticle, false, 'without the opt-in it is not one');
  });
});

describe('13. dataset urls', () => {
  for (const url of ['javascript:alert(1)', 'command:workbench.action.terminal.new', 'file:///etc/passwd', 'http://www.bls.gov/oes/']) {
    test(`${url} is rejected: only https: URLs`, () => {
      const parsed = datasetWith({ url });
      assert.equal(parsed.ok, false);
      assert.match(parsed.ok ? '' : parsed.errors[0]!.message, /^occupations\[0\]\.url: expected an https: URL, got /);
    });
  }

  test('an https: URL that would close the hover link is percent-encoded in the card, so no image or link is added', () => {
    const url = 'https://x.example/a)![p](https://attacker.example/t.png';
    const parsed = datasetWith({ url });
    assert.ok(parsed.ok, 'a valid https: URL');
    const card = occupationCard(parsed.occupations[0]!);
    const source = card.split('\n').at(-1)!;
    assert.equal(source, 'Source: [roles.json 2024](https://x.example/a%29%21%5Bp%5D%28https://attacker.example/t.png)');
    assert.doesNotMatch(card, /!\[p\]\(/);
    assert.equal((card.match(/\]\(/g) ?? []).length, 1, 'one link');
  });

  test('markdownLinkTarget keeps plain URLs and refuses anything but https:', () => {
    assert.equal(markdownLinkTarget('https://www.bls.gov/oes/current/oes112021.htm'), 'https://www.bls.gov/oes/current/oes112021.htm');
    assert.equal(markdownLinkTarget('https://a.example/x y<z>'), 'https://a.example/x%20y%3Cz%3E');
    assert.equal(markdownLinkTarget('javascript:alert(1)'), undefined);
  });
});

describe('14. salary text and dataset figures out of range', () => {
  const cases: Array<[string, number[]]> = [
    ['$1e309', []],
    ['$171\u00A0520 a year', [171_520]],
    ['$171\u202F520 a year', [171_520]],
    ['$999,999,999,999.99 billion', []],
    ['$0.50 per year', []],
    ['$150 million a year', []],
    ['$12abc', []],
    ['$98,439.', [98_439]],
    ['$98K', [98_000]],
  ];
  for (const [text, expected] of cases) {
    test(`${JSON.stringify(text)} is read as ${expected.length ? expected.join(', ') : 'no claim'}`, () => {
      assert.deepEqual(
        findSalaryFigures(text).map((f) => f.annual),
        expected,
      );
    });
  }

  const article = (pay: string) =>
    `# Widget Maker vs. Sales Manager: What Are the Differences?\n\n## Widget Maker vs. Sales Manager\n\n### Salary\n\nWidget makers earn an average salary of ${pay} per year, while sales managers earn $160,930.\n`;
  const indexWith = (wages: Record<string, number>): ReturnType<typeof createRoleIndex> => {
    const parsed = datasetWith({ aliases: ['Widget Maker'], wages });
    assert.ok(parsed.ok, parsed.ok ? '' : parsed.errors[0]!.message);
    return createRoleIndex([], parsed.occupations);
  };
  const messages = (findings: Finding[]) => findings.flatMap((f) => [f.message, ...(f.suggestions ?? []).map((s) => s.title + s.fix.text)]);

  for (const [what, wages] of [
    ['a mean of 1e308', { mean: 1e308 }],
    ['a mean and median of 0', { mean: 0, median: 0 }],
  ] as const) {
    test(`a dataset with ${what} never puts ∞ or NaN in a message`, () => {
      const config = resolveConfig();
      const all = messages(lint(article('$50,000'), { config, dataset: indexWith(wages) }).findings);
      assert.ok(all.length > 0);
      for (const message of all) assert.doesNotMatch(message, /∞|NaN|Infinity/, message);
    });
  }

  test('a 100,000-character role name gives no giant message and no rule failure', () => {
    const findings = lint(`# ${'x'.repeat(100_000)} vs. Nurse: What Are the Differences?\n\n## Salary\n\nThey earn $50,000.\n`, {
      force: true,
    }).findings;
    for (const f of findings) {
      assert.ok(f.message.length < 1000, `${f.ruleId}: ${f.message.length} characters`);
      assert.notEqual(f.messageId, 'internal', f.message.slice(0, 200));
    }
  });
});

describe('6. deep JSON in the core (shared by the CLI and the editor)', () => {
  test('a config nested 100,000 deep is one error with its line, not a stack overflow', () => {
    const outcome = parseConfigFile(`{\n  "rules": ${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}\n}`, 'c.json');
    assert.deepEqual(outcome, {
      ok: false,
      errors: [{ file: 'c.json', message: 'invalid JSON: nested more than 64 levels deep', line: 2, column: 327 }],
    });
  });
});
