// The outcomes of a job that did not finish: over the time budget, or no longer wanted.
export class OverBudget extends Error {}
export class Cancelled extends Error {}

export function formatSeconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}
