// The claim corpus's part of `npm run eval` (test/corpus/claims): precision and recall of claims
// found, attributed and typed, per kind and per statistic, the share of their verdicts that are
// right, and what the not-a-claim list gave (it must give nothing).
import type { RoleIndex } from '../src/core/dataset/types.js';
import { evaluateClaims, type ClaimEngine } from '../test/corpus/claims/evaluate-claims.js';

export function printClaimScores(index: RoleIndex, showMisses = 20, engine?: ClaimEngine, dir?: URL): void {
  const scores = evaluateClaims(index, engine, dir);
  console.log(
    `\nClaim corpus${dir ? ` (${dir.pathname})` : ''}: ${scores.items} items, ${scores.labelled} labelled claims (found, attributed and typed)\n`,
  );
  const row = (name: string, t: { precision: number; recall: number; verdictRate: number; expected: number; predicted: number }) =>
    console.log(
      `${name.padEnd(30)} ${t.precision.toFixed(3).padStart(9)}  ${t.recall.toFixed(3).padStart(6)}  ${t.verdictRate.toFixed(3).padStart(7)}  ${String(t.expected).padStart(5)}  ${String(t.predicted).padStart(5)}`,
    );
  console.log(`${'kind'.padEnd(30)} precision  recall  verdict  label  found`);
  for (const [kind, tally] of [...scores.byKind].sort()) row(kind, tally);
  row('all', scores.total);
  console.log(`\n${'statistic'.padEnd(30)} precision  recall  verdict  label  found`);
  for (const [statistic, tally] of [...scores.byStatistic].sort()) row(statistic, tally);
  for (const miss of scores.misses.slice(0, showMisses)) console.log(`    ${miss}`);
  const { notClaims } = scores;
  console.log(`\nNot-a-claim list: ${notClaims.items} items, ${notClaims.claims} claims found, ${notClaims.findings} findings`);
  for (const miss of notClaims.misses.slice(0, showMisses)) console.log(`    ${miss}`);
}
