// The one order of an article's findings, for every list a host shows or writes: by position,
// then by rule id, so two runs (or two hosts) list the same findings the same way.
import type { Finding } from './types.js';

export function compareFindings(a: Finding, b: Finding): number {
  return a.start.offset - b.start.offset || a.ruleId.localeCompare(b.ruleId);
}
