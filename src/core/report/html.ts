// The site report's page body, shared by the CLI's self-contained HTML file (cli/site/html.ts)
// and VS Code's Site Report webview, each of which wraps it in its own CSP: every text from an
// article is escaped here, and nothing in the body loads anything. Each link names its file
// and line in data attributes, for a host that opens files itself (the webview).
import { salaryClaims, type ArticleRow, type RoleEntry, type SiteReport } from './model.js';
import { readabilityLine } from '../readability/summary.js';
import { formatUsd } from '../display/format-usd.js';
import { escapeHtml } from '../text/escape-html.js';
import { nounFor } from '../text/plural.js';

/** A link to the file (relative to the report, each path segment percent-encoded), at `line`. */
const link = (file: string, line: number | undefined, text: string) =>
  `<a href="${escapeHtml(file.split(/[\\/]/).map(encodeURIComponent).join('/'))}" data-file="${escapeHtml(file)}"${line === undefined ? '' : ` data-line="${line}"`}>${text}</a>`;

function summary(report: SiteReport): string {
  const s = report.summary;
  // A noun card agrees with its count ("1 error"); a part's label is an adjective ("8 current").
  const card = (label: string, value: number, cls = '') => `<li class="${cls}"><b>${value}</b>${escapeHtml(label)}</li>`;
  const noun = (singular: string, value: number, cls = '') => card(nounFor(value, singular), value, cls);
  return `<ul class="cards">${[
    noun('article', s.articles),
    noun('skipped file', s.skipped),
    noun('unreadable file', s.failed, s.failed ? 'status-failed' : ''),
    noun('error', s.errors, s.errors ? 'status-errors' : ''),
    noun('warning', s.warnings),
    noun('info', s.infos),
    card('complete (all five sections)', s.complete),
  ].join('')}</ul>
<ul class="cards" aria-label="${escapeHtml(salaryClaims(s.salary))}">${[
    // The total first, its parts beside it: the parts add up to it.
    noun(
      'salary claim',
      Object.values(s.salary).reduce((sum, n) => sum + n, 0),
    ),
    card('current', s.salary.current, 'current'),
    card('out of date', s.salary.outdated, 'outdated'),
    card('mismatched', s.salary.mismatched, 'mismatched'),
    card('unknown role', s.salary['unknown-role']),
    card('unchecked', s.salary.unchecked),
  ].join('')}</ul>`;
}

/** The article's Flesch reading ease, sortable, with the other numbers on hover (the one line every host shows). */
function readabilityCell(a: ArticleRow): string {
  const ease = a.readability?.readingEase;
  if (!a.readability || ease === null || ease === undefined) return '<td data-value="">–</td>';
  return `<td data-value="${ease}" title="${escapeHtml(readabilityLine(a.readability))}">${ease}</td>`;
}

