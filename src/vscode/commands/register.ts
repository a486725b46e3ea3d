// Every command id, bound to its handler. Ids match package.json's contributes.commands.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { lintCurrent, lintWorkspace } from './lint.js';
import { fixAllProblems } from './fix-all.js';
import { newArticle } from './new-article.js';
import { lookUpSalary } from './look-up-salary.js';
import { convertToMarkdown } from './convert.js';

export function registerCommands(server: ServerClient): vscode.Disposable[] {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'careerArticles.lintCurrent': () => lintCurrent(server),
    'careerArticles.lintWorkspace': (folder?: vscode.Uri) => lintWorkspace(server, folder),
    'careerArticles.fixAll': () => fixAllProblems(server),
    'careerArticles.newArticle': (roles?: [string, string]) => newArticle(server, roles),
    'careerArticles.lookUpSalary': () => lookUpSalary(server),
    'careerArticles.convertToMarkdown': () => convertToMarkdown(server),
  };
  return Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
