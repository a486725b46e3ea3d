// Fixes are offset edits. Applying them is the one place text is rewritten, so it is
// careful: edits are sorted, overlapping ones are skipped (a later pass picks them up).
import type { Fix } from './types.js';

export interface ApplyResult {
  text: string;
  applied: number;
  skipped: number;
}

export function applyFixes(text: string, fixes: readonly Fix[]): ApplyResult {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  let skipped = 0;
  let lastInsertion = -1;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    // Two insertions at the same point would depend on order: keep the first.
    const clashes = start < cursor || (start === end && start === lastInsertion);
    if (clashes || start < 0 || start > end || end > text.length) {
      skipped++;
      continue;
    }
    if (start === end) lastInsertion = start;
    output += text.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { text: output + text.slice(cursor), applied, skipped };
}
