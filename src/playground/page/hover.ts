// Hover cards over the checked text: the offset under the mouse (each piece of the checked
// text says where it starts), then what is there: the messages of the findings covering it
// and the server's hover (the editor's own card), drawn beside the mouse.
import type { Finding } from '../../core/types.js';
import { h } from '../../webview/dom.js';
import { renderCard } from './card.js';

export interface HoverContent {
  findings: Finding[];
  /** The server's hover Markdown, when it has one there. */
  markdown: string | undefined;
}

/** `lookup` answers an offset's content (undefined: the text changed meanwhile, show nothing). */
export function attachHoverCards(
  checked: HTMLElement,
  card: HTMLElement,
  lookup: (offset: number) => Promise<HoverContent | undefined>,
): void {
  let hovered = -1;
  const hide = () => (card.hidden = true);

  const offsetAt = (x: number, y: number): number => {
    const caret = document.caretPositionFromPoint(x, y);
    const piece = caret?.offsetNode.parentElement;
    if (!caret || !piece?.dataset.start || !checked.contains(piece)) return -1;
    return Number(piece.dataset.start) + caret.offset;
  };

  const show = async (offset: number, x: number, y: number): Promise<void> => {
    const content = await lookup(offset);
    if (hovered !== offset) return;
    if (!content || (content.findings.length === 0 && content.markdown === undefined)) {
      hide();
      return;
    }
    card.replaceChildren(
      ...content.findings.map((f) => h('p', { class: `message ${f.severity}` }, `${f.ruleId}: ${f.message}`)),
      ...(content.markdown === undefined ? [] : renderCard(content.markdown)),
    );
    card.hidden = false;
    card.style.left = `${Math.min(x + 12, window.innerWidth - card.offsetWidth - 8)}px`;
    card.style.top = `${Math.min(y + 16, window.innerHeight - card.offsetHeight - 8)}px`;
  };

  checked.addEventListener('mousemove', (event) => {
    const offset = offsetAt(event.clientX, event.clientY);
    if (offset === hovered) return;
    hovered = offset;
    if (offset < 0) hide();
    else void show(offset, event.clientX, event.clientY);
  });
  checked.addEventListener('mouseleave', () => {
    hovered = -1;
    hide();
  });
}
