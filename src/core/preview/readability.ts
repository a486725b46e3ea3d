// The preview's readability: the header's is the one summary every host reads
// (readability/summary.ts), each section row's is measured the way inspect measures a section;
// the line of text is made here, so the page draws text and computes nothing.
import type { Article } from '../model/article.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { articleSummary, longSentenceWordsOf, readabilityLine, summarize } from '../readability/summary.js';
import { measure, paragraphsOf } from '../readability/measure.js';
import type { PreviewReadability, PreviewRow } from './types.js';

export function previewReadability(article: Article, config: ResolvedConfig): PreviewReadability {
  const numbers = articleSummary(article, config);
  return { text: readabilityLine(numbers), numbers };
}

/** Each section row's numbers: the paragraphs of every section the row holds, measured together. */
export function addSectionReadability(article: Article, rows: readonly PreviewRow[], config: ResolvedConfig): void {
  const words = longSentenceWordsOf(config);
  for (const row of rows) {
    if (row.id === 'definitions' || row.missing) continue;
    const nodes = article.sections.filter((s) => s.key === row.id).flatMap((s) => s.nodes);
    const numbers = summarize(measure(paragraphsOf(article, nodes), words));
    if (numbers.words > 0) row.readability = { text: readabilityLine(numbers), numbers };
  }
}
