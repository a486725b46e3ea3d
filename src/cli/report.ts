// One file's outcome, as every formatter sees it, and the counts the summary and the exit
// code are computed from.
import { NOT_AN_ARTICLE, type Finding, type SiteClaim, type SitePage } from '../core/index.js';
import type { ResolvedConfig, RuleSetting } from '../core/config/resolve.js';
import { withSiteFindings } from '../core/site/check.js';

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
  /** With the claims: the article's roles and readability (site/page.ts). */
  page?: SitePage;
  /** The site rules' settings for this article (json output: what `report --from` judges the site with). */
  siteRules?: Record<string, RuleSetting>;
  /** `refresh`: edits applied (or, with --dry-run, to apply, with their diff) and the findings left. */
  refreshed?: { applied: number; left: Finding[]; patch?: string };
}

/** Why a file that was read was not linted: it is not a comparison article. */
export function skippedReason(report: FileReport): string | undefined {
  return !report.isArticle && report.error === undefined ? NOT_AN_ARTICLE : undefined;
}

export interface Totals {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
  /** Files that could not be read or written. */
  failedFiles: number;
  linted: number;
  /** Files read but not linted: not comparison articles. */
  skipped: number;
}

export function countTotals(reports: readonly FileReport[]): Totals {
  const totals: Totals = { errors: 0, warnings: 0, infos: 0, fixable: 0, failedFiles: 0, linted: 0, skipped: 0 };
  for (const report of reports) {
    if (report.error !== undefined) totals.failedFiles++;
    else if (report.isArticle) totals.linted++;
    else totals.skipped++;
    for (const finding of report.findings) {
      if (finding.severity === 'error') totals.errors++;
      else if (finding.severity === 'warning') totals.warnings++;
      else totals.infos++;
      if (finding.fix) totals.fixable++;
    }
  }
  return totals;
}

/** Articles and files with a problem reading them: what has findings or errors to show. */
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

/** The cross-article pass over the reports' claims: each report's findings with the site's added, in order. */
export function siteFindingsOf<R extends FileReport>(
  reports: readonly R[],
  configOf: (report: R, index: number) => ResolvedConfig,
): Finding[][] {
  return withSiteFindings(
    reports.map((report, i) => ({
      findings: report.findings,
      site: report.claims && {
        path: report.path,
        display: report.display,
        claims: report.claims,
        ...(report.page && { page: report.page }),
        config: configOf(report, i),
      },
    })),
  );
}
