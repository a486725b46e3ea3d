// The salary chart of one role, drawn with positioned boxes on a shared axis: the 10th–90th
// percentile band (open-ended when BLS top-codes the 90th percentile), the 25th–75th box,
// median and mean ticks, and the article's figures coloured by the salary-mismatch verdict.
import type { ChartClaim, ChartMark, RoleSalary, SalaryChart } from '../shared/preview-model.js';
import { h, place } from './dom.js';
import { outlookVerdicts } from './outlook.js';

type Reveal = (lines: ChartClaim['lines']) => void;

const verdictClass = (claim: ChartClaim) => (claim.fits === undefined ? 'unjudged' : claim.fits ? 'fits' : 'misfit');
const verdictIcon = (claim: ChartClaim) => (claim.fits === undefined ? '?' : claim.fits ? '✓' : '✗');

function legendItem(kind: string, name: string, value: string): HTMLElement {
  return h(
    'li',
    {},
    h('span', { class: `key ${kind}` }),
    h('span', { class: 'legend-name' }, name),
    ' ',
    h('span', { class: 'legend-value' }, value),
  );
}

function range(low: ChartMark | undefined, high: ChartMark | undefined): string {
  return `${low?.label ?? 'n/a'} – ${high?.label ?? 'n/a'}`;
}

export function salaryChart(axis: SalaryChart['axis'], role: RoleSalary, reveal: Reveal): HTMLElement {
  const chart = h('div', { class: 'chart', data: { role: role.role } });
  if (!role.band || !role.occupation) {
    chart.append(h('p', { class: 'chart-unavailable' }, role.unavailable ?? 'No salary data for this role'));
    return chart;
  }
  const { p10, p25, median, mean, p75, p90 } = role.band;
  const track = h('div', {
    class: 'track',
    role: 'img',
    label: `${role.role}: 10th–90th percentile ${range(p10, p90)}, median ${median?.label ?? 'n/a'}, mean ${mean?.label ?? 'n/a'}`,
  });
  for (const tick of axis.ticks) track.append(place(h('div', { class: 'grid' }), tick.pct));
  if (p10 && p90) {
    const end = p90.atLeast ? 100 : p90.pct;
    track.append(
      place(
        h('div', { class: `band${p90.atLeast ? ' open' : ''}`, title: `10th–90th percentile: ${range(p10, p90)}` }),
        p10.pct,
        end - p10.pct,
      ),
    );
  }
  if (p25 && p75) {
    const end = p75.atLeast ? 100 : p75.pct;
    track.append(
      place(
        h('div', { class: `box${p75.atLeast ? ' open' : ''}`, title: `25th–75th percentile: ${range(p25, p75)}` }),
        p25.pct,
        end - p25.pct,
      ),
    );
  }
  if (median) track.append(place(h('div', { class: 'mark median', title: `Median ${median.label}` }), median.pct));
  if (mean) track.append(place(h('div', { class: 'mark mean', title: `Mean ${mean.label}` }), mean.pct));
  for (const claim of role.claims) {
    const single = claim.from === claim.to;
    const marker = h('div', {
      class: `claim ${verdictClass(claim)}${single ? ' single' : ' range'}${claim.clipped ? ' clipped' : ''}`,
      title: `${claim.raw}: ${claim.detail}`,
    });
    track.append(place(marker, claim.from, single ? undefined : claim.to - claim.from));
  }

  const ticks = h('div', { class: 'axis' });
  for (const tick of axis.ticks) ticks.append(place(h('span', {}, tick.label), tick.pct));

  const legend = h(
    'ul',
    { class: 'legend' },
    legendItem('band', '10th–90th', range(p10, p90)),
    legendItem('box', '25th–75th', range(p25, p75)),
    legendItem('median', 'Median', median?.label ?? 'n/a'),
    legendItem('mean', 'Mean', mean?.label ?? 'n/a'),
  );

  const claims = h('ul', { class: 'verdicts' });
  for (const claim of role.claims) {
    const item = h(
      'li',
      {
        class: `verdict ${verdictClass(claim)}`,
        tabIndex: 0,
        data: { startLine: String(claim.lines.startLine), endLine: String(claim.lines.endLine) },
      },
      h('span', { class: 'verdict-icon' }, verdictIcon(claim)),
      ' ',
      h('span', { class: 'verdict-figure' }, claim.raw),
      claim.label && !claim.raw.includes(claim.label) ? h('span', { class: 'verdict-annual' }, ` (${claim.label} a year)`) : undefined,
      h('span', { class: 'verdict-detail' }, ` — ${claim.detail}`),
    );
    item.addEventListener('click', (event) => {
      event.stopPropagation();
      reveal(claim.lines);
    });
    claims.append(item);
  }
  if (role.claims.length === 0) claims.append(h('li', { class: 'verdict none' }, 'No figure for this role in the article'));

  const o = role.occupation;
  const source = h(
    'div',
    { class: 'source' },
    h('span', { class: 'occupation' }, o.title),
    ` · SOC ${o.soc} · ${o.period} · ${o.source}`,
    role.outlook
      ? h(
          'div',
          { class: 'outlook' },
          h('div', { class: 'outlook-row' }, `Job outlook, ${role.outlook.period}: ${role.outlook.change} · ${role.outlook.openings}`),
          role.outlook.employment ? h('div', { class: 'employment-row' }, `Projected employment: ${role.outlook.employment}`) : undefined,
          role.outlook.selfEmployed ? h('div', { class: 'self-employed-row' }, `Self-employed: ${role.outlook.selfEmployed}`) : undefined,
          h('div', { class: 'education-row' }, `Typical education: ${role.outlook.education}`),
          role.outlook.claims?.length ? outlookVerdicts(role.outlook.claims, reveal) : undefined,
        )
      : undefined,
    role.alternatives.length ? h('div', { class: 'alternatives' }, `Also matches: ${role.alternatives.join(', ')}`) : undefined,
  );
  chart.append(track, ticks, claims, legend, source);
  return chart;
}
