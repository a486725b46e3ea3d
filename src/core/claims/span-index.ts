// Binary search over a block's sorted role spans: every attribution step asks where a figure
// stands among them, and a linear scan per figure would be quadratic in a long block.
import type { RoleSpan } from '../text/role-spans.js';

/** Index of the first span starting at or after `offset`. */
export function firstFrom(spans: readonly RoleSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
