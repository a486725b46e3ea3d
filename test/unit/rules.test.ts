// The one fixture driver. Every folder test/fixtures/<rule-id>/ holds self-describing cases:
//   ok-*.md          must give no finding for that rule;
//   not-ok-*.md      must give exactly the findings in its sibling `.expected` file
//                    (one per line: `line:column message`), and, when the rule is fixable,
//                    fixing must give its sibling `.fixed.md`, which lints clean of fixes.
// A case's options sit in a comment inside it: <!-- fixture-options: {"minWords": 5} -->
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, checkSite, fixAll, lint, resolveConfig, siteClaims, type Finding } from '../../src/core/index.js';
import type { ConfigFile } from '../../src/core/config/schema.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const OPTIONS = /<!--\s*fixture-options:\s*(\{[^]*?\})\s*-->/;

function configFor(ruleId: string, text: string) {
  const options = OPTIONS.exec(text);
  const own = options ? (JSON.parse(options[1]!) as Record<string, unknown>) : {};
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === ruleId ? own : 'off']));
  return resolveConfig({ rules } as ConfigFile);
}

function describeFinding(f: Finding): string {
  return `${f.start.line}:${f.start.column} ${f.message}`;
}

const ruleIds = RULES.map((r) => r.id);

// A site rule's cases are folders of articles linted together: ok-*/ gives no finding,
// not-ok-*/ gives the findings in its `expected` file (`file line:column message`).
for (const rule of RULES.filter((r) => r.scope === 'site')) {
  describe(`rule ${rule.id}`, () => {
    const folder = join(FIXTURES, rule.id);
    const cases = readdirSync(folder).sort();
    test('has cases of both kinds and a documentation page', () => {
      assert.ok(cases.some((c) => c.startsWith('ok-')) && cases.some((c) => c.startsWith('not-ok-')));
      assert.ok(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), `no docs/rules/${rule.id}.md`);
    });
    for (const name of cases) {
      test(`${name} gives ${name.startsWith('ok-') ? 'no finding' : 'the expected findings'}`, async () => {
        const dataset = await bundledRoleIndex();
        const files = readdirSync(join(folder, name))
          .filter((f) => f.endsWith('.md'))
          .sort();
        const articles = files.map((file) => {
          const text = readFileSync(join(folder, name, file), 'utf8');
          const config = configFor(rule.id, text);
          const { article } = lint(text, { config, dataset });
          return { path: join(folder, name, file), display: file, claims: siteClaims(article, dataset), config };
        });
        const found = [...checkSite(articles)].flatMap(([i, findings]) => findings.map((f) => `${files[i]!} ${describeFinding(f)}`));
        const expectedFile = join(folder, name, 'expected');
        const expected = existsSync(expectedFile)
          ? readFileSync(expectedFile, 'utf8')
              .split('\n')
              .filter((l) => l.trim() !== '')
          : [];
        assert.deepEqual(found.sort(), expected.sort());
      });
    }
  });
}

for (const rule of RULES.filter((r) => r.scope !== 'site')) {
  describe(`rule ${rule.id}`, () => {
    const folder = join(FIXTURES, rule.id);
    const files = existsSync(folder) ? readdirSync(folder).sort() : [];

    test('has fixtures of both kinds and a documentation page', () => {
      assert.ok(
        files.some((f) => /^ok-.*\.md$/.test(f)),
        `no ok-*.md in ${folder}`,
      );
      assert.ok(
        files.some((f) => /^not-ok-.*\.md$/.test(f) && !f.endsWith('.fixed.md')),
        `no not-ok-*.md in ${folder}`,
      );
      assert.ok(existsSync(new URL(`../../docs/rules/${rule.id}.md`, import.meta.url)), `no docs/rules/${rule.id}.md`);
    });

    for (const file of files.filter((f) => f.endsWith('.md') && !f.endsWith('.fixed.md'))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const config = configFor(rule.id, text);
      const dataset = rule.usesDataset ? bundledRoleIndex() : undefined;
      const ownFindings = async () => lint(text, { config, dataset: await dataset }).findings.filter((f) => f.ruleId === rule.id);

      if (file.startsWith('ok-')) {
        test(`${file} gives no finding`, async () => {
          assert.deepEqual((await ownFindings()).map(describeFinding), []);
        });
        continue;
      }

      test(`${file} gives the expected findings`, async () => {
        const expectedFile = join(folder, file.replace(/\.md$/, '.expected'));
        const expected = readFileSync(expectedFile, 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '');
        assert.deepEqual((await ownFindings()).map(describeFinding), expected);
      });

      const fixedFile = join(folder, file.replace(/\.md$/, '.fixed.md'));
      if (rule.fixable && existsSync(fixedFile)) {
        test(`${file} is fixed into ${file.replace(/\.md$/, '.fixed.md')}, which has nothing left to fix`, async () => {
          const options = { config, dataset: await dataset };
          const fixed = fixAll(text, options);
          assert.equal(fixed.text, readFileSync(fixedFile, 'utf8'));
          const again = lint(fixed.text, options).findings.filter((f) => f.fix);
          assert.deepEqual(again.map(describeFinding), []);
        });
      }
    }
  });
}

test('every fixture folder belongs to a rule', () => {
  const folders = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['cli', 'workspace'].includes(d.name))
    .map((d) => d.name);
  for (const folder of folders) assert.ok(ruleIds.includes(folder), `test/fixtures/${folder} names no rule`);
});
