// What the site pass and the site report need of an article beyond its salary claims, as plain
// data that outlives it (lint workers return it, the lint cache keeps it): the two roles it
// compares and where its title is, for the duplicate-pair check, and its readability summary,
// for the report's article table.
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
  readability: ReadabilitySummary;
}

export function sitePage(article: Article, config: ResolvedConfig): SitePage {
  const start = article.title?.start ?? article.lines.point(0);
  const end = article.title?.end ?? article.lines.point(article.lines.lineEnd(1));
  return { ...(article.roles && { roles: article.roles }), start, end, readability: articleSummary(article, config) };
}
