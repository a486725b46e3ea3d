// Writes the `.expected` file of each not-ok fixture named on the command line from what the
// rules report now, in the fixture driver's format. Read the diff before committing: a
// regenerated file is a claim that today's output is right.
//   tsx scripts/update-expected.ts test/fixtures/<rule-id>/not-ok-*.md (or .txt, .html)
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { findRule, lint } from '../src/core/index.js';
import { syntaxOf } from '../src/core/syntax/syntax.js';
import { readerOptions } from '../src/core/readers.js';
import { configFor, describeFinding } from '../test/unit/helpers/fixtures.js';
import { bundledRoleIndex } from '../test/unit/helpers/dataset.js';

for (const file of process.argv.slice(2)) {
  const ruleId = basename(dirname(file));
  const rule = findRule(ruleId);
  if (!rule || !basename(file).startsWith('not-ok-') || /\.fixed\.(md|txt|html)$/.test(file)) {
    console.error(`update-expected: ${file} is not a not-ok fixture of a rule`);
    process.exitCode = 2;
    continue;
  }
  const text = readFileSync(file, 'utf8');
  const dataset = rule.usesDataset ? await bundledRoleIndex() : undefined;
  const lines = lint(text, { config: configFor(ruleId, text), dataset, strict: true, ...readerOptions(syntaxOf(file)) })
    .findings.filter((f) => f.ruleId === ruleId)
    .flatMap((f) => describeFinding(f, text));
  writeFileSync(file.replace(/\.(md|txt|html)$/, '.expected'), lines.map((l) => `${l}\n`).join(''));
}
