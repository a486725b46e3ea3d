// The article model as plain JSON, for `career-articles inspect` and for tools that
// want the structure without the rules.
import type { Article } from './model/article.js';
import type { SectionKey } from './model/sections.js';
import { salaryClaims } from './claims/salary-claims.js';
import { listClaims, type ListedClaim } from './judged/claim-list.js';
import type { ResolvedConfig } from './config/resolve.js';
import type { SalaryPeriod, SalaryStatistic } from './claims/expressions.js';
import type { RoleIndex } from './dataset/types.js';
import { articleRoles } from './model/article-roles.js';
import { resolveRole } from './dataset/names/resolve-role.js';
import type { MatchKind } from './dataset/names/match-role.js';
import { readabilityOf, sectionSummary, summarize, type ReadabilitySummary } from './readability/summary.js';

export interface RoleSummary {
  role: string;
  /** Every name the article uses for the role (its own abbreviation or expansion). */
  names: string[];
  /** The name the dataset is asked about: the article's own expansion of an abbreviation wins. */
  lookup: string;
  /** How the dataset matched it (absent without a dataset): the kind, the name met, the occupation. */
  match?: { kind: MatchKind; matched: string; soc: string; occupation: string } | null;
}

export type { ReadabilitySummary } from './readability/summary.js';

export interface ArticleSummary {
  /** The syntax the file was read as. */
  syntax: Article['syntax'];
  title: string | null;
  /** Where the title was read ("h1", "front-matter"), or "heading" when the roles came from the headings. */
  titleSource: 'h1' | 'front-matter' | 'heading' | null;
  roles: [string, string] | null;
  /** Where the roles were read: the title, the comparison heading or the two definitions. */
  rolesFrom: Article['rolesFrom'] | null;
  roleMatches: RoleSummary[];
  definitions: Array<{ role: string; heading: string; line: number; words: number }>;
  sections: Array<{ key: SectionKey | null; heading: string; line: number; words: number; readability: ReadabilitySummary }>;
  /** The whole article's readability (rule `readability` judges it against the team's targets). */
  readability: ReadabilitySummary;
  /**
   * Every claim of any kind, wherever it stands, with the verdict the rules gave it (absent
   * without a dataset and config): `start`/`end` are offsets, `line`/`column` where it starts.
   */
  claims?: Array<ListedClaim & { line: number; column: number; text: string }>;
  salaryClaims: Array<{
    role: string | null;
    period: SalaryPeriod;
    statistic: SalaryStatistic;
    line: number;
    text: string;
    annual?: number;
    annualLow?: number;
    annualHigh?: number;
  }>;
}

function roleSummaries(article: Article, dataset: RoleIndex | undefined): RoleSummary[] {
  return articleRoles(article).map(({ name, names, lookup }) => {
    if (!dataset) return { role: name, names, lookup };
    const best = resolveRole(article, dataset, name).matches[0];
    const match = best && { kind: best.kind, matched: best.matched, soc: best.occupation.soc, occupation: best.occupation.title };
    return { role: name, names, lookup, match: match ?? null };
  });
}

/** The article's claims as `inspect` lists them: each with where it stands and its words. */
function claimSummaries(article: Article, dataset: RoleIndex, config: ResolvedConfig): NonNullable<ArticleSummary['claims']> {
  return listClaims(article, dataset, config).map((claim) => {
    const { line, column } = article.lines.point(claim.start);
    return { ...claim, line, column, text: article.text.slice(claim.start, claim.end) };
  });
}

/**
 * `longSentenceWords`: the config's `readability` option, so the shares shown are the rule's;
 * `config`: the lint's, so the claims' verdicts are the rules'.
 */
export function inspect(article: Article, dataset?: RoleIndex, longSentenceWords?: number, config?: ResolvedConfig): ArticleSummary {
  const titleSource = article.titleSource ?? (article.roles ? 'heading' : undefined);
  return {
    syntax: article.syntax,
    title: article.title?.text ?? null,
    titleSource: titleSource ?? null,
    roles: article.roles ?? null,
    rolesFrom: article.rolesFrom ?? null,
    roleMatches: roleSummaries(article, dataset),
    definitions: article.definitions.map((d) => ({ role: d.role, heading: d.heading.text, line: d.heading.start.line, words: d.words })),
    sections: article.sections.map((s) => ({
      key: s.key ?? null,
      heading: s.heading.text,
      line: s.heading.start.line,
      words: s.words,
      readability: sectionSummary(article, s, longSentenceWords),
    })),
    readability: summarize(readabilityOf(article, longSentenceWords)),
    ...(dataset && config && { claims: claimSummaries(article, dataset, config) }),
    salaryClaims: salaryClaims(article).map(({ role, figure, line }) => ({
      role: role ?? null,
      period: figure.period,
      statistic: figure.statistic,
      line,
      text: figure.raw,
      ...(figure.annual !== undefined ? { annual: figure.annual } : { annualLow: figure.annualLow, annualHigh: figure.annualHigh }),
    })),
  };
}
