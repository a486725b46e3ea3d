// Hover content for every salary figure, projection claim and role mention of an article, as
// plain data the host answers hovers from without parsing again: the matched occupation's card,
// and for a claim the verdict its rule gives it (claims/salary-verdicts.ts, outlook-verdicts.ts),
// read, not recomputed.
import type { LintResult } from '../core/lint.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import type { RoleIndex } from '../core/dataset/types.js';
import { resolveRole } from '../core/dataset/names/resolve-role.js';
import { describeMatch } from '../core/dataset/names/match-role.js';
import { judgedOutlooks, judgedSalaries } from '../core/judged/settings.js';
import { outlookSummaryOf } from '../core/judged/outlook-summary.js';
import { outlookSpan } from '../core/judged/claim-list.js';
import { verdictFor } from '../core/claims/salary-verdicts.js';
import { occupationCard, outlookVerdictLine } from '../core/judged/card.js';
import { findRoleMentions } from '../core/text/role-mentions.js';
import { withTitleHover } from './title-hover.js';

import type { HoverTable } from './hover-table.js';

export type { HoverSpan, HoverTable } from './hover-table.js';

const SEPARATOR = '\n\n---\n\n';

export function hoverTable(result: LintResult, index: RoleIndex | undefined, config: ResolvedConfig): HoverTable {
  const table: HoverTable = { cards: [], spans: [] };
  const { article } = result;
  if (!result.isArticle || !article.roles || !index) return withTitleHover(table, result, config);
  const claimed: Array<[number, number]> = [];
  for (const judgement of judgedSalaries(article, index, config)) {
    const { claim, matches } = judgement;
    if (matches.length === 0) continue;
    const cards = matches.map((m) => occupationCard(m.occupation, verdictFor(judgement, m.occupation), claim.figure.raw, describeMatch(m)));
    table.spans.push({ start: claim.figure.start, end: claim.figure.end, card: table.cards.push(cards.join(SEPARATOR)) - 1 });
    claimed.push([claim.figure.start, claim.figure.end]);
  }
  addOutlookClaims(table, result, index, config, claimed);
  for (const role of article.roles) {
    const { matches } = resolveRole(article, index, role);
    if (matches.length === 0) continue;
    const card =
      table.cards.push(matches.map((m) => occupationCard(m.occupation, undefined, undefined, describeMatch(m))).join(SEPARATOR)) - 1;
    for (const mention of findRoleMentions(article.text, role)) {
      if (claimed.some(([s, e]) => mention.start < e && s < mention.end)) continue;
      table.spans.push({ start: mention.start, end: mention.end, card });
    }
  }
  return withTitleHover(table, result, config);
}

/**
 * Every projection claim (outlook percent or wording, employment, change, openings, self-employed
 * share) leads its card with its verdict and BLS's figure, read from outlook-mismatch's verdicts.
 */
function addOutlookClaims(
  table: HoverTable,
  result: LintResult,
  index: RoleIndex,
  config: ResolvedConfig,
  claimed: Array<[number, number]>,
): void {
  for (const judgement of judgedOutlooks(result.article, index, config)) {
    const summary = outlookSummaryOf(judgement);
    if (!summary || !judgement.occupation) continue;
    const [start, end] = outlookSpan(judgement);
    const match = resolveRole(result.article, index, judgement.role!).matches.find((m) => m.occupation === judgement.occupation);
    const card = occupationCard(judgement.occupation, undefined, undefined, match && describeMatch(match));
    const line = outlookVerdictLine(summary, result.article.text.slice(start, end));
    table.spans.push({ start, end, card: table.cards.push(`${line}\n\n${card}`) - 1 });
    claimed.push([start, end]);
  }
}

/** The hover at `offset`: a figure's card before a role's. */
export function hoverAt(table: HoverTable, offset: number): { start: number; end: number; markdown: string } | undefined {
  const span = table.spans.find((s) => s.start <= offset && offset < s.end);
  return span && { start: span.start, end: span.end, markdown: table.cards[span.card]! };
}
