// The playground page: an article pasted, dropped or opened is sent to the language server in
// a web worker (lsp-client.ts) as an untitled document, and the page draws what the editor
// shows: findings in the text and in a list with their fixes, the server's hover cards, and
// the side-by-side preview (the VS Code preview's own renderer). Nothing leaves the page.
import * as z from 'zod/mini';
import * as P from '../../shared/lsp-protocol.js';
import type { Finding, Fix } from '../../core/types.js';
import { syntaxOf, type Syntax } from '../../shared/syntax.js';
import { h } from '../../webview/dom.js';
import { renderModel, type Actions } from '../../webview/render.js';
import { annotate } from './annotate.js';
import { attachHoverCards } from './hover.js';
import { OverBudget, WorkerClient } from './lsp-client.js';
import { LineMap } from './positions.js';
import { EXAMPLES } from './examples.js';

z.config({ jitless: true });

declare global {
  // Set by dataset.js and worker.js, the page's other scripts (CSP: scripts from the page's folder only).
  var careerArticlesDataset: string | undefined;
  var careerArticlesWorker: string | undefined;
}

const DATASET_URI = 'playground:data/roles.json';
const LANGUAGES: Record<Syntax, string> = { markdown: 'markdown', text: 'plaintext', html: 'html' };
const EXTENSIONS: Record<Syntax, string> = { markdown: 'md', text: 'txt', html: 'html' };
/** Starting the worker reads and indexes the whole dataset: far longer than one article's check. */
const LOADING_LIMIT_MS = 60_000;
const DEBOUNCE_MS = 250;

const byId = (id: string): HTMLElement => document.getElementById(id)!;
const source = byId('source') as HTMLTextAreaElement;
const checked = byId('checked');
const list = byId('findings');
const preview = byId('root');
const card = byId('card');
const status = byId('status');
const syntaxPicker = byId('syntax') as HTMLSelectElement;
const budgetMs = Number(document.documentElement.dataset.budgetMs) || 3000;
const maxBytes = Number(document.documentElement.dataset.maxBytes) || 10 * 1024 * 1024;

let client: WorkerClient | undefined;
let ready: Promise<void> | undefined;
let uri: string | undefined;
let version = 0;
let shown: { version: number; text: string; findings: Finding[]; lines: LineMap } | undefined;
let timer: ReturnType<typeof setTimeout> | undefined;

function say(text: string, kind: 'info' | 'error' = 'info'): void {
  status.textContent = text;
  status.className = kind;
}

function start(): Promise<void> {
  const code = globalThis.careerArticlesWorker;
  if (code === undefined) return Promise.reject(new Error('worker.js did not load'));
  const started = new WorkerClient(code, {
    onRequest(method, params) {
      const { path } = params as P.PathParams;
      if (method === P.READ_FILE_REQUEST)
        return path === DATASET_URI && globalThis.careerArticlesDataset !== undefined
          ? { ok: true, text: globalThis.careerArticlesDataset }
          : { ok: false, reason: 'the playground has no files' };
      if (method === P.EXISTS_REQUEST) return path === DATASET_URI;
      throw new Error(`unknown request ${method}`);
    },
    onNotification: () => undefined,
    onStopped(reason) {
      if (client !== started) return;
      // The next edit starts a fresh worker; this text is not sent again until it changes.
      client = undefined;
      ready = undefined;
      uri = undefined;
      say(`Not checked: ${reason}. The check was stopped so the page stays responsive; edit the article to try again.`, 'error');
    },
  });
  client = started;
  return (async () => {
    const options: P.InitializationOptions = { bundledDataset: DATASET_URI, pushDiagnostics: true, timeBudgetMs: budgetMs };
    await started.request(
      'initialize',
      { processId: null, rootUri: null, capabilities: {}, initializationOptions: options },
      LOADING_LIMIT_MS,
    );
    started.notify('initialized', {});
    const info = await started.request<P.DatasetInfoResponse>(P.DATASET_INFO_REQUEST, {}, LOADING_LIMIT_MS);
    say(`Ready: ${info.occupations.toLocaleString('en-US')} occupations of the bundled BLS data.`);
  })();
}

