// The Site Report webview: the same page body as `career-articles report` (core/report/html.ts,
// every article text escaped there), under the webview's own CSP: nothing but this render's
// nonce may run or style, nothing loads. Its links post `open` messages (validated with zod)
// and the article opens at the line; the page is re-rendered after each Lint Workspace.
import * as vscode from 'vscode';
import { z } from 'zod';
import { reportBody } from '../../core/report/html.js';
import { PAGE_SCRIPT, PAGE_STYLE } from '../../core/report/page-script.js';
import type { SiteReport } from '../../core/report/model.js';
import { createNonce } from '../preview/html.js';

export const SITE_REPORT_VIEW = 'careerArticles.siteReport';
const TITLE = 'Career Articles site report';

/** Clicks on links become messages: a webview cannot follow a link to a workspace file. */
const OPEN_SCRIPT = `(() => {
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const link = event.target instanceof Element ? event.target.closest('a[data-file]') : null;
    if (!link) return;
    event.preventDefault();
    vscode.postMessage({ type: 'open', file: link.dataset.file, line: Number(link.dataset.line || '1') });
  });
})();`;

/** The report page follows the editor's theme. */
const THEME_STYLE = `body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); }
a { color: var(--vscode-textLink-foreground); } th, td { border-bottom-color: var(--vscode-panel-border); }`;

const pageMessage = z.object({ type: z.literal('open'), file: z.string().min(1), line: z.number().int().min(1) });

export function reportPage(report: SiteReport, nonce = createNonce()): string {
  const csp = `default-src 'none'; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${TITLE}</title><style nonce="${nonce}">${PAGE_STYLE}\n${THEME_STYLE}</style></head>
<body>${reportBody(report, TITLE)}
<script nonce="${nonce}">${PAGE_SCRIPT}</script><script nonce="${nonce}">${OPEN_SCRIPT}</script></body></html>`;
}

/** A report and the files its rows name (the report's `file` to the document's URI). */
export interface ShownReport {
  report: SiteReport;
  files: ReadonlyMap<string, vscode.Uri>;
}

export class SiteReportPanel implements vscode.Disposable {
  private files: ReadonlyMap<string, vscode.Uri> = new Map();
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

  show({ report, files }: ShownReport): void {
    this.files = files;
    this.panel.webview.html = reportPage(report);
    this.rendered.fire(report);
  }

  private async onDidReceiveMessage(message: unknown): Promise<void> {
    const parsed = pageMessage.safeParse(message);
    if (!parsed.success) return;
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
