// The machine format: one entry per file, with 1-based positions: an article with its
// findings, a file that could not be read with its error, a file that is not an article
// with the reason it was skipped. A stable, documented shape; see `career-articles lint --help`.
// An article's entry also carries what the cross-article pass needs (its salary claims and the
// site rules' settings), so `report --from` can join the results of several shards
// (results.ts reads them back).
import { skippedReason, type FileReport, type Formatter } from '../report.js';

/** One file's entry, as printed (the tests and `report --from` read this shape). */
export type JsonEntry = ReturnType<typeof entryOf>;

const entryOf = (report: FileReport) => ({
  file: report.display,
  ...(report.error !== undefined && { error: report.error }),
  ...(skippedReason(report) !== undefined && { skipped: skippedReason(report) }),
  findings: report.findings.map((f) => ({
    ruleId: f.ruleId,
    messageId: f.messageId,
    ...(f.topic !== undefined && { topic: f.topic }),
    severity: f.severity,
    message: f.message,
    line: f.start.line,
    column: f.start.column,
    endLine: f.end.line,
    endColumn: f.end.column,
    offset: f.start.offset,
    endOffset: f.end.offset,
    ...(f.data !== undefined && { data: f.data }),
  })),
  ...(report.claims &&
    report.siteRules && { site: { claims: report.claims, ...(report.page && { page: report.page }), rules: report.siteRules } }),
});

export const formatJson: Formatter = (reports) => `${JSON.stringify(reports.map(entryOf), null, 2)}\n`;
