// The active article's health at a glance: standard sections present out of five and
// whether the salary figures check out. Clicking opens the Problems panel.
import * as vscode from 'vscode';
import { SECTION_KEYS } from '../shared/sections.js';
import type { Topic } from '../core/types.js';
import type { LintedEvent, ServerClient } from './server-client.js';

/** What "salary" counts: a figure that does not check out or is missing, and a role the dataset does not know. */
const SALARY_TOPICS = new Set<Topic | undefined>(['salary', 'role']);

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('careerArticles.health', vscode.StatusBarAlignment.Left, 50);
  private readonly disposables: vscode.Disposable[] = [this.item];
  private readonly onSaveOnly = new Set<string>();

  constructor(private readonly server: ServerClient) {
    this.item.name = 'Career Articles';
    this.item.command = 'workbench.actions.view.problems';
    this.disposables.push(
      server.onDidLint((event) => this.onDidLint(event)),
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
    );
    this.render();
  }

  private onDidLint(event: LintedEvent): void {
    const key = event.document.uri.toString();
    if (event.onSaveOnly) this.onSaveOnly.add(key);
    else this.onSaveOnly.delete(key);
    if (event.document === vscode.window.activeTextEditor?.document) this.render();
  }

  private render(): void {
    const document = vscode.window.activeTextEditor?.document;
    const latest = document && this.server.latestFor(document);
    const isArticle = latest?.isArticle === true;
    void vscode.commands.executeCommand('setContext', 'careerArticles.isArticle', isArticle);
    if (!document || !latest || !isArticle) {
      this.item.hide();
      return;
    }
    const present = new Set<string>(latest.sections);
    const sections = SECTION_KEYS.filter((k) => present.has(k)).length;
    const salaryProblems = latest.findings.filter((f) => SALARY_TOPICS.has(f.topic)).length;
    const errors = latest.findings.filter((f) => f.severity === 'error').length;
    const saveOnly = this.onSaveOnly.has(document.uri.toString());
    const salary = salaryProblems === 0 ? '$(pass) salary' : `$(warning) salary ${salaryProblems}`;
    this.item.text = `${saveOnly ? '$(watch) ' : ''}$(checklist) ${sections}/5 · ${salary}`;
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const tooltip = new vscode.MarkdownString(
      [
        `**Career Articles**`,
        `- Standard sections: ${sections} of 5${sections < 5 ? ` (missing: ${SECTION_KEYS.filter((k) => !present.has(k)).join(', ')})` : ''}`,
        `- Salary checks: ${salaryProblems === 0 ? 'passing' : `${salaryProblems} problem${salaryProblems > 1 ? 's' : ''}`}`,
        `- Findings: ${latest.findings.length} (${errors} errors)`,
        ...(saveOnly ? ['- This article is larger than `careerArticles.maxFileSize`: it is linted on save only.'] : []),
        '',
        'Click to open the Problems panel · [Open Side-by-Side Preview](command:careerArticles.openPreview)',
      ].join('\n'),
    );
    // Only our own command may run from this tooltip.
    tooltip.isTrusted = { enabledCommands: ['careerArticles.openPreview'] };
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
