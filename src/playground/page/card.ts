// The hover card: the server's hover Markdown (session/hover.ts, the editor's own card) drawn
// as DOM. Only what occupationCard writes is understood: paragraphs, a two-column table, a
// rule, **bold**, `code`, [links](https://…), backslash escapes and VS Code's $(pass) and
// $(warning) icons. Every piece becomes a text node: nothing is parsed as HTML.
import { h } from '../../webview/dom.js';

const ICONS: Record<string, string> = { pass: '✓', warning: '⚠' };

function inline(text: string): Node[] {
  const nodes: Node[] = [];
  const pattern = /\\(.)|\*\*(.+?)\*\*|`((?:\\.|[^`])*)`|\[((?:\\.|[^\]])*)\]\((https:\/\/[^)\s]+)\)|\$\((pass|warning)\)/gu;
  const unescape = (s: string) => s.replace(/\\(.)/gu, '$1');
  let last = 0;
  let plain = '';
  for (const match of text.matchAll(pattern)) {
    plain += text.slice(last, match.index);
    last = match.index + match[0].length;
    const [, escaped, bold, code, label, url, icon] = match;
    if (escaped !== undefined) {
      plain += escaped;
      continue;
    }
    if (plain) nodes.push(document.createTextNode(plain));
    plain = '';
    if (bold !== undefined) nodes.push(h('strong', {}, ...inline(bold)));
    else if (code !== undefined) nodes.push(h('code', {}, unescape(code)));
    else if (label !== undefined && url !== undefined) {
      const link = h('a', {}, unescape(label));
      link.href = url;
      link.target = '_blank';
      link.rel = 'noopener noreferrer';
      nodes.push(link);
    } else if (icon !== undefined) nodes.push(h('span', { class: `icon ${icon}` }, ICONS[icon]));
  }
  plain += text.slice(last);
  if (plain) nodes.push(document.createTextNode(plain));
  return nodes;
}

const cells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/u)
    .map((c) => c.trim());

/** The card's elements, from the hover's Markdown. */
export function renderCard(markdown: string): HTMLElement[] {
  const blocks: HTMLElement[] = [];
  let table: HTMLTableElement | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.trim().startsWith('|')) table = undefined;
    if (line.trim() === '') continue;
    if (line.trim() === '---') blocks.push(h('hr'));
    else if (line.trim().startsWith('|')) {
      const row = cells(line);
      if (row.every((c) => c === '' || /^-+$/.test(c))) continue;
      if (!table) blocks.push((table = h('table')));
      table.append(h('tr', {}, ...row.map((c, i) => h(i === 0 ? 'th' : 'td', {}, ...inline(c)))));
    } else blocks.push(h('p', {}, ...inline(line)));
  }
  return blocks;
}
