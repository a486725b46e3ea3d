// The preview page. It holds no article of its own: the extension sends one `render`
// message with the whole view model, `highlight` as the cursor moves, and `query` from the
// tests. Every message is validated on receipt; anything malformed is dropped. Scroll
// position and the document URI live in the webview state, so a reload restores both.
import * as z from 'zod/mini';
import { parseToPage, pageStateSchema, type PageState, type ToExtension } from '../shared/preview-messages.js';
import type { PreviewModel } from '../shared/preview-model.js';
import { h } from './dom.js';
import { renderModel, type Actions } from './render.js';
import { snapshot } from './snapshot.js';

interface VsCodeApi {
  postMessage(message: ToExtension): void;
  getState(): unknown;
  setState(state: PageState): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

// zod would probe `new Function` to compile faster parsers; the CSP forbids eval, so don't ask.
z.config({ jitless: true });

const vscode = acquireVsCodeApi();
const root = document.getElementById('root')!;
const saved = pageStateSchema.safeParse(vscode.getState());
let state: PageState = saved.success ? saved.data : {};
let current: PreviewModel | undefined;
let highlighted: string | null = null;
let restoreScroll = state.scrollY;

const actions: Actions = {
  reveal: (lines) => vscode.postMessage({ type: 'reveal', lines }),
  insertMissing: (row, column) => vscode.postMessage({ type: 'insertMissing', row, ...(column !== undefined && { column }) }),
  expanded: new Set(),
};

function render(model: PreviewModel): void {
  if (current?.uri !== model.uri) {
    actions.expanded.clear();
    // A different article starts at the top, unless it is the one the saved state is about.
    if (current && state.uri !== model.uri) restoreScroll = 0;
  }
  current = model;
  root.replaceChildren(...renderModel(model, actions));
  applyHighlight();
  if (restoreScroll !== undefined) {
    window.scrollTo(0, restoreScroll);
    restoreScroll = undefined;
  }
  state = { uri: model.uri, scrollY: window.scrollY };
  vscode.setState(state);
  vscode.postMessage({ type: 'rendered', version: model.version });
}

function applyHighlight(): void {
  for (const row of root.querySelectorAll('.row.current')) row.classList.remove('current');
  if (!highlighted) return;
  const row = root.querySelector(`.row[data-row="${CSS.escape(highlighted)}"]`);
  row?.classList.add('current');
}

window.addEventListener('message', (event: MessageEvent) => {
  const message = parseToPage(event.data);
  if (!message) {
    console.warn('Career Articles preview: dropped a malformed message');
    return;
  }
  switch (message.type) {
    case 'render': {
      render(message.model);
      return;
    }
    case 'empty':
      current = undefined;
      root.replaceChildren(h('p', { class: 'empty' }, message.reason));
      if (message.uri) vscode.setState((state = { uri: message.uri, scrollY: 0 }));
      return;
    case 'highlight':
      highlighted = message.row;
      applyHighlight();
      if (highlighted) root.querySelector('.row.current')?.scrollIntoView({ block: 'nearest' });
      return;
    case 'click': {
      const row = root.querySelector(`.row[data-row="${message.row}"]`);
      const cell = message.column === undefined ? row : row?.querySelector(`:scope > .cell[data-column="${message.column}"]`);
      const target = message.button
        ? cell?.querySelector('button.insert')
        : message.sentence === undefined
          ? cell
          : cell?.querySelectorAll('.sentence')[message.sentence];
      if (target instanceof HTMLElement) target.click();
      return;
    }
    case 'query': {
      vscode.postMessage({ type: 'queryResult', id: message.id, snapshot: snapshot(current, highlighted) });
      return;
    }
  }
});

let scrollQueued = false;
window.addEventListener('scroll', () => {
  if (scrollQueued) return;
  scrollQueued = true;
  requestAnimationFrame(() => {
    scrollQueued = false;
    state = { ...state, scrollY: window.scrollY };
    vscode.setState(state);
  });
});

for (const [id, target] of [
  ['copy-html', 'clipboard'],
  ['save-html', 'file'],
] as const) {
  document.getElementById(id)?.addEventListener('click', () => vscode.postMessage({ type: 'export', target }));
}

vscode.postMessage({ type: 'ready' });
