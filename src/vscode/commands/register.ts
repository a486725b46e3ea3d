// Every command id, bound to its handler. Ids match package.json's contributes.commands.
import * as vscode from 'vscode';
import type { ServerClient } from '../server-client.js';
import { lintCurrent, lintWorkspace } from './lint.js';
import { fixAllProblems } from './fix-all.js';
import { newArticle } from './new-article.js';
import { lookUpSalary } from './look-up-salary.js';
import { convertToMarkdown } from './convert.js';
import { updateFigures } from './update-figures.js';
import { mapRole } from './map-role.js';
import type { MapRoleArguments } from '../../shared/site-protocol.js';
import type { SiteReportManager } from '../site-report/register.js';

export function registerCommands(server: ServerClient, reports: SiteReportManager): vscode.Disposable[] {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'careerArticles.lintCurrent': () => lintCurrent(server),
    'careerArticles.lintWorkspace': async (folder?: vscode.Uri) => {
      const summary = await lintWorkspace(server, folder);
      // An open site report follows what the workspace lint found.
      if (reports.isOpen) await reports.refresh();
      return summary;
    },
    'careerArticles.updateFigures': (folder?: vscode.Uri) => updateFigures(server, folder instanceof vscode.Uri ? folder : undefined),
    'careerArticles.mapRole': (args: MapRoleArguments) => mapRole(server, args),
    'careerArticles.openSiteReport': () => reports.open(),
    'careerArticles.fixAll': () => fixAllProblems(server),
    'careerArticles.newArticle': (roles?: [string, string]) => newArticle(server, roles),
    'careerArticles.lookUpSalary': () => lookUpSalary(server),
    'careerArticles.convertToMarkdown': () => convertToMarkdown(server),
  };
  return Object.entries(commands).map(([id, handler]) => vscode.commands.registerCommand(id, handler));
}
