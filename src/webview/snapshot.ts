// The answer to a `query` message: facts about the rendered DOM, for the integration tests,
// which run in the extension host and cannot see the page. Read-only: it changes nothing
// and runs nothing, so a page that answers it is no less safe.
import type { PageSnapshot } from '../shared/preview-messages.js';

const URL_ATTRIBUTES = ['href', 'src', 'xlink:href', 'action', 'formaction', 'data'];

export function snapshot(model: { uri: string; version: number } | undefined, highlighted: string | null): PageSnapshot {
  const all = [...document.querySelectorAll('*')];
  const attributes = all.flatMap((element) => [...element.attributes]);
  return {
    uri: model?.uri ?? null,
    version: model?.version ?? null,
    title: document.title,
    theme: document.body.className,
    colors: {
      text: getComputedStyle(document.body).color,
      background: getComputedStyle(document.body).backgroundColor,
      cellText: getComputedStyle(document.querySelector('.cell') ?? document.body).color,
    },
    heading: document.querySelector('h1')?.textContent ?? '',
    readability: document.querySelector('.header .readability')?.textContent ?? '',
    scripts: [...document.querySelectorAll('script')].map((s) => s.getAttribute('src') ?? (s.id ? `#${s.id}` : 'inline')),
    eventHandlerAttributes: attributes.filter((a) => a.name.toLowerCase().startsWith('on')).length,
    javascriptUrls: attributes.filter((a) => URL_ATTRIBUTES.includes(a.name.toLowerCase()) && /^\s*javascript:/i.test(a.value)).length,
    embeds: document.querySelectorAll('img, iframe, object, embed, svg, a, form, base').length,
    highlighted,
    scrollY: Math.round(window.scrollY),
    rows: [...document.querySelectorAll<HTMLElement>('.row[data-row]')].map((row) => ({
      id: row.dataset['row'] ?? '',
      missing: row.classList.contains('missing'),
      findings: Number(row.querySelector<HTMLElement>('details.findings')?.dataset['findings'] ?? 0),
      cells: [...row.querySelectorAll<HTMLElement>(':scope > .cell')].map((cell) => ({
        text: cell.textContent,
        sentences: cell.querySelectorAll('.sentence').length,
        shared: cell.querySelectorAll('.sentence.shared').length,
      })),
    })),
    charts: [...document.querySelectorAll<HTMLElement>('.chart')].map((chart) => ({
      role: chart.dataset['role'] ?? '',
      text: chart.textContent,
      claims: [...chart.querySelectorAll('.track .claim')].map((c) => c.classList[1] ?? ''),
    })),
  };
}