/** The worker, started (again) when needed. */
async function server(): Promise<WorkerClient> {
  ready ??= start();
  await ready;
  return client!;
}

function syntax(): Syntax {
  return syntaxPicker.value as Syntax;
}

async function check(): Promise<void> {
  const text = source.value;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > maxBytes) {
    say(`Not checked: the article is ${megabytes(bytes)}, over the ${megabytes(maxBytes)} limit of career-articles.`, 'error');
    return;
  }
  try {
    const lsp = await server();
    const wanted = `untitled:article.${EXTENSIONS[syntax()]}`;
    const mine = ++version;
    if (uri !== wanted) {
      if (uri) lsp.notify('textDocument/didClose', { textDocument: { uri } });
      uri = wanted;
      lsp.notify('textDocument/didOpen', { textDocument: { uri, languageId: LANGUAGES[syntax()], version: mine, text } });
    } else lsp.notify('textDocument/didChange', { textDocument: { uri, version: mine }, contentChanges: [{ text }] });
    say('Checking…');
    const answer = await lsp.request<P.FindingsResponse | null>(P.FINDINGS_REQUEST, { textDocument: { uri } }, budgetMs);
    if (!answer || mine !== version) return;
    const model = await lsp.request<P.PreviewResponse>(P.PREVIEW_REQUEST, { textDocument: { uri }, fileName: 'Pasted article' }, budgetMs);
    if (mine !== version) return;
    show(text, mine, answer.findings, model);
  } catch (error) {
    // A stopped worker has said why (onStopped); anything else is said here.
    if (!(error instanceof OverBudget) && client) say(`Not checked: ${error instanceof Error ? error.message : String(error)}`, 'error');
  }
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes < 1024 * 1024 ? 3 : 1)} MB`;
}

function show(text: string, at: number, findings: Finding[], model: P.PreviewResponse): void {
  shown = { version: at, text, findings, lines: new LineMap(text) };
  checked.replaceChildren(...annotate(text, findings));
  list.replaceChildren(...findings.map(findingItem));
  if (findings.length === 0) list.append(h('li', { class: 'none' }, 'No findings.'));
  if (model.ok) preview.replaceChildren(...renderModel(model.model, actions));
  else preview.replaceChildren(h('p', { class: 'empty' }, model.reason));
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${findings.filter((f) => f.severity === s).length} ${s}`);
  say(`${findings.length} finding${findings.length === 1 ? '' : 's'}: ${counts.join(', ')}.`);
}

function findingItem(finding: Finding, index: number): HTMLElement {
  const item = h(
    'li',
    {
      class: `finding ${finding.severity}`,
      tabIndex: 0,
      data: { index: String(index), rule: finding.ruleId, messageId: finding.messageId, line: String(finding.start.line) },
    },
    h('span', { class: 'severity' }, finding.severity),
    h('span', { class: 'where' }, ` line ${finding.start.line} · ${finding.ruleId}`),
    h('div', { class: 'message' }, finding.message),
  );
  const edits: Array<[string, Fix]> = [
    ...(finding.fix ? [[finding.fix.title ?? 'Fix', finding.fix] as [string, Fix]] : []),
    ...(finding.suggestions ?? []).map((s): [string, Fix] => [s.title, s.fix]),
  ];
  for (const [label, fix] of edits) {
    const button = h('button', { class: finding.fix?.range === fix.range ? 'fix' : 'fix secondary' }, label);
    button.type = 'button';
    button.addEventListener('click', (event) => {
      event.stopPropagation();
      applyFix(fix);
    });
    item.append(button);
  }
  item.addEventListener('click', () => select(finding.start.offset, finding.end.offset));
  return item;
}

