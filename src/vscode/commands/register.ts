// Every command id, bound to its handler. Ids match package.json's contributes.commands.
import * as vscode from 'vscode';
import type { ConfigService } from '../config-service.js';
import type { DatasetService } from '../dataset-service.js';
import type { LintService } from '../lint-service.js';
import type { DiagnosticManager } from '../diagnostic-manager.js';
import { lintCurrent, lintWorkspace } from './lint.js';
import { fixAllProblems } from './fix-all.js';
import { newArticle } from './new-article.js';
import { lookUpSalary } from './look-up-salary.js';
import { convertToMarkdown } from './convert.js';

export interface Services {
  context: vscode.ExtensionContext;
  configs: ConfigService;
  datasets: DatasetService;
  lints: LintService;
  diagnostics: DiagnosticManager;
}

export function registerCommands({ context, datasets, lints, diagnostics }: Services): vscode.Disposable[] {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'careerArticles.lintCurrent': () => lintCurrent(diagnostics),
    'careerArticles.lintWorkspace': (folder?: vscode.Uri) => lintWorkspace(diagnostics, lints, context.extensionUri, folder),
    'careerArticles.fixAll': () => fixAllProblems(lints),
    'careerArticles.newArticle': (roles?: [string, string]) => newArticle(datasets, roles),
    'careerArticles.lookUpSalary': () => lookUpSalary(datasets),
    'careerArticles.convertToMarkdown': () => convertToMarkdown(lints),
  };
  return Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
