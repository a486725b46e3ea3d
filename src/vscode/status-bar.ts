// The active article's health at a glance, in words: "Article: 2 warnings", counting every
// severity the Problems panel shows for it; the tooltip names the standard sections present
// and missing. Clicking opens the Problems panel.
import * as vscode from 'vscode';
import { SECTION_KEYS, SECTION_LABELS } from '../shared/sections.js';
import { severityCounts } from '../shared/severity-counts.js';
import type { LintedEvent, ServerClient } from './server-client.js';

export class StatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('careerArticles.health', vscode.StatusBarAlignment.Left, 50);
  private readonly rendered = new vscode.EventEmitter<{ text: string; tooltip: string } | undefined>();
  /** After each render: the item's text and tooltip, or undefined when it is hidden (the tests follow it). */
  readonly onDidRender = this.rendered.event;
  private readonly disposables: vscode.Disposable[] = [this.item, this.rendered];
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
      this.rendered.fire(undefined);
      return;
    }
    const present = new Set<string>(latest.sections);
    const missing = SECTION_KEYS.filter((k) => !present.has(k));
    const { findings } = latest;
    const errors = findings.filter((f) => f.severity === 'error').length;
    const saveOnly = this.onSaveOnly.has(document.uri.toString());
    // Every severity the Problems panel shows for the article, in words a newcomer reads as they are.
    const counts = severityCounts(findings);
    const icon = findings.length === 0 ? '$(pass)' : errors > 0 ? '$(error)' : '$(warning)';
    this.item.text = `${saveOnly ? '$(watch) ' : ''}${icon} Article: ${counts}`;
    this.item.backgroundColor = errors > 0 ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    const tooltip = new vscode.MarkdownString(
      [
        `**Career Articles: this comparison article**`,
        `- Findings: ${counts === 'no problems' ? 'none' : counts} (listed in the Problems panel)`,
        `- Standard sections: ${SECTION_KEYS.length - missing.length} of ${SECTION_KEYS.length}${missing.length > 0 ? ` (missing: ${missing.map((k) => SECTION_LABELS[k]).join(', ')})` : ''}`,
        ...(saveOnly ? ['- This article is larger than `careerArticles.maxFileSize`: it is linted on save only.'] : []),
        '',
        'Click to open the Problems panel · [Open Side-by-Side Preview](command:careerArticles.openPreview)',
      ].join('\n'),
    );
    // Only our own command may run from this tooltip.
    tooltip.isTrusted = { enabledCommands: ['careerArticles.openPreview'] };
    this.item.tooltip = tooltip;
    this.item.show();
    this.rendered.fire({ text: this.item.text, tooltip: tooltip.value });
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }
}
