// The site report as a pull-request comment: the summary, the inconsistent roles and the
// out-of-date claims. Table cells are escaped so an article's text cannot break the table.
import { salaryClaims, type SiteReport } from '../../core/report/model.js';
import { countOf } from '../../core/text/plural.js';

const capitalised = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

const cell = (text: string | number) =>
  String(text)
    .replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');

export function renderMarkdown(report: SiteReport): string {
  const s = report.summary;
  const lines = [
    '## Career Articles site report',
    '',
    `**${countOf(s.articles, 'article')}** (${s.complete} complete, ${countOf(s.skipped, 'skipped file')}, ${s.failed} unreadable): ` +
      `**${countOf(s.errors, 'error')}**, ${countOf(s.warnings, 'warning')}, ${countOf(s.infos, 'info')}.`,
    '',
    `${capitalised(salaryClaims(s.salary))}.`,
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
    for (const a of failing) lines.push(`- ${cell(a.file)}: ${a.error !== undefined ? cell(a.error) : countOf(a.errors, 'error')}`);
  }
  return `${lines.join('\n')}\n`;
}
