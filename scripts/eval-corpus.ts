// `npm run eval`: precision and recall of section detection, claim extraction, claim
// attribution and role matching on the labelled corpus in test/corpus.
import { evaluate } from '../test/corpus/evaluate.js';
import { recognitionReport, recognitionScores } from '../test/corpus/recognition.js';
import { loadBundledDataset } from '../src/node/bundled-dataset.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { printClaimScores } from './eval-claims.js';
import { CLAIM_CORPUS, evaluateClaims, HOLDOUT_CORPUS } from '../test/corpus/claims/evaluate-claims.js';
import { readdirSync } from 'node:fs';

// `npm run eval -- --holdout`: only the held-out claim corpus (test/corpus/claims-holdout), every miss shown.
// `--holdout=<folder>` scores another held-out folder under test/corpus (e.g. `--holdout=claims-holdout2`).
const holdoutArg = process.argv.find((arg) => arg === '--holdout' || arg.startsWith('--holdout='));
if (holdoutArg) {
  const folder = holdoutArg.includes('=') ? holdoutArg.slice('--holdout='.length).replace(/\/*$/, '/') : undefined;
  const dir = folder ? new URL(`../test/corpus/${folder}`, import.meta.url) : HOLDOUT_CORPUS;
  printClaimScores(createRoleIndex(await loadBundledDataset()), Infinity, undefined, dir);
  process.exit(0);
}

// `npm run eval -- --all`: one line per claim corpus (the team's and every held-out folder), no misses:
// what a change to the engine does to each, side by side.
if (process.argv.includes('--all')) {
  const index = createRoleIndex(await loadBundledDataset());
  const corpora = new URL('../test/corpus/', import.meta.url);
  const holdouts = readdirSync(corpora)
    .filter((name) => /^claims-holdout\d*$/u.test(name))
    .sort((a, b) => Number(a.slice(14) || 1) - Number(b.slice(14) || 1));
  console.log(`${'corpus'.padEnd(18)} precision  recall  verdict  labels  found  not-a-claim findings`);
  const pooled = { hits: 0, expected: 0, predicted: 0 };
  for (const [name, dir] of [['claims', CLAIM_CORPUS] as const, ...holdouts.map((h) => [h, new URL(`${h}/`, corpora)] as const)]) {
    const { total, notClaims } = evaluateClaims(index, undefined, dir);
    if (name !== 'claims') {
      pooled.hits += Math.round(total.precision * total.predicted);
      pooled.expected += total.expected;
      pooled.predicted += total.predicted;
    }
    console.log(
      `${name.padEnd(18)} ${total.precision.toFixed(3).padStart(9)}  ${total.recall.toFixed(3).padStart(6)}  ${total.verdictRate.toFixed(3).padStart(7)}  ${String(total.expected).padStart(6)}  ${String(total.predicted).padStart(5)}  ${String(notClaims.findings).padStart(20)}`,
    );
  }
  console.log(
    `${'held-out, pooled'.padEnd(18)} ${(pooled.hits / pooled.predicted).toFixed(3).padStart(9)}  ${(pooled.hits / pooled.expected).toFixed(3).padStart(6)}           ${String(pooled.expected).padStart(6)}  ${String(pooled.predicted).padStart(5)}`,
  );
  process.exit(0);
}

const scores = evaluate(createRoleIndex(await loadBundledDataset()));
console.log(`Corpus: ${scores.articles} articles, ${scores.claims} labelled salary claims\n`);
console.log('measure       precision  recall');
for (const key of ['sections', 'extraction', 'attribution', 'roles'] as const) {
  const { precision, recall, misses } = scores[key];
  console.log(`${key.padEnd(13)} ${precision.toFixed(3).padStart(9)}  ${recall.toFixed(3).padStart(6)}`);
  for (const miss of misses.slice(0, 10)) console.log(`    ${miss}`);
}

// Recognition of articles in real sites' forms (test/corpus/recognition), per form.
console.log('\nRecognition by form (test/corpus/recognition)');
for (const line of recognitionReport(recognitionScores(createRoleIndex(await loadBundledDataset())))) console.log(line);

// Claims in the forms real sites write (test/corpus/claims), per kind and statistic.
printClaimScores(createRoleIndex(await loadBundledDataset()));
