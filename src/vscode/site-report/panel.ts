// The Site Report webview: the same page body as `career-articles report` (core/report/html.ts,
// every article text escaped there), under the webview's own CSP: nothing but this render's
// nonce may run or style, nothing loads. Its links post `open` messages (validated with zod)
// and the article opens at the line; the page is re-rendered after each Lint Workspace.
import * as vscode from 'vscode';
import * as z from 'zod/mini';
import type { SiteReport } from '../../core/report/model.js';
import type { SiteReportResponse } from '../../shared/site-protocol.js';
import { createNonce } from '../preview/html.js';

export const SITE_REPORT_VIEW = 'careerArticles.siteReport';
export const SITE_REPORT_TITLE = 'Career Articles site report';

/**
 * Clicks on links become messages: a webview cannot follow a link to a workspace file. The
 * page also answers `query` with what it shows and performs a `click`, as the preview's page
 * does, so the tests read the page as a user sees it.
 */
const OPEN_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  const open = (link) => vscode.postMessage({ type: 'open', file: link.dataset.file, line: Number(link.dataset.line || '1') });
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-file]') : null;
    if (!link) return;
    event.preventDefault();
    open(link);
  });
  window.addEventListener('message', (event) => {
    const message = event.data;
    if (message && message.type === 'query') {
      vscode.postMessage({
        type: 'snapshot',
        text: document.body.textContent || '',
        links: document.querySelectorAll('a[data-file]').length,
        scripts: document.scripts.length,
        images: document.querySelectorAll('img, iframe, object, embed, form').length,
        embedded: [...document.querySelectorAll('img, iframe, object, embed, form')].slice(0, 3).map((e) => e.outerHTML.slice(0, 200)),
      });
    } else if (message && message.type === 'click') {
      const link = [...document.querySelectorAll('a[data-file]')].find((a) => a.dataset.file === message.file);
      if (link) link.click();
    }
  });
})();`;

/** The report page follows the editor's theme. */
const THEME_STYLE = `body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
a { color: var(--vscode-textLink-foreground); } th, td { border-bottom-color: var(--vscode-panel-border); }`;

const pageMessage = z.discriminatedUnion('type', [
  z.object({ type: z.literal('open'), file: z.string().check(z.minLength(1)), line: z.number().check(z.int(), z.minimum(1)) }),
  z.object({
    type: z.literal('snapshot'),
    text: z.string(),
    links: z.number(),
    scripts: z.number(),
    images: z.number(),
    /** The first embedded elements, for a test's message. */
    embedded: z.array(z.string()),
  }),
]);

/** What the page shows, as it answers a query. */
export type ReportSnapshot = Omit<Extract<z.output<typeof pageMessage>, { type: 'snapshot' }>, 'type'>;

/** The server's report page (its body, style and script) under this webview's CSP and theme. */
export function reportPage({ body, style, script }: SiteReportResponse['page'], nonce = createNonce()): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${SITE_REPORT_TITLE}</title><style nonce="${nonce}">${style}\n${THEME_STYLE}</style></head>
<body>${body}
<script nonce="${nonce}">${script}</script><script nonce="${nonce}">${OPEN_SCRIPT}</script></body></html>`;
}

/** A report and the files its rows name (the report's `file` to the document's URI). */
export interface ShownReport extends SiteReportResponse {
  files: ReadonlyMap<string, vscode.Uri>;
}

export class SiteReportPanel implements vscode.Disposable {
  private files: ReadonlyMap<string, vscode.Uri> = new Map();
  private readonly snapshotWaiters: Array<(snapshot: ReportSnapshot) => void> = [];
  private readonly rendered = new vscode.EventEmitter<SiteReport>();
  /** Fires with each report the page shows. */
  readonly onDidRender = this.rendered.event;
  private readonly disposed = new vscode.EventEmitter<void>();
  readonly onDidDispose = this.disposed.event;
  private readonly disposables: vscode.Disposable[] = [this.rendered, this.disposed];

  constructor(readonly panel: vscode.WebviewPanel) {
    panel.webview.options = { enableScripts: true, enableCommandUris: false, localResourceRoots: [] };
    this.disposables.push(
      panel.webview.onDidReceiveMessage((message: unknown) => this.onDidReceiveMessage(message)),
      panel.onDidDispose(() => this.dispose()),
    );
  }

  show({ report, page, files }: ShownReport): void {
    this.files = files;
    this.panel.webview.html = reportPage(page);
    this.rendered.fire(report);
  }

  /** What the page shows now (its text, links, scripts and any embedded element). */
  query(): Promise<ReportSnapshot> {
    return new Promise((resolve) => {
      this.snapshotWaiters.push(resolve);
      void this.panel.webview.postMessage({ type: 'query' });
    });
  }

  /** Clicks the page's first link to `file`, as the user would. */
  click(file: string): Thenable<boolean> {
    return this.panel.webview.postMessage({ type: 'click', file });
  }

  private async onDidReceiveMessage(message: unknown): Promise<void> {
    const parsed = pageMessage.safeParse(message);
    if (!parsed.success) return;
    if (parsed.data.type === 'snapshot') {
      const { type: _type, ...snapshot } = parsed.data;
      for (const resolve of this.snapshotWaiters.splice(0)) resolve(snapshot);
      return;
    }
    const uri = this.files.get(parsed.data.file);
    if (!uri) return;
    const position = new vscode.Position(parsed.data.line - 1, 0);
    await vscode.window.showTextDocument(uri, { selection: new vscode.Range(position, position), viewColumn: vscode.ViewColumn.One });
  }

  dispose(): void {
    this.disposed.fire();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}
