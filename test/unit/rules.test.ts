// The one fixture driver. Every folder test/fixtures/<rule-id>/ holds self-describing cases:
//   ok-*.md          must give no finding for that rule;
//   not-ok-*.md      must give exactly the findings in its sibling `.expected` file, one per
//                    line: `line:column-endLine:endColumn messageId message`, each followed by
//                    its suggestions, indented: `  suggestion line:column-endLine:endColumn "text" title`;
//                    when the rule is fixable, fixing must give its sibling `.fixed.md` (which
//                    must exist, even when it equals the case), and that lints clean of fixes.
// Each case also runs with CRLF line endings: the same findings at the same lines and columns,
// and the same fix, in CRLF. Rules run strict: an unknown message id or a fix from a rule that
// is not fixable throws. A case's options sit in a comment inside it:
// <!-- fixture-options: {"minWords": 5} -->
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, checkSite, fixAll, lint, siteClaims, sitePage, type LintOptions } from '../../src/core/index.js';
import { FIXTURES, configFor, describeFinding, toCrlf, toLf } from './helpers/fixtures.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { syntaxOf } from '../../src/core/syntax/syntax.js';
import { readerOptions } from '../../src/core/readers.js';

/** Cases in every syntax: `.md`, and `.txt` and `.html` read as plain text and pages (same naming otherwise). */
const CASE = /\.(md|txt|html)$/;
const FIXED = /\.fixed\.(md|txt|html)$/;

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
          const page = sitePage(article, config);
          return { path: join(folder, name, file), display: file, claims: siteClaims(article, dataset, config), page, config };
        });
        const found = [...checkSite(articles)].flatMap(([i, findings]) =>
          findings.map((f) => `${files[i]!} ${f.start.line}:${f.start.column} ${f.message}`),
        );
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

    for (const file of files.filter((f) => CASE.test(f) && !FIXED.test(f))) {
      const text = readFileSync(join(folder, file), 'utf8');
      const config = configFor(rule.id, text);
      const dataset = rule.usesDataset || rule.readsLoadedDataset ? bundledRoleIndex() : undefined;
      const syntax = readerOptions(syntaxOf(file));
      const options = async (): Promise<LintOptions> => ({ config, dataset: await dataset, strict: true, ...syntax });
      const described = async (source: string) =>
        lint(source, await options())
          .findings.filter((f) => f.ruleId === rule.id)
          .flatMap((f) => describeFinding(f, source));

      if (file.startsWith('ok-')) {
        test(`${file} gives no finding, also with CRLF line endings`, async () => {
          assert.deepEqual(await described(text), []);
          assert.deepEqual(await described(toCrlf(text)), []);
        });
        continue;
      }

      const expected = () =>
        readFileSync(join(folder, file.replace(CASE, '.expected')), 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '');
      test(`${file} gives the expected findings`, async () => {
        assert.deepEqual(await described(text), expected());
      });
      test(`${file} gives the same findings at the same places with CRLF line endings`, async () => {
        assert.deepEqual(await described(toCrlf(text)), expected());
      });

      if (!rule.fixable) continue;
      const fixedName = file.replace(CASE, '.fixed.$1');
      test(`${file} is fixed into ${fixedName}, which has nothing left to fix`, async () => {
        const fixedFile = join(folder, fixedName);
        assert.ok(existsSync(fixedFile), `${rule.id} is fixable: ${file} needs a ${fixedName} (a copy of it when nothing is fixed)`);
        const want = readFileSync(fixedFile, 'utf8');
        const fixed = fixAll(text, await options());
        assert.equal(fixed.text, want);
        const again = lint(fixed.text, await options()).findings.filter((f) => f.fix);
        assert.deepEqual(
          again.flatMap((f) => describeFinding(f, fixed.text)),
          [],
        );
        // The same fix in the other line endings: what a fix inserts follows the document's.
        const other = text.includes('\r\n') ? toLf : toCrlf;
        assert.equal(fixAll(other(text), await options()).text, other(want));
      });
    }
  });
}

test('every fixture folder belongs to a rule', () => {
  const folders = readdirSync(FIXTURES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && !['cli', 'workspace'].includes(d.name))
    .map((d) => d.name);
  for (const folder of folders) assert.ok(ruleIds.includes(folder), `test/fixtures/${folder} names no rule`);
});
