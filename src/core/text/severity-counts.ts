// A count of findings by severity in words ("1 error, 2 warnings"), for the status bar and
// reports. Three fixed nouns, so no pluraliser: the client bundle stays small.
const NOUNS = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['info', 'infos'] } as const;
type Totals = Record<keyof typeof NOUNS, number>;

/** "1 error, 2 warnings" from counts by severity (those that occur, most severe first), or `none`. */
export function totalsText(totals: Totals, none = 'no problems'): string {
  const parts = (['error', 'warning', 'info'] as const).flatMap((severity) => {
    const n = totals[severity];
    return n > 0 ? [`${n.toLocaleString('en-US')} ${NOUNS[severity][n === 1 ? 0 : 1]}`] : [];
  });
  return parts.length > 0 ? parts.join(', ') : none;
}

/** "1 error, 2 warnings" (the severities that occur, most severe first), or `none` when there are none. */
export function severityCounts(findings: ReadonlyArray<{ severity: string }>, none = 'no problems'): string {
  const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
  return totalsText({ error: count('error'), warning: count('warning'), info: count('info') }, none);
}
