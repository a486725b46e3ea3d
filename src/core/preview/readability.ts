// The preview header's readability: the one summary every host reads (readability/summary.ts),
// with its line of text made here, so the page draws text and computes nothing.
import type { Article } from '../model/article.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { articleSummary, readabilityLine } from '../readability/summary.js';
import type { PreviewReadability } from './types.js';

export function previewReadability(article: Article, config: ResolvedConfig): PreviewReadability {
  const numbers = articleSummary(article, config);
  return { text: readabilityLine(numbers), numbers };
}
