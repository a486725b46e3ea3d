// Fixes are offset edits. Applying them is the one place text is rewritten, so it is
// careful: edits are sorted, overlapping ones are skipped (a later pass picks them up).
import type { Fix } from './types.js';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

/** The fixes that can be applied together, in offset order; the rest wait for a later pass. */
export function selectFixes(fixes: readonly Fix[], textLength: number): { selected: Fix[]; skipped: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const selected: Fix[] = [];
  let cursor = 0;
  let lastInsertion = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Two insertions at the same point would depend on order: keep the first.
    const clashes = start < cursor || (start === end && start === lastInsertion);
    if (clashes || start < 0 || start > end || end > textLength) continue;
    if (start === end) lastInsertion = start;
    selected.push(fix);
    cursor = end;
  }
  return { selected, skipped: sorted.length - selected.length };
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const { selected, skipped } = selectFixes(fixes, text.length);
  let output = '';
  let cursor = 0;
  for (const fix of selected) {
    output += text.slice(cursor, fix.range[0]) + fix.text;
    cursor = fix.range[1];
  }
  return { text: output + text.slice(cursor), applied: selected.length, skipped };
}