function articlesTable(report: SiteReport): string {
  const rules = [...new Set(report.articles.flatMap((a) => a.rules))].sort();
  const statuses = ['clean', 'warnings', 'errors', 'failed'];
  const option = (v: string) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`;
  const rows = report.articles.map((a) => {
    const first = a.findings[0];
    const findings = a.findings
      .map(
        (f) =>
          `<li>${link(a.file, f.line, `${f.line}:${f.column}`)} ${escapeHtml(f.severity)} ${escapeHtml(f.message)} <code>${escapeHtml(f.ruleId)}</code></li>`,
      )
      .join('');
    return `<tr data-status="${a.status}" data-rules="${escapeHtml(a.rules.join(' '))}">
<td>${link(a.file, first?.line, `${escapeHtml(a.file)}${first ? `:${first.line}` : ''}`)}${a.error !== undefined ? ` <span class="status-failed">${escapeHtml(a.error)}</span>` : ''}${findings ? `<ul class="findings">${findings}</ul>` : ''}</td>
<td class="status-${a.status}">${a.status}</td><td data-value="${a.errors}">${a.errors}</td><td data-value="${a.warnings}">${a.warnings}</td><td data-value="${a.infos}">${a.infos}</td><td>${a.complete ? 'yes' : 'no'}</td>${readabilityCell(a)}</tr>`;
  });
  return `<div class="filters"><label>Status <select id="status-filter"><option value="">all</option>${statuses.map(option).join('')}</select></label>
<label>Rule <select id="rule-filter"><option value="">all</option>${rules.map(option).join('')}</select></label></div>
<table id="articles"><thead><tr><th data-sort="text">Article</th><th data-sort="text">Status</th><th data-sort="number">Errors</th><th data-sort="number">Warnings</th><th data-sort="number">Infos</th><th data-sort="text">Complete</th><th data-sort="number" title="Flesch reading ease: higher is easier">Reading ease</th></tr></thead>
<tbody>${rows.join('\n')}</tbody></table>`;
}

/** The role's BLS 10th–90th band as a bar, its mean as a tick, each stated figure as a dot. */
function chart(entry: RoleEntry): string {
  const o = entry.occupation;
  const values = [...entry.figures.map((f) => f.annual), o?.p10, o?.p90, o?.mean].filter((v): v is number => v !== undefined);
  const low = Math.min(...values) * 0.9;
  const high = Math.max(...values) * 1.1;
  const x = (v: number) => (10 + ((v - low) / (high - low)) * 280).toFixed(1);
  const band =
    o?.p10 !== undefined && o.p90 !== undefined
      ? `<rect class="band" x="${x(o.p10)}" y="8" width="${(Number(x(o.p90)) - Number(x(o.p10))).toFixed(1)}" height="14"><title>BLS 10th–90th percentile ${formatUsd(o.p10)}–${formatUsd(o.p90)}</title></rect>`
      : '';
  const mean =
    o?.mean !== undefined
      ? `<line class="mean" x1="${x(o.mean)}" x2="${x(o.mean)}" y1="4" y2="26"><title>BLS mean ${formatUsd(o.mean)}</title></line>`
      : '';
  const dots = entry.figures
    .map(
      (f) =>
        `<circle class="dot ${f.inconsistent ? 'inconsistent' : 'consistent'}" cx="${x(f.annual)}" cy="15" r="5"><title>${escapeHtml(`${f.raw} in ${f.file}:${f.line}`)}</title></circle>`,
    )
    .join('');
  return `<svg width="300" height="40" viewBox="0 0 300 40" role="img" aria-label="${escapeHtml(`${entry.role} figures on the BLS band`)}">${band}${mean}${dots}<text x="10" y="38">${formatUsd(Math.round(low))}</text><text x="290" y="38" text-anchor="end">${formatUsd(Math.round(high))}</text></svg>`;
}

function rolesTable(report: SiteReport): string {
  const rows = report.roles.map((entry) => {
    const o = entry.occupation;
    const bls = o
      ? `${escapeHtml(o.title)} (${escapeHtml(o.soc)})<br>mean ${o.mean !== undefined ? formatUsd(o.mean) : 'n/a'}, median ${o.median !== undefined ? formatUsd(o.median) : 'n/a'}<br><small>${escapeHtml(o.citation)}</small>`
      : 'not in the dataset';
    const figures = entry.figures
      .map(
        (f) =>
          `<li class="${f.inconsistent ? 'inconsistent' : ''}"><span class="${f.status}">${escapeHtml(f.raw)}</span> in ${link(f.file, f.line, `${escapeHtml(f.file)}:${f.line}`)} (${escapeHtml(f.status)})</li>`,
      )
      .join('');
    return `<tr class="${entry.inconsistent ? 'inconsistent' : ''}"><td>${escapeHtml(entry.role)}${entry.inconsistent ? '<br><span class="inconsistent">inconsistent</span>' : ''}</td><td><ul class="findings">${figures}</ul></td><td>${bls}</td><td>${chart(entry)}</td></tr>`;
  });
  return `<table id="roles"><thead><tr><th>Role</th><th>Figures stated</th><th>Current BLS figure</th><th>Figures on the BLS 10th–90th band</th></tr></thead><tbody>${rows.join('\n')}</tbody></table>`;
}

function staleList(report: SiteReport): string {
  if (report.stale.length === 0) return '<p>No claim matches an older release.</p>';
  const items = report.stale.map(
    (s) =>
      `<li>${link(s.file, s.line, `${escapeHtml(s.file)}:${s.line}`)}: <span class="outdated">${escapeHtml(s.raw)}</span> for ${escapeHtml(s.role)} matches ${escapeHtml(s.release)}${s.current ? `; current: ${escapeHtml(s.current)}` : ''}</li>`,
  );
  return `<ul>${items.join('')}</ul>`;
}

/** The page's body: the summary, the article table, the roles across the site, the stale claims. */
export function reportBody(report: SiteReport, title: string): string {
  return `<h1>${escapeHtml(title)}</h1>
<h2>Summary</h2>${summary(report)}
<h2>Articles</h2>${articlesTable(report)}
<h2>Roles across the site</h2>${rolesTable(report)}
<h2>Claims that match an older release</h2>${staleList(report)}`;
}
