// Restores the preview after a window reload: VS Code hands back the panel and the state
// the page last saved (vscode.setState), which names the article. The state came from the
// page, so it is validated like any message before the URI in it is opened.
import * as vscode from 'vscode';
import { pageStateSchema } from '../../shared/preview-messages.js';

export class PreviewSerializer implements vscode.WebviewPanelSerializer {
  constructor(private readonly restore: (panel: vscode.WebviewPanel, uri: vscode.Uri | undefined) => void) {}

  deserializeWebviewPanel(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
    const parsed = pageStateSchema.safeParse(state);
    const uri = parsed.success && parsed.data.uri ? parseUri(parsed.data.uri) : undefined;
    this.restore(panel, uri);
    return Promise.resolve();
  }
}

function parseUri(text: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(text, true);
  } catch {
    return undefined;
  }
}
