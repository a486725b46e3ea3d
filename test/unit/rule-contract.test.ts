// The rule contract: defineRule types `report` by the rule's own message ids and derives the
// docs url from the id; in strict mode (the tests) the engine throws when a rule breaks the
// contract at run time, and outside it a fix from a rule that is not fixable is dropped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { RULES, lint, resolveConfig, ruleUrl, type ResolvedConfig } from '../../src/core/index.js';
import { RuleContractError } from '../../src/core/lint.js';
import { defineRule, type Report, type Rule } from '../../src/core/rule.js';

const ARTICLE = '# Accountant vs. Financial Analyst: What Are the Differences?\n\nText.\n';

/** A rule that reports whatever it is given, enabled alone. */
function probe(report: Report, fixable = false): { rule: Rule; config: ResolvedConfig } {
  const rule = defineRule({
    id: 'contract-probe',
    description: 'Reports what the test gives it.',
    severity: 'warning',
    fixable,
    options: z.object({}),
    messages: { known: 'Known message about `{what}`' },
    check(context) {
      // The probe passes reports through untyped on purpose: the contract is checked at run time.
      (context.report as (r: Report) => void)(report);
    },
  });
  const base = resolveConfig();
  return { rule, config: { ...base, rules: { ...base.rules, [rule.id]: { severity: 'warning', options: {} } } } };
}

test('defineRule only accepts the message ids of its own messages in report', () => {
  const rule = defineRule({
    id: 'typed-probe',
    description: 'Type test.',
    severity: 'info',
    fixable: false,
    options: z.object({}),
    messages: { one: 'One', two: 'Two' },
    check({ report }) {
      report({ messageId: 'one', start: 0, end: 0 });
      // @ts-expect-error `three` is not a key of messages: a typo in a message id does not compile.
      report({ messageId: 'three', start: 0, end: 0 });
    },
  });
  assert.deepEqual(Object.keys(rule.messages), ['one', 'two']);
});

test('every rule has its docs page as url, derived from its id', () => {
  for (const rule of RULES) {
    assert.equal(rule.url, ruleUrl(rule.id));
    assert.match(rule.url, new RegExp(`/docs/rules/${rule.id}\\.md$`));
    assert.ok(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), `no docs/rules/${rule.id}.md for ${rule.url}`);
  }
});

test('a known message id is formatted with its values', () => {
  const { rule, config } = probe({ messageId: 'known', values: { what: 'x' }, start: 0, end: 1 });
  const [finding] = lint(ARTICLE, { config, rules: [rule], strict: true }).findings;
  assert.equal(finding?.message, 'Known message about `x`');
  assert.equal(finding.messageId, 'known');
});

test('in strict mode an unknown message id throws, naming the rule and the ids it has', () => {
  const { rule, config } = probe({ messageId: 'unknown', start: 0, end: 1 });
  assert.throws(
    () => lint(ARTICLE, { config, rules: [rule], strict: true }),
    (error: unknown) =>
      error instanceof RuleContractError &&
      error.message === 'Rule `contract-probe` reported the unknown message id `unknown`, expected one of `known`',
  );
});

test('an inherited property name is no message id either', () => {
  const { rule, config } = probe({ messageId: 'toString', start: 0, end: 1 });
  assert.throws(() => lint(ARTICLE, { config, rules: [rule], strict: true }), RuleContractError);
});

test('in strict mode a fix from a rule that is not fixable throws; outside it the fix is dropped', () => {
  const report: Report = { messageId: 'known', start: 0, end: 1, fix: { range: [0, 1], text: '#' } };
  const { rule, config } = probe(report);
  assert.throws(
    () => lint(ARTICLE, { config, rules: [rule], strict: true }),
    /Rule `contract-probe` attached a fix to `known` but does not declare `fixable: true`/,
  );
  const [finding] = lint(ARTICLE, { config, rules: [rule] }).findings;
  assert.equal(finding?.messageId, 'known');
  assert.equal(finding.fix, undefined);
});

test('a fixable rule keeps its fix in strict mode', () => {
  const { rule, config } = probe({ messageId: 'known', start: 0, end: 1, fix: { range: [0, 1], text: '#' } }, true);
  const [finding] = lint(ARTICLE, { config, rules: [rule], strict: true }).findings;
  assert.deepEqual(finding?.fix, { range: [0, 1], text: '#' });
});
