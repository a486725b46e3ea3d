// The article's projection claims for one role (outlook percent or wording, employment, change,
// openings, self-employed share), each with the verdict outlook-mismatch gave it and BLS's figure,
// in the same list style as the salary figures; a click reveals the claim in the editor.
import type { LineRange, PreviewOutlookClaim } from '../shared/preview-model.js';
import { h } from './dom.js';

const CLASSES = { current: 'fits', outdated: 'misfit', mismatch: 'misfit', unchecked: 'unjudged' } as const;
const ICONS = { current: '✓', outdated: '✗', mismatch: '✗', unchecked: '?' } as const;

export function outlookVerdicts(claims: readonly PreviewOutlookClaim[], reveal: (lines: LineRange) => void): HTMLElement {
  const list = h('ul', { class: 'verdicts outlook-verdicts' });
  for (const claim of claims) {
    const item = h(
      'li',
      {
        class: `verdict ${CLASSES[claim.verdict]}`,
        tabIndex: 0,
        data: { startLine: String(claim.lines.startLine), endLine: String(claim.lines.endLine) },
      },
      h('span', { class: 'verdict-icon' }, ICONS[claim.verdict]),
      ' ',
      h('span', { class: 'verdict-figure' }, claim.raw),
      h('span', { class: 'verdict-detail' }, ` — ${claim.detail}`),
    );
    item.addEventListener('click', (event) => {
      event.stopPropagation();
      reveal(claim.lines);
    });
    list.append(item);
  }
  return list;
}
