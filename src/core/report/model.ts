// The site report's content, as plain data: the summary, one row per article, one entry per
// role across the site, and the claims that match an older release. The HTML page, the
// JSON output and the Markdown summary are three views of this one model.
import type { Finding, Severity } from '../types.js';
import type { ClaimStatus, SiteClaim, SiteOccupation } from '../site/claims.js';
import type { SitePage } from '../site/page.js';
import type { ReadabilitySummary } from '../readability/summary.js';
import { roleKey } from '../text/role-names.js';
import { about, missingSection } from '../finding-data.js';
import { totalWithParts } from '../text/plural.js';

export interface ReportInput {
  /** The path as people read it; also the link's target, relative to the report. */
  display: string;
  isArticle: boolean;
  error?: string;
  findings: readonly Finding[];
  claims?: readonly SiteClaim[];
  /** The article's roles and readability, measured where it was linted. */
  page?: SitePage | undefined;
}

export type ArticleStatus = 'clean' | 'warnings' | 'errors' | 'failed';

export interface ArticleRow {
  file: string;
  status: ArticleStatus;
  error?: string;
  errors: number;
  warnings: number;
  infos: number;
  /** All five comparison sections present. */
  complete: boolean;
  rules: string[];
  /** The article's readability numbers, as inspect, the preview and the hover show them. */
  readability?: ReadabilitySummary;
  findings: Array<{ ruleId: string; severity: Severity; message: string; line: number; column: number }>;
}

export interface RoleFigure {
  file: string;
  line: number;
  raw: string;
  annual: number;
  status: ClaimStatus;
  /** Differs from another article's figure for the role (cross-article-salary). */
  inconsistent: boolean;
}

export interface RoleEntry {
  role: string;
  occupation?: SiteOccupation;
  figures: RoleFigure[];
  inconsistent: boolean;
}

export interface StaleClaim {
  file: string;
  line: number;
  role: string;
  raw: string;
  release: string;
  current?: string;
}

export interface SiteReport {
  summary: {
    articles: number;
    skipped: number;
    failed: number;
    errors: number;
    warnings: number;
    infos: number;
    complete: number;
    salary: Record<ClaimStatus, number>;
  };
  articles: ArticleRow[];
  roles: RoleEntry[];
  stale: StaleClaim[];
}

function row(input: ReportInput): ArticleRow {
  const count = (s: Severity) => input.findings.filter((f) => f.severity === s).length;
  const [errors, warnings, infos] = [count('error'), count('warning'), count('info')];
  const status: ArticleStatus = input.error !== undefined ? 'failed' : errors > 0 ? 'errors' : warnings > 0 ? 'warnings' : 'clean';
  return {
    file: input.display,
    status,
    ...(input.error !== undefined && { error: input.error }),
    errors,
    warnings,
    infos,
    complete: input.error === undefined && !input.findings.some((f) => missingSection(f) !== undefined),
    rules: [...new Set(input.findings.map((f) => f.ruleId))].sort(),
    ...(input.page && { readability: input.page.readability }),
    findings: input.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.start.line,
      column: f.start.column,
    })),
  };
}

export function buildSiteReport(inputs: readonly ReportInput[]): SiteReport {
  const shown = inputs.filter((i) => i.isArticle || i.error !== undefined);
  const articles = shown.map(row);
  const salary: Record<ClaimStatus, number> = { current: 0, outdated: 0, mismatched: 0, 'unknown-role': 0, unchecked: 0 };
  const roles = new Map<string, RoleEntry>();
  const stale: StaleClaim[] = [];
  for (const input of shown) {
    const flagged = new Set(input.findings.filter((f) => about(f, 'consistency')).map((f) => f.start.offset));
    for (const claim of input.claims ?? []) {
      salary[claim.status]++;
      const key = roleKey(claim.role);
      let entry = roles.get(key);
      if (!entry) roles.set(key, (entry = { role: claim.role, figures: [], inconsistent: false }));
      if (!entry.occupation && claim.occupation) entry.occupation = claim.occupation;
      const inconsistent = flagged.has(claim.start.offset);
      entry.inconsistent ||= inconsistent;
      entry.figures.push({
        file: input.display,
        line: claim.start.line,
        raw: claim.raw,
        annual: claim.annual,
        status: claim.status,
        inconsistent,
      });
      if (claim.staleRelease !== undefined) {
        stale.push({
          file: input.display,
          line: claim.start.line,
          role: claim.role,
          raw: claim.raw,
          release: claim.staleRelease,
          ...(claim.occupation && { current: claim.occupation.citation }),
        });
      }
    }
  }
  const sum = (key: 'errors' | 'warnings' | 'infos') => articles.reduce((n, a) => n + a[key], 0);
  return {
    summary: {
      articles: articles.filter((a) => a.status !== 'failed').length,
      skipped: inputs.length - shown.length,
      failed: articles.filter((a) => a.status === 'failed').length,
      errors: sum('errors'),
      warnings: sum('warnings'),
      infos: sum('infos'),
      complete: articles.filter((a) => a.complete).length,
      salary,
    },
    articles,
    // Roles stated in more than one place first, inconsistent ones on top; then by name.
    roles: [...roles.values()].sort(
      (a, b) => Number(b.inconsistent) - Number(a.inconsistent) || b.figures.length - a.figures.length || a.role.localeCompare(b.role),
    ),
    stale,
  };
}

/** "14 salary claims: 8 current, 6 mismatched": the total beside its non-zero parts, in the report's order. */
export function salaryClaims(salary: Record<ClaimStatus, number>): string {
  return totalWithParts('salary claim', [
    ['current', salary.current],
    ['out of date', salary.outdated],
    ['mismatched', salary.mismatched],
    ['with an unknown role', salary['unknown-role']],
    ['unchecked', salary.unchecked],
  ]);
}
