// The site report as a pull-request comment: the summary, the inconsistent roles and the
// out-of-date claims. Table cells are escaped so an article's text cannot break the table.
import type { SiteReport } from '../../core/report/model.js';

const cell = (text: string | number) =>
  String(text)
    .replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');

export function renderMarkdown(report: SiteReport): string {
  const s = report.summary;
  const lines = [
    '## Career Articles site report',
    '',
    `**${s.articles}** articles (${s.complete} complete, ${s.skipped} skipped files, ${s.failed} unreadable): **${s.errors}** errors, ${s.warnings} warnings, ${s.infos} infos.`,
    '',
    `Salary claims: ${s.salary.current} current, ${s.salary.outdated} out of date, ${s.salary.mismatched} mismatched, ${s.salary['unknown-role']} unknown role.`,
  ];
  const inconsistent = report.roles.filter((r) => r.inconsistent);
  if (inconsistent.length > 0) {
    lines.push('', '### Roles stated at different figures', '', '| role | figures | BLS |', '| --- | --- | --- |');
    for (const role of inconsistent) {
      const figures = role.figures.map((f) => `${cell(f.raw)} (${cell(f.file)}:${f.line})`).join('<br>');
      lines.push(
        `| ${cell(role.role)} | ${figures} | ${role.occupation ? cell(`${role.occupation.title}, ${role.occupation.citation}`) : 'unknown'} |`,
      );
    }
  }
  if (report.stale.length > 0) {
    lines.push('', '### Claims that match an older release', '');
    for (const c of report.stale) lines.push(`- ${cell(c.file)}:${c.line}: ${cell(c.raw)} for ${cell(c.role)} matches ${cell(c.release)}`);
  }
  const failing = report.articles.filter((a) => a.status === 'errors' || a.status === 'failed');
  if (failing.length > 0) {
    lines.push('', '### Articles with errors', '');
    for (const a of failing) lines.push(`- ${cell(a.file)}: ${a.error !== undefined ? cell(a.error) : `${a.errors} errors`}`);
  }
  return `${lines.join('\n')}\n`;
}
