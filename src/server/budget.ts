// The outcomes of a job that did not finish: over the time budget, or no longer wanted.
export class OverBudget extends Error {}

/** Milliseconds one lint of an open document may take, unless the client says otherwise. */
export const DEFAULT_BUDGET_MS = 3000;
export class Cancelled extends Error {}

export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** Why a document was not checked, for its one "not checked: …" diagnostic: over budget, or the lint failed. */
export function notCheckedReason(error: unknown, budgetMs: number): string {
  if (error instanceof OverBudget) return `this document takes too long to parse (over ${formatSeconds(budgetMs)})`;
  const message = error instanceof Error ? error.message : String(error);
  return `the lint failed: ${message.split('\n')[0]!}`;
}
