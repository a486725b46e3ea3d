// The human format, after ESLint's "stylish": each file's path, then one aligned row per
// finding (line:column, severity, message, rule id), then one summary line that also counts
// the files linted and skipped. Nothing at all when every file was linted and clean.
import type { Finding, Severity } from '../../core/index.js';
import { countTotals, reported, type Formatter } from '../report.js';
import { styles, type Styles } from './colors.js';

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

function severityStyle(s: Styles, severity: Severity): (text: string) => string {
  return severity === 'error' ? s.red : severity === 'warning' ? s.yellow : s.blue;
}

function rows(findings: readonly Finding[], s: Styles): string[] {
  const lineWidth = Math.max(...findings.map((f) => String(f.start.line).length));
  const columnWidth = Math.max(...findings.map((f) => String(f.start.column).length));
  const severityWidth = Math.max(...findings.map((f) => f.severity.length));
  const messageWidth = Math.max(...findings.map((f) => f.message.length));
  return findings.map((f) => {
    const place = `${String(f.start.line).padStart(lineWidth)}:${String(f.start.column).padEnd(columnWidth)}`;
    const severity = severityStyle(s, f.severity)(f.severity.padEnd(severityWidth));
    return `  ${s.dim(place)}  ${severity}  ${f.message.padEnd(messageWidth)}  ${s.dim(f.ruleId)}`.trimEnd();
  });
}

export const formatStylish: Formatter = (reports, context) => {
  const s = styles(context.color);
  const shown = reported(reports).filter((r) => r.error !== undefined || r.findings.length > 0);
  const all = countTotals(reports);
  const files = `${plural(all.linted, 'file')} linted, ${all.skipped} skipped`;
  if (shown.length === 0) return all.skipped > 0 ? `${s.dim(`No problems: ${files} (not comparison articles)`)}\n` : '';
  const lines: string[] = [];
  for (const report of shown) {
    lines.push(s.underline(report.display));
    if (report.error !== undefined) lines.push(`  ${s.red('error')}  ${report.error}`);
    if (report.findings.length > 0) lines.push(...rows(report.findings, s));
    lines.push('');
  }
  const totals = countTotals(shown);
  const errors = totals.errors + totals.failedFiles;
  const problems = errors + totals.warnings + totals.infos;
  const summary = `✖ ${plural(problems, 'problem')} (${plural(errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${plural(totals.infos, 'info')}) in ${files}`;
  lines.push((errors > 0 ? s.red : s.yellow)(s.bold(summary)));
  if (totals.fixable > 0 && !context.fixed) lines.push(`  ${totals.fixable} fixable with --fix`);
  return `${lines.join('\n')}\n`;
};
