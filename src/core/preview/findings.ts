// Which row of the preview each finding belongs to: the row whose source (heading to end of
// body) holds its start offset. A few findings are anchored on the title but are about one
// row (a missing section, a missing definition, a role the dataset does not know): their
// topic and data say which. Everything else goes to the header.
import type { Finding } from '../types.js';
import type { Article } from '../model/article.js';
import { about, missingDefinition, missingSection } from '../finding-data.js';
import { linesOf } from './sentences.js';
import type { PreviewFinding, RowId } from './types.js';

export function toPreviewFinding(article: Article, finding: Finding): PreviewFinding {
  return {
    ruleId: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
    lines: linesOf(article, finding.start.offset, Math.max(finding.start.offset + 1, finding.end.offset)),
    column: finding.start.column,
  };
}

function rowByData(finding: Finding): RowId | undefined {
  const section = missingSection(finding);
  if (section) return section;
  if (missingDefinition(finding) !== undefined) return 'definitions';
  // A role the dataset does not know: its salary cannot be checked.
  if (about(finding, 'role')) return 'salary';
  return undefined;
}

/** The row of each finding, or 'header'. */
export function rowOfFinding(article: Article, finding: Finding): RowId | 'header' {
  const byData = rowByData(finding);
  if (byData) return byData;
  const offset = finding.start.offset;
  const inside = (s: { heading: { start: { offset: number } }; bodyEnd: number }) => s.heading.start.offset <= offset && offset < s.bodyEnd;
  if (article.definitions.some(inside)) return 'definitions';
  const section = article.sections.find((s) => s.key !== undefined && inside(s));
  return section?.key ?? 'header';
}
