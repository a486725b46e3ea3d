// Refreshing an article to the dataset's current release: the edits the rules already compute
// for figures they judge out of date or mismatched (the messages a rule lists in `refreshes`),
// applied pass by pass like fixAll. Pure, so `career-articles refresh`, the session and the
// editor's *Update Figures* apply the same edits; nothing outside those figures is touched.
import type { Finding, Fix } from './types.js';
import { RULES, findRule } from './rules/index.js';
import { applyFixes } from './fixes.js';
import { editsBetween } from './text-edits.js';
import { lint, type LintOptions, type LintResult } from './lint.js';

const REFRESHING = RULES.filter((rule) => rule.refreshes !== undefined);

/** Whether a finding is one `refresh` rewrites. */
export function isRefreshable(finding: Finding): boolean {
  return findRule(finding.ruleId)?.refreshes?.includes(finding.messageId) === true;
}

/** The edit that refreshes a finding's figure: its fix, else its first suggestion. */
export function refreshEdit(finding: Finding): Fix | undefined {
  return isRefreshable(finding) ? (finding.fix ?? finding.suggestions?.[0]?.fix) : undefined;
}

export function refreshEdits(findings: readonly Finding[]): Fix[] {
  return findings.flatMap((f) => {
    const edit = refreshEdit(f);
    return edit ? [edit] : [];
  });
}

/** A finding of a refreshing rule that refresh leaves alone (an ambiguous role, a dated label, another source). */
export function isLeftAlone(finding: Finding): boolean {
  const rule = findRule(finding.ruleId);
  return rule?.refreshes !== undefined && finding.severity !== 'info' && refreshEdit(finding) === undefined;
}

export interface RefreshResult {
  text: string;
  /** Edits applied across all passes. */
  applied: number;
  /** The lint of the refreshed text. */
  result: LintResult;
  /** Its findings that refresh cannot settle, for the author. */
  left: Finding[];
}

/**
 * Applies every refresh edit, re-linting between passes (a figure and its block's citation
 * may overlap). A pass that leaves as many refreshable findings as it had is making no
 * progress and is dropped, so a second refresh of the result changes nothing.
 */
export function refreshAll(text: string, given: LintOptions = {}, maxPasses = 5): RefreshResult {
  // Only the rules that judge figures against the release: the others have nothing to say here.
  const options: LintOptions = { ...given, rules: given.rules ?? REFRESHING };
  let current = text;
  let applied = 0;
  let result = lint(current, options);
  for (let pass = 0; pass < maxPasses; pass++) {
    const edits = refreshEdits(result.findings);
    if (edits.length === 0) break;
    const outcome = applyFixes(current, edits);
    if (outcome.applied === 0) break;
    const next = lint(outcome.text, options);
    if (refreshEdits(next.findings).length >= edits.length) break;
    applied += outcome.applied;
    current = outcome.text;
    result = next;
  }
  return { text: current, applied, result, left: result.findings.filter(isLeftAlone) };
}

/** The refresh of `text` as offset edits to `text` itself (every pass applied), for an editor's WorkspaceEdit. */
export function refreshDocumentEdits(text: string, options: LintOptions = {}): { edits: Fix[]; applied: number; left: Finding[] } {
  const refreshed = refreshAll(text, options);
  return { edits: editsBetween(text, refreshed.text), applied: refreshed.applied, left: refreshed.left };
}
