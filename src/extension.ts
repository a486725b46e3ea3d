// Composition root: construct the services, register each feature. Nothing else lives here.
// The language server (started on the first article) does the linting: diagnostics, code
// actions, hover, fix all and document symbols come from it; commands, the preview, the
// status bar, the walkthrough and snippets stay here and ask it for their data.
import * as vscode from 'vscode';
import { ServerClient } from './vscode/server-client.js';
import { StatusBar } from './vscode/status-bar.js';
import { registerCommands } from './vscode/commands/register.js';
import { registerPreview } from './vscode/preview/register.js';
import { DATASET_INFO_REQUEST, type DatasetInfoResponse } from './shared/lsp-protocol.js';
import { SiteReportManager } from './vscode/site-report/register.js';
import { onDidShowOccupationPicker } from './vscode/commands/map-role.js';

export function activate(context: vscode.ExtensionContext) {
  const server = new ServerClient(context.extensionUri);
  const reports = new SiteReportManager(server);
  const statusBar = new StatusBar(server);
  context.subscriptions.push(server, reports, statusBar, ...registerCommands(server, reports));
  const preview = registerPreview({ context, server });
  server.startIfNeeded();
  // The API other extensions and the tests use: the same services the features use.
  return {
    server,
    diagnostics: {
      /** The collection the server's findings are published in, once it has started. */
      get collection() {
        return server.collection;
      },
    },
    datasets: { info: () => server.request<DatasetInfoResponse>(DATASET_INFO_REQUEST, {}) },
    preview,
    statusBar: { onDidRender: statusBar.onDidRender },
    siteReport: reports,
    mapRole: { onDidShowPicker: onDidShowOccupationPicker },
  };
}

export function deactivate() {}
