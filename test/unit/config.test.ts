import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, parseConfig } from '../../src/core/index.js';

const ARTICLE = `# Accountant vs. Financial Analyst: What Are the Differences?

## Accountant vs. Financial Analyst

### Life on the Job

Accountants and financial analysts both work in offices.
`;

test('a valid config turns rules off, changes severities and sets options', () => {
  const outcome = parseConfig(
    '{ "rules": { "title-format": "off", "required-sections": "warning", "empty-section": { "minWords": 5, "severity": "info" } } }',
    'cfg.json',
  );
  assert.ok(outcome.ok);
  assert.equal(outcome.value.rules['title-format']!.severity, 'off');
  assert.equal(outcome.value.rules['required-sections']!.severity, 'warning');
  assert.deepEqual(outcome.value.rules['empty-section'], { severity: 'info', options: { minWords: 5 } });
  assert.equal(outcome.value.rules['duplicate-section']!.severity, 'error', 'untouched rules keep their default');
});

test('comments and trailing commas are accepted, as in VS Code settings', () => {
  const outcome = parseConfig('{\n  // no empty-section here\n  "rules": { "empty-section": "off", },\n}', 'cfg.json');
  assert.ok(outcome.ok);
});

test('an unknown key is reported with its file, line and JSON path', () => {
  const outcome = parseConfig('{\n  "rules": {\n    "no-such-rule": "off"\n  }\n}', '/w/.career-articles.json');
  assert.ok(!outcome.ok);
  assert.equal(outcome.errors.length, 1);
  assert.equal(outcome.errors[0]!.file, '/w/.career-articles.json');
  assert.equal(outcome.errors[0]!.path, 'rules.no-such-rule');
  assert.equal(outcome.errors[0]!.line, 3);
  assert.match(outcome.errors[0]!.message, /unknown property `no-such-rule`/);
});

test('a wrong option type names the option by its JSON path and line', () => {
  const outcome = parseConfig('{\n  "rules": {\n    "empty-section": {\n      "minWords": "many"\n    }\n  }\n}', 'c.json');
  assert.ok(!outcome.ok);
  assert.equal(outcome.errors.length, 1, JSON.stringify(outcome.errors));
  const [error] = outcome.errors;
  assert.equal(error!.path, 'rules.empty-section.minWords');
  assert.equal(error!.line, 4);
  assert.equal(error!.message, 'expected a number, got string');
});

test('broken JSON syntax is reported with line and column, not thrown', () => {
  const outcome = parseConfig('{\n  "rules": {\n    "empty-section": "off"\n  \n', 'c.json');
  assert.ok(!outcome.ok);
  assert.match(outcome.errors[0]!.message, /invalid JSON/);
  assert.ok(outcome.errors[0]!.line! >= 4);
});

test('an empty config file is reported as empty', () => {
  const outcome = parseConfig('', 'c.json');
  assert.ok(!outcome.ok);
  assert.match(outcome.errors[0]!.message, /empty/);
});

test('configured heading synonyms replace the defaults', () => {
  const withDefaults = lint(ARTICLE).findings.filter((f) => f.ruleId === 'required-sections');
  assert.ok(withDefaults.some((f) => f.data?.section === 'environment'));
  const outcome = parseConfig('{ "sections": { "environment": ["Life on the Job"] } }', 'c.json');
  assert.ok(outcome.ok);
  const custom = lint(ARTICLE, { config: outcome.value }).findings.filter((f) => f.ruleId === 'required-sections');
  assert.ok(!custom.some((f) => f.data?.section === 'environment'));
  assert.equal(custom.length, 4);
});

test('a wrong severity word is reported as such, not as a broken object', () => {
  const outcome = parseConfig('{ "rules": { "empty-section": "loud" } }', 'c.json');
  assert.ok(!outcome.ok);
  assert.equal(outcome.errors[0]!.path, 'rules.empty-section');
});
