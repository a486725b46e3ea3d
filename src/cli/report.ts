// One file's outcome, as every formatter sees it, and the counts the summary and the exit
// code are computed from.
import type { Finding, SiteClaim } from '../core/index.js';

export interface FileReport {
  /** Absolute path. */
  path: string;
  /** Path relative to the working folder, as printed. */
  display: string;
  isArticle: boolean;
  /** Why the file could not be read (or, with --fix, written); the run goes on. */
  error?: string;
  findings: Finding[];
  /** The article's salary claims, when the run asked for them. */
  claims?: SiteClaim[];
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Files that could not be read or written. */
  failedFiles: number;
}

export function countTotals(reports: readonly FileReport[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0, failedFiles: 0 };
  for (const report of reports) {
    if (report.error !== undefined) totals.failedFiles++;
    for (const finding of report.findings) {
      if (finding.severity === 'error') totals.errors++;
      else if (finding.severity === 'warning') totals.warnings++;
      else totals.infos++;
      if (finding.fix) totals.fixable++;
    }
  }
  return totals;
}

/** Only what the user asked to see: articles and files with a problem reading them. */
export function reported(reports: readonly FileReport[]): FileReport[] {
  return reports.filter((r) => r.isArticle || r.error !== undefined);
}

export interface FormatContext {
  cwd: string;
  color: boolean;
  /** The run applied fixes, so "fixable with --fix" would be noise. */
  fixed: boolean;
}

export type Formatter = (reports: readonly FileReport[], context: FormatContext) => string;
