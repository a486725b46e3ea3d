// The checked text: the article as text nodes, each finding's span a <mark> (the worst
// severity where findings overlap). Every piece carries the offset it starts at, so the page
// maps a point under the mouse back to an offset of the article for the server's hover.
import type { Finding } from '../../core/types.js';
import { h } from '../../webview/dom.js';

const RANK = { error: 3, warning: 2, info: 1 } as const;

export function annotate(text: string, findings: readonly Finding[]): HTMLElement[] {
  const spans = findings
    .map((f, index) => ({ start: f.start.offset, end: Math.min(f.end.offset, text.length), severity: f.severity, index }))
    .filter((s) => s.start < s.end);
  const cuts = [...new Set([0, text.length, ...spans.flatMap((s) => [s.start, s.end])])].sort((a, b) => a - b);
  const pieces: HTMLElement[] = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [start, end] = [cuts[i]!, cuts[i + 1]!];
    const covering = spans.filter((s) => s.start <= start && end <= s.end);
    const data = { start: String(start) };
    if (covering.length === 0) {
      pieces.push(h('span', { data }, text.slice(start, end)));
      continue;
    }
    const worst = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
    const indexes = covering.map((s) => String(s.index)).join(' ');
    pieces.push(h('mark', { class: `flag ${worst.severity}`, data: { ...data, findings: indexes } }, text.slice(start, end)));
  }
  return pieces;
}
