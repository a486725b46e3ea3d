// Composition root: construct the services, register each feature. Nothing else lives here.
import * as vscode from 'vscode';
import { ConfigService } from './vscode/config-service.js';
import { DatasetService } from './vscode/dataset-service.js';
import { LintService } from './vscode/lint-service.js';
import { DiagnosticManager } from './vscode/diagnostic-manager.js';
import { CodeActionProvider } from './vscode/code-actions.js';
import { StatusBar } from './vscode/status-bar.js';
import { HoverProvider } from './vscode/hover.js';
import { registerCommands } from './vscode/commands/register.js';
import { registerPreview } from './vscode/preview/register.js';
import { ARTICLE_SELECTOR } from './vscode/documents.js';

export function activate(context: vscode.ExtensionContext) {
  const fileProblems = vscode.languages.createDiagnosticCollection('career-articles-files');
  const configs = new ConfigService(fileProblems);
  const datasets = new DatasetService(context.extensionUri, fileProblems);
  const lints = new LintService(configs, datasets);
  const diagnostics = new DiagnosticManager(lints, context.extensionUri);

  context.subscriptions.push(
    fileProblems,
    configs,
    datasets,
    diagnostics,
    new StatusBar(diagnostics, lints),
    vscode.languages.registerCodeActionsProvider(ARTICLE_SELECTOR, new CodeActionProvider(lints), {
      providedCodeActionKinds: CodeActionProvider.kinds,
    }),
    vscode.languages.registerHoverProvider(ARTICLE_SELECTOR, new HoverProvider(lints, datasets)),
    ...registerCommands({ context, configs, datasets, lints, diagnostics }),
    configs.onDidChange(() => diagnostics.lintOpenDocuments()),
    datasets.onDidChange(() => diagnostics.lintOpenDocuments()),
  );

  const preview = registerPreview({ context, configs, datasets, lints, diagnostics });
  diagnostics.lintOpenDocuments();
  // The API other extensions and the tests use: the same services the features use.
  return { lints, configs, datasets, diagnostics, preview };
}

export function deactivate() {}
