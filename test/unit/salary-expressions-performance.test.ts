// The claim scanner finishes on text built to stall it. This is a hang guard, not a timing:
// at 2 MB a linear scan takes a few seconds even on a loaded machine, a quadratic one many
// minutes, so the generous budget separates them without measuring anything that load could
// move. How the time grows with the size is measured by the bench (npm run bench -- --only
// adversarial), and every pattern the scanner uses is proven linear by regex-safety.test.ts.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { withinBudget } from '../../src/cli/in-thread.js';
import { attributeFigures } from '../../src/core/claims/attribution.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';
import { ADVERSARIAL_CLAIM_TEXT, ADVERSARIAL_ROLES } from './helpers/adversarial-claims.js';

const SIZE = 2_000_000;
const BUDGET_MS = 90_000;

describe('salary parsing on adversarial input', () => {
  for (const [name, make] of ADVERSARIAL_CLAIM_TEXT) {
    it(`finishes on 2 MB of ${name}`, { timeout: 5 * 60_000 }, () => {
      const text = make(SIZE);
      const run = withinBudget(() => attributeFigures(text, findSalaryFigures(text), ADVERSARIAL_ROLES).length, BUDGET_MS);
      assert.ok(run.done, `still scanning 2 MB of ${name} after ${BUDGET_MS / 1000} s`);
    });
  }
});
