// How the claim scanner's time grows with the size of text built to stall it: CPU time at
// 200 KB and at 2 MB (the fastest of three, since interference only adds time). Linear is
// 10x, quadratic 100x; past 40x the bench stops (a sanity failure), as the unit suite only
// checks that each input finishes (test/unit/salary-expressions-performance.test.ts).
import { attributeFigures } from '../src/core/claims/attribution.js';
import { findSalaryFigures } from '../src/core/claims/expressions.js';
import { ADVERSARIAL_CLAIM_TEXT, ADVERSARIAL_ROLES } from '../test/unit/helpers/adversarial-claims.js';

export const MAX_GROWTH = 40;

function cpuMs(text: string): number {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const start = process.cpuUsage();
    attributeFigures(text, findSalaryFigures(text), ADVERSARIAL_ROLES);
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

/** [input, ms at 200 KB, ms at 2 MB] for each adversarial input. */
export function claimScaling(): Array<[string, number, number]> {
  return ADVERSARIAL_CLAIM_TEXT.map(([name, make]) => [name, cpuMs(make(200_000)), cpuMs(make(2_000_000))]);
}
