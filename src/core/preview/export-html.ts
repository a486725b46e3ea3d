// "Copy as HTML" / "Save as HTML": the comparison table as one standalone document, for
// editors who review outside VS Code. Inline CSS, no script, and a CSP that forbids scripts
// anyway; every piece of article text goes through escapeHtml, and positions are numbers
// this module formats itself.
import type { PreviewCell, PreviewModel, PreviewRow, RoleSalary, SalaryChart } from './types.js';
import { escapeHtml } from '../text/escape-html.js';
import { findingsLabel } from './labels.js';

export { escapeHtml };

const pct = (n: number) => `${Math.min(100, Math.max(0, n)).toFixed(2)}%`;

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;color:#1f2328;background:#fff;margin:2rem auto;max-width:1100px;padding:0 1rem}
h1{font-size:1.5rem;margin:0 0 .25rem}
.meta{color:#59636e;margin:0 0 1.25rem}
table{border-collapse:collapse;width:100%;table-layout:fixed}
th,td{border:1px solid #d1d9e0;padding:.6rem .75rem;vertical-align:top;text-align:left}
thead th{background:#f6f8fa}
th[scope=row]{width:14rem;background:#f6f8fa;font-weight:600}
.count{display:inline-block;margin-left:.4rem;padding:0 .45rem;border-radius:1rem;background:#eaeef2;font-size:.8em;font-weight:400}
.count.has{background:#ffebe9;color:#a40e26}
p{margin:0 0 .5rem}
.shared{color:#59636e;border-left:3px solid #d1d9e0;padding-left:.5rem}
.tag{font-size:.75em;text-transform:uppercase;letter-spacing:.04em;color:#59636e;margin-right:.35rem}
.caption{font-weight:600;margin-bottom:.35rem}
.missing{color:#a40e26;font-style:italic}
ul.findings{margin:.25rem 0 0;padding-left:1.1rem;font-size:.85em;color:#59636e;font-weight:400}
.chart{margin:.25rem 0 .75rem}
.track{position:relative;height:28px;background:#f6f8fa;border-radius:3px}
.grid{position:absolute;top:0;bottom:0;width:1px;background:#d1d9e0}
.band{position:absolute;top:9px;height:10px;background:#b6d4fe;border-radius:2px}
.band.open{border-radius:2px 0 0 2px;background:linear-gradient(90deg,#b6d4fe 70%,rgba(182,212,254,0))}
.box{position:absolute;top:5px;height:18px;background:#6ea8fe;border-radius:2px}
.mark{position:absolute;top:2px;width:2px;height:24px;margin-left:-1px;background:#1f2328}
.mark.mean{background:#8250df}
.claim{position:absolute;top:0;height:28px;min-width:4px;margin-left:-2px;border-radius:2px;opacity:.85}
.claim.fits{background:#1a7f37}.claim.misfit{background:#cf222e}.claim.unjudged{background:#9a6700}
.axis{position:relative;height:1.2rem;font-size:.75em;color:#59636e}
.axis span{position:absolute;transform:translateX(-50%)}
.legend{font-size:.85em;color:#59636e;margin:.35rem 0 0}
.verdict.fits{color:#1a7f37}.verdict.misfit{color:#cf222e}
@media (max-width:700px){table,thead,tbody,tr,th,td{display:block;width:auto}thead{display:none}}
`;

function cellHtml(cell: PreviewCell, row: PreviewRow): string {
  if (row.missing) return '<p class="missing">Missing section</p>';
  const caption = cell.caption ? `<div class="caption">${escapeHtml(cell.caption)}</div>` : '';
  if (cell.missing) return `${caption}<p class="missing">Missing definition</p>`;
  const sentences = cell.sentences
    .map((s) => (s.shared ? `<p class="shared"><span class="tag">Both</span>${escapeHtml(s.text)}</p>` : `<p>${escapeHtml(s.text)}</p>`))
    .join('');
  return caption + (sentences || '<p class="missing">Nothing about this role</p>');
}

function chartHtml(axis: SalaryChart['axis'], role: RoleSalary): string {
  if (!role.band || !role.occupation) return `<p class="missing">${escapeHtml(role.unavailable ?? 'No salary data')}</p>`;
  const { p10, p25, median, mean, p75, p90 } = role.band;
  const parts: string[] = axis.ticks.map((t) => `<div class="grid" style="left:${pct(t.pct)}"></div>`);
  if (p10 && p90)
    parts.push(
      `<div class="band${p90.atLeast ? ' open' : ''}" style="left:${pct(p10.pct)};width:${pct((p90.atLeast ? 100 : p90.pct) - p10.pct)}"></div>`,
    );
  if (p25 && p75) parts.push(`<div class="box" style="left:${pct(p25.pct)};width:${pct(p75.pct - p25.pct)}"></div>`);
  if (median) parts.push(`<div class="mark" title="Median ${escapeHtml(median.label)}" style="left:${pct(median.pct)}"></div>`);
  if (mean) parts.push(`<div class="mark mean" title="Mean ${escapeHtml(mean.label)}" style="left:${pct(mean.pct)}"></div>`);
  for (const c of role.claims) {
    const kind = c.fits === undefined ? 'unjudged' : c.fits ? 'fits' : 'misfit';
    parts.push(
      `<div class="claim ${kind}" title="${escapeHtml(`${c.raw}: ${c.detail}`)}" style="left:${pct(c.from)};width:${pct(c.to - c.from)}"></div>`,
    );
  }
  const ticks = axis.ticks.map((t) => `<span style="left:${pct(t.pct)}">${escapeHtml(t.label)}</span>`).join('');
  const wages = [
    ['10th', p10],
    ['25th', p25],
    ['Median', median],
    ['Mean', mean],
    ['75th', p75],
    ['90th', p90],
  ].flatMap(([name, mark]) => (typeof name === 'string' && mark && typeof mark === 'object' ? [`${name} ${escapeHtml(mark.label)}`] : []));
  const claims = role.claims.map((c) => {
    const kind = c.fits === undefined ? '' : c.fits ? ' fits' : ' misfit';
    return `<div class="verdict${kind}">${escapeHtml(c.raw)}: ${escapeHtml(c.detail)}</div>`;
  });
  const occupation = role.occupation;
  return [
    `<div class="chart"><div class="track">${parts.join('')}</div><div class="axis">${ticks}</div></div>`,
    `<div class="legend">${wages.join(' · ')}</div>`,
    ...claims,
    `<div class="legend">${escapeHtml(`${occupation.title} (SOC ${occupation.soc}), ${occupation.citation}`)}</div>`,
  ].join('');
}

function rowHtml(row: PreviewRow): string {
  const count = row.findings.length;
  const findings = count
    ? `<ul class="findings">${row.findings.map((f) => `<li>${escapeHtml(`${f.ruleId}: ${f.message}`)}</li>`).join('')}</ul>`
    : '';
  const where = findingsLabel(count, row.id === 'definitions' ? 'definitions' : 'section');
  const head = `<th scope="row">${escapeHtml(row.label)}<span class="count${count ? ' has' : ''}" title="${where}">${count}</span>${findings}</th>`;
  const cells = row.cells.map((cell, i) => {
    const chart = row.salary ? chartHtml(row.salary.axis, row.salary.roles[i as 0 | 1]) : '';
    return `<td>${chart}${cellHtml(cell, row)}</td>`;
  });
  return `<tr${row.missing ? ' class="missing-row"' : ''}>${head}${cells.join('')}</tr>`;
}

/** The comparison table as a standalone HTML document. */
export function exportHtml(model: PreviewModel): string {
  const [a, b] = model.roles.map(escapeHtml);
  const header = model.header.findings.length
    ? `<ul class="findings">${model.header.findings.map((f) => `<li>${escapeHtml(`${f.ruleId}: ${f.message}`)}</li>`).join('')}</ul>`
    : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(model.title)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${escapeHtml(model.title)}</h1>
<p class="meta">${escapeHtml(model.fileName)} · ${findingsLabel(model.findingCount, 'article')}</p>
${model.header.readability ? `<p class="meta readability">${escapeHtml(model.header.readability.text)}</p>` : ''}
${header}
<table>
<thead><tr><th></th><th scope="col">${a}</th><th scope="col">${b}</th></tr></thead>
<tbody>
${model.rows.map(rowHtml).join('\n')}
</tbody>
</table>
</body>
</html>
`;
}
