// The preview's list of a role's projection claims (outlook percent or wording, employment, change,
// openings, self-employed share), each with the verdict outlook-mismatch gave it and BLS's figure,
// read from the one judgement (judged/outlook-summary.ts), as the salary chart reads its figures'.
import type { Article } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { judgedOutlooks } from '../judged/settings.js';
import { outlookSpan } from '../judged/claim-list.js';
import { outlookSummaryOf } from '../judged/outlook-summary.js';
import { sameRole } from '../text/role-names.js';
import { linesOf } from './sentences.js';
import type { PreviewOutlookClaim } from './types.js';

export function outlookClaimViews(article: Article, index: RoleIndex, config: ResolvedConfig, role: string): PreviewOutlookClaim[] {
  return judgedOutlooks(article, index, config).flatMap((judgement) => {
    const summary = judgement.role !== undefined && sameRole(judgement.role, role) ? outlookSummaryOf(judgement) : undefined;
    if (!summary) return [];
    const [start, end] = outlookSpan(judgement);
    return [
      {
        raw: article.text.slice(start, end),
        verdict: summary.verdict,
        detail: `${summary.detail} · BLS ${summary.label} ${summary.expected}`,
        lines: linesOf(article, start, end),
      },
    ];
  });
}
