// The machine format: one entry per article (and per file that could not be read), with
// 1-based positions. A stable, documented shape; see `career-articles lint --help`.
import { reported, type Formatter } from '../report.js';

export const formatJson: Formatter = (reports) => {
  const entries = reported(reports).map((report) => ({
    file: report.display,
    ...(report.error !== undefined && { error: report.error }),
    findings: report.findings.map((f) => ({
      ruleId: f.ruleId,
      severity: f.severity,
      message: f.message,
      line: f.start.line,
      column: f.start.column,
      endLine: f.end.line,
      endColumn: f.end.column,
      ...(f.data !== undefined && { data: f.data }),
    })),
  }));
  return `${JSON.stringify(entries, null, 2)}\n`;
};
