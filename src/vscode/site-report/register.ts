// *Career Articles: Open Site Report*: the workspace's site report (every article, every role's
// figures across the site) in a webview; it is rebuilt after each Lint Workspace while open.
import * as vscode from 'vscode';
import * as S from '../../shared/site-protocol.js';
import type { ServerClient } from '../server-client.js';
import { workspaceArticles } from '../site-files.js';
import { SITE_REPORT_VIEW, SITE_REPORT_TITLE, SiteReportPanel, type ReportSnapshot } from './panel.js';
import type { SiteReport } from '../../core/report/model.js';

export class SiteReportManager implements vscode.Disposable {
  private panel: SiteReportPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<SiteReport>();
  /** Fires with each report shown (the tests wait on it). */
  readonly onDidRender = this.rendered.event;

  constructor(private readonly server: ServerClient) {}

  async open(): Promise<SiteReport | undefined> {
    if (!this.panel) {
      const webview = vscode.window.createWebviewPanel(SITE_REPORT_VIEW, 'Site Report', vscode.ViewColumn.Active, {});
      const panel = new SiteReportPanel(webview);
      panel.onDidRender((report) => this.rendered.fire(report));
      panel.onDidDispose(() => {
        if (this.panel === panel) this.panel = undefined;
      });
      this.panel = panel;
    } else {
      this.panel.panel.reveal();
    }
    return this.refresh();
  }

  /** Rebuilds the open report (after Lint Workspace); nothing when it is closed. */
  async refresh(): Promise<SiteReport | undefined> {
    const panel = this.panel;
    if (!panel) return undefined;
    const report = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Window, title: 'Career Articles: building the site report' },
      async () => {
        const files = await workspaceArticles(undefined);
        const params: S.SiteReportParams = { files, title: SITE_REPORT_TITLE };
        const { report, page } = await this.server.request<S.SiteReportResponse>(S.SITE_REPORT_REQUEST, params);
        return { report, page, files: new Map(files.map((f) => [f.display, vscode.Uri.parse(f.uri)])) };
      },
    );
    if (this.panel !== panel) return undefined;
    panel.show(report);
    return report.report;
  }

  /** What the open page shows (asked again until the page answers: it may still be loading). */
  async query(timeoutMs = 15_000): Promise<ReportSnapshot> {
    const panel = this.panel;
    if (!panel) throw new Error('the site report is not open');
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const answer = await Promise.race([panel.query(), new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 200))]);
      if (answer) return answer;
      if (Date.now() > deadline) throw new Error('the site report page does not answer');
    }
  }

  /** Clicks the open page's first link to `file` (a report row), as the user would. */
  async click(file: string): Promise<void> {
    await this.panel?.click(file);
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  dispose(): void {
    this.panel?.panel.dispose();
    this.rendered.dispose();
  }
}
