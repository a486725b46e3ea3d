// What the site pass and the site report need of an article beyond its salary claims, as plain
// data that outlives it (lint workers return it, the lint cache keeps it): the two roles it
// compares and where its title is, for the duplicate-pair check, and, when an output shows it
// (the site report's article table, and `lint --format json` for `report --from`), its
// readability summary. Measuring readability is a tenth of a lint's CPU, so a plain lint, which
// only runs the site pass, asks for the page without it.
import type { Article } from '../model/article.js';
import type { ResolvedConfig } from '../config/resolve.js';
import type { Point } from '../types.js';
import { articleSummary, type ReadabilitySummary } from '../readability/summary.js';

export interface SitePage {
  /** The two roles the article compares, as it names them. */
  roles?: [string, string];
  /** The title's span (the first line without a title): where a site finding about the whole article goes. */
  start: Point;
  end: Point;
  /** Present when the page was asked for with it (`readability: true`); absent means not measured, not "no prose". */
  readability?: ReadabilitySummary;
}

/** What a consumer of the page reads beyond the roles and the title's span. */
export interface SitePageNeeds {
  readability: boolean;
}

/** The whole page unless the caller says it needs less. */
export function sitePage(article: Article, config: ResolvedConfig, needs: SitePageNeeds = { readability: true }): SitePage {
  const start = article.title?.start ?? article.lines.point(0);
  const end = article.title?.end ?? article.lines.point(article.lines.lineEnd(1));
  return {
    ...(article.roles && { roles: article.roles }),
    start,
    end,
    ...(needs.readability && { readability: articleSummary(article, config) }),
  };
}
