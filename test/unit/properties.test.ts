// Property-based tests: whatever Markdown an author (or a broken tool) produces, the engine
// never throws, reports ranges inside the document, offers fixes that do not overlap, and
// fixing is idempotent. Inputs are arbitrary Markdown-ish text and mutations of the examples.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { fixAll, lint, type Finding } from '../../src/core/index.js';
import type { RoleIndex } from '../../src/core/dataset/types.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const EXAMPLES = readdirSync(new URL('../../examples/', import.meta.url))
  .filter((f) => f.endsWith('.md'))
  .map((f) => readFileSync(new URL(`../../examples/${f}`, import.meta.url), 'utf8'));

const piece = fc.oneof(
  fc.constantFrom(
    '# ',
    '## ',
    '### ',
    '#### ',
    '\n',
    '\n\n',
    '\r\n',
    ' vs. ',
    ' versus ',
    ': What Are the Differences?',
    'What is a ',
    'What is an ',
    'Job Duties',
    'Salary',
    'Skills',
    'Work Environment',
    'Requirements',
    'Pay',
    '$98,439',
    '$98K',
    '$23.66 per hour',
    ' a year',
    'between $130K and $165K',
    '$130,000–$165,000',
    'Product Manager',
    'Sales managers',
    'earn an average salary of ',
    ', while ',
    '<!-- career-articles-disable -->',
    '<!-- career-articles-disable-next-line required-sections -->',
    '<!-- career-articles-enable -->',
    '---\nsoc:\n  Product Manager: "11-2021"\n---\n',
    '---\n',
    '| Role | Pay |\n| --- | --- |\n| Product Manager | $90K |\n',
    '```\n',
    '> ',
    '- ',
    '*',
    '<script>alert(1)</script>',
    '\u0000',
    '\uFEFF',
    '😀',
    'é',
  ),
  fc.string({ maxLength: 12 }),
);
const markdown = fc.array(piece, { maxLength: 60 }).map((parts) => parts.join(''));

/** Mutations of a real article: delete, duplicate or move a line, insert noise, change a heading level. */
const mutated = fc
  .tuple(fc.constantFrom(...EXAMPLES), fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat(4), piece), { maxLength: 6 }))
  .map(([text, edits]) => {
    const lines = text.split('\n');
    for (const [a, b, kind, noise] of edits) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (kind === 0) lines.splice(i, 1);
      else if (kind === 1) lines.splice(j, 0, lines[i]!);
      else if (kind === 2) [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (kind === 3) lines[i] = lines[i]!.slice(0, j % (lines[i]!.length + 1)) + noise + lines[i]!.slice(j % (lines[i]!.length + 1));
      else lines[i] = lines[i]!.replace(/^#+/, (h) => (h.length > 1 ? h.slice(1) : '##'));
      if (lines.length === 0) lines.push('');
    }
    return lines.join('\n');
  });

function checkInvariants(text: string, findings: Finding[]): void {
  for (const f of findings) {
    assert.ok(f.start.offset >= 0 && f.end.offset <= text.length && f.start.offset <= f.end.offset, `range of ${f.ruleId}`);
    assert.ok(f.start.line >= 1 && f.start.column >= 1, `position of ${f.ruleId}`);
    for (const fix of [f.fix, ...(f.suggestions ?? []).map((s) => s.fix)]) {
      if (fix) assert.ok(fix.range[0] >= 0 && fix.range[0] <= fix.range[1] && fix.range[1] <= text.length, `fix range of ${f.ruleId}`);
    }
  }
  const fixes = findings.flatMap((f) => (f.fix ? [f.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  for (let i = 1; i < fixes.length; i++) {
    assert.ok(
      fixes[i]!.range[0] >= fixes[i - 1]!.range[1],
      `fixes overlap: ${JSON.stringify(fixes[i - 1])} and ${JSON.stringify(fixes[i])}`,
    );
  }
}

function property(dataset: RoleIndex) {
  return (text: string, force: boolean) => {
    {
      // Strict: a rule breaking its contract on any input throws here.
      const options = { dataset, force, strict: true };
      const result = lint(text, options);
      checkInvariants(text, result.findings);
      const once = fixAll(text, options);
      const twice = fixAll(once.text, options);
      assert.equal(twice.text, once.text, 'fixing twice differs from fixing once');
      assert.deepEqual(
        lint(once.text, options)
          .findings.filter((f) => f.fix)
          .map((f) => f.message),
        [],
        'fixable findings left after fixing',
      );
    }
  };
}

test('arbitrary Markdown never makes lint throw, and its findings and fixes are well-formed', async () => {
  const dataset = await bundledRoleIndex();
  fc.assert(fc.property(markdown, fc.boolean(), property(dataset)), { numRuns: 1500, seed: 20261128 });
});

test('mutations of the example articles never make lint throw, and fixing is idempotent', async () => {
  const dataset = await bundledRoleIndex();
  fc.assert(fc.property(mutated, fc.boolean(), property(dataset)), { numRuns: 500, seed: 42 });
});