/** A fix's offset edit, on the text it was found in (a stale fix is dropped). */
function applyFix(fix: Fix, at = shown?.version): void {
  if (!shown || at !== shown.version || source.value !== shown.text) return;
  const [start, end] = fix.range;
  source.value = shown.text.slice(0, start) + fix.text + shown.text.slice(end);
  select(start, start + fix.text.length);
  void check();
}

function select(start: number, end: number): void {
  source.focus();
  source.setSelectionRange(start, end);
}

const actions: Actions = {
  reveal(lines) {
    if (!shown) return;
    select(shown.lines.lineStart(lines.startLine), shown.lines.lineStart(lines.endLine + 1));
  },
  insertMissing(row, column) {
    const at = shown?.version;
    if (!client || !uri) return;
    void client
      .request<P.MissingFixResponse | null>(P.MISSING_FIX_REQUEST, { textDocument: { uri }, row, column }, budgetMs)
      .then((answer) => answer?.fix && applyFix(answer.fix, at === answer.version ? at : undefined))
      .catch(() => undefined);
  },
  expanded: new Set(),
};

attachHoverCards(checked, card, async (offset) => {
  if (!shown || !client || !uri) return undefined;
  const here = shown;
  const hover = await client
    .request<{ contents: { value: string } } | null>(
      'textDocument/hover',
      { textDocument: { uri }, position: here.lines.position(offset) },
      budgetMs,
    )
    .catch(() => null);
  if (shown !== here) return undefined;
  return { findings: here.findings.filter((f) => f.start.offset <= offset && offset < f.end.offset), markdown: hover?.contents.value };
});

function schedule(delay = DEBOUNCE_MS): void {
  clearTimeout(timer);
  timer = setTimeout(() => void check(), delay);
}

/** A file opened or dropped: refused over the size limit before it is read. */
async function openFile(file: File): Promise<void> {
  if (file.size > maxBytes) {
    say(`Not opened: ${file.name} is ${megabytes(file.size)}, over the ${megabytes(maxBytes)} limit of career-articles.`, 'error');
    return;
  }
  const text = await file.text();
  syntaxPicker.value = syntaxOf(file.name, text);
  source.value = text;
  schedule(0);
}

source.addEventListener('input', () => schedule());
syntaxPicker.addEventListener('change', () => schedule(0));
source.addEventListener('dragover', (event) => event.preventDefault());
source.addEventListener('drop', (event) => {
  const file = event.dataTransfer?.files[0];
  if (!file) return;
  event.preventDefault();
  void openFile(file);
});
byId('file').addEventListener('change', (event) => {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) void openFile(file);
});
source.addEventListener('paste', (event) => {
  const pasted = event.clipboardData?.getData('text') ?? '';
  // A paste that would go over the limit is refused whole, before the textarea takes it.
  if (new TextEncoder().encode(source.value).length + new TextEncoder().encode(pasted).length > maxBytes) {
    event.preventDefault();
    say(`Not pasted: the article would be over the ${megabytes(maxBytes)} limit of career-articles.`, 'error');
  } else if (source.value === '') syntaxPicker.value = syntaxOf('pasted', pasted);
});
byId('fix-all').addEventListener('click', () => {
  if (!client || !uri || !shown) return;
  const at = shown.version;
  void client
    .request<{ newText: string } | null>(P.FIX_ALL_REQUEST, { textDocument: { uri } }, budgetMs)
    .then((edit) => edit && applyFix({ range: [0, shown?.text.length ?? 0], text: edit.newText }, at))
    .catch(() => undefined);
});

const examples = byId('example') as HTMLSelectElement;
for (const name of Object.keys(EXAMPLES)) examples.append(h('option', {}, name));
examples.addEventListener('change', () => {
  const text = EXAMPLES[examples.value];
  if (text === undefined) return;
  syntaxPicker.value = 'markdown';
  source.value = text;
  schedule(0);
});

say('Starting the checker…');
server().catch((error: unknown) => say(`The checker did not start: ${error instanceof Error ? error.message : String(error)}`, 'error'));
