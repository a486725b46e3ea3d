// The side-by-side preview feature: the `careerArticles.openPreview` command, the panel
// serializer (restore after reload) and the one panel, which follows the active article.
// The manager is also the `preview` part of the extension's API, used by the tests.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';

export interface Services {
  context: vscode.ExtensionContext;
  server: ServerClient;
}
import type { PageSnapshot } from '../../shared/preview-messages.js';
import { exportHtml, type PreviewModel, type RowId } from '../../shared/preview-model.js';
import { VIEW_TYPE } from './html.js';
import { PreviewPanel, type RenderEvent } from './panel.js';
import { PreviewSerializer } from './serializer.js';

export class PreviewManager implements vscode.Disposable {
  private panel: PreviewPanel | undefined;
  private readonly rendered = new vscode.EventEmitter<RenderEvent>();
  /** Fires when the page has drawn a model (with the edit-to-render time after a keystroke). */
  readonly onDidRender = this.rendered.event;
  private readonly disposables: vscode.Disposable[] = [this.rendered];

  constructor(private readonly services: Services) {
    this.disposables.push(
      vscode.commands.registerCommand('careerArticles.openPreview', (uri?: vscode.Uri) => this.open(uri)),
      vscode.window.registerWebviewPanelSerializer(VIEW_TYPE, new PreviewSerializer((panel, uri) => this.attach(panel, uri))),
    );
  }

  /** Opens the preview beside the editor (or reveals it) for `uri`, else the active editor's document. */
  async open(uri?: vscode.Uri): Promise<boolean> {
    const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
    if (!target) {
      void vscode.window.showInformationMessage('Career Articles: open a Markdown article to preview it side by side.');
      return false;
    }
    if (this.panel) {
      this.panel.panel.reveal(undefined, true);
      await this.panel.show(target);
      return true;
    }
    const panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Compare', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {});
    this.attach(panel, target);
    return true;
  }

  private attach(panel: vscode.WebviewPanel, uri: vscode.Uri | undefined): void {
    this.panel?.dispose();
    const { context, server } = this.services;
    const preview = new PreviewPanel(panel, uri, { extensionUri: context.extensionUri, server });
    this.panel = preview;
    preview.onDidRender((event) => this.rendered.fire(event));
    preview.onDidDispose(() => {
      if (this.panel === preview) this.panel = undefined;
    });
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  get documentUri(): vscode.Uri | undefined {
    return this.panel?.documentUri;
  }

  get model(): PreviewModel | undefined {
    return this.panel?.currentModel;
  }

  /** What the page shows, in its own words (see PageSnapshot). */
  query(): Promise<PageSnapshot> {
    if (!this.panel) return Promise.reject(new Error('The preview is not open'));
    return this.panel.query();
  }

  /** Clicks a cell, its `sentence`-th sentence, or the row's (or cell's) insert button, in the page. */
  async click(row: RowId, options: { column?: 0 | 1; sentence?: number; button?: 'insert' } = {}): Promise<void> {
    if (!this.panel) throw new Error('The preview is not open');
    await this.panel.click({ row, ...options });
  }

  /** The standalone HTML that "Copy as HTML" copies. */
  exportHtml(): string | undefined {
    const model = this.model;
    return model && exportHtml(model);
  }

  close(): void {
    this.panel?.dispose();
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

/** Registers the preview; its disposal rides on the extension context. */
export function registerPreview(services: Services): PreviewManager {
  const manager = new PreviewManager(services);
  services.context.subscriptions.push(manager);
  return manager;
}
