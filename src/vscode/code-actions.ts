// Code actions over the core's fixes and suggestions: a quick fix per fixable finding
// (the safe one preferred), the suggestions, "fix all of this rule", "disable for this
// line / file" (the core's suppression comments), and source.fixAll.careerArticles so
// `editor.codeActionsOnSave` can fix on save.
import * as vscode from 'vscode';
import type { Finding, Fix } from '../core/index.js';
import { selectFixes } from '../core/fixes.js';
import { engine } from './engine.js';
import type { LintService } from './lint-service.js';
import { sameSpot } from './diagnostic-mapping.js';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('careerArticles');

export function fixesToEdit(document: vscode.TextDocument, fixes: readonly Fix[]): vscode.WorkspaceEdit {
  const edit = new vscode.WorkspaceEdit();
  for (const fix of fixes) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(fix.range[0]), document.positionAt(fix.range[1])), fix.text);
  }
  return edit;
}

/** One edit that turns the document into its fully fixed text (every pass applied). */
export async function fixAllEdit(document: vscode.TextDocument, lints: LintService): Promise<vscode.WorkspaceEdit | undefined> {
  // On save the last keystroke's lint may still be debouncing: lint this version now.
  const latest = lints.latestFor(document) ?? (await lints.lint(document));
  if (!latest?.result.isArticle) return undefined;
  const text = document.getText();
  const fixed = engine().fixAll(text, { config: latest.settings.config, force: true });
  if (fixed.text === text) return undefined;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(text.length)), fixed.text);
  return edit;
}

export class CodeActionProvider implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND];

  constructor(private readonly lints: LintService) {}

  provideCodeActions(
    document: vscode.TextDocument,
    _range: vscode.Range,
    context: vscode.CodeActionContext,
  ): vscode.CodeAction[] | Promise<vscode.CodeAction[]> {
    if (context.only && FIX_ALL_KIND.contains(context.only)) return this.fixAllAction(document);
    const latest = this.lints.latestFor(document);
    if (!latest) return [];
    const actions: vscode.CodeAction[] = [];
    for (const diagnostic of context.diagnostics) {
      const finding = latest.result.findings.find((f) => sameSpot(f, diagnostic));
      if (finding) actions.push(...this.actionsFor(document, finding, diagnostic, latest.result.findings));
    }
    return actions;
  }

  private actionsFor(document: vscode.TextDocument, finding: Finding, diagnostic: vscode.Diagnostic, all: Finding[]): vscode.CodeAction[] {
    const actions: vscode.CodeAction[] = [];
    if (finding.fix) {
      const action = new vscode.CodeAction(`Fix: ${finding.message.replace(/`/g, '')}`, vscode.CodeActionKind.QuickFix);
      action.edit = fixesToEdit(document, [finding.fix]);
      action.diagnostics = [diagnostic];
      action.isPreferred = true;
      actions.push(action);
      const sameRule = all.filter((f) => f.ruleId === finding.ruleId && f.fix);
      if (sameRule.length > 1) {
        const ruleAction = new vscode.CodeAction(`Fix all ${finding.ruleId} problems in this file`, vscode.CodeActionKind.QuickFix);
        ruleAction.edit = fixesToEdit(
          document,
          selectFixes(
            sameRule.map((f) => f.fix!),
            document.getText().length,
          ).selected,
        );
        actions.push(ruleAction);
      }
    }
    for (const suggestion of finding.suggestions ?? []) {
      const action = new vscode.CodeAction(suggestion.title, vscode.CodeActionKind.QuickFix);
      action.edit = fixesToEdit(document, [suggestion.fix]);
      action.diagnostics = [diagnostic];
      actions.push(action);
    }
    // Directives are HTML comments: Markdown takes both; a page only the one inside its article
    // (a comment at the top of a page is outside the part read); plain text has no comments.
    if (document.languageId === 'markdown') {
      actions.push(this.disableAction(document, finding, 'line'), this.disableAction(document, finding, 'file'));
    } else if (document.languageId === 'html') {
      actions.push(this.disableAction(document, finding, 'line'));
    }
    return actions;
  }

  private disableAction(document: vscode.TextDocument, finding: Finding, scope: 'line' | 'file'): vscode.CodeAction {
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const edit = new vscode.WorkspaceEdit();
    if (scope === 'line') {
      const line = document.lineAt(finding.start.line - 1);
      const indent = line.text.slice(0, line.firstNonWhitespaceCharacterIndex);
      edit.insert(document.uri, line.range.start, `${indent}<!-- career-articles-disable-next-line ${finding.ruleId} -->${eol}`);
    } else {
      edit.insert(document.uri, afterFrontMatter(document), `<!-- career-articles-disable ${finding.ruleId} -->${eol}${eol}`);
    }
    const title = scope === 'line' ? `Disable ${finding.ruleId} for this line` : `Disable ${finding.ruleId} for this file`;
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    return action;
  }

  private async fixAllAction(document: vscode.TextDocument): Promise<vscode.CodeAction[]> {
    const edit = await fixAllEdit(document, this.lints);
    if (!edit) return [];
    const action = new vscode.CodeAction('Fix all Career Articles problems', FIX_ALL_KIND);
    action.edit = edit;
    return [action];
  }
}

function afterFrontMatter(document: vscode.TextDocument): vscode.Position {
  if (!document.lineAt(0).text.startsWith('---')) return new vscode.Position(0, 0);
  for (let line = 1; line < document.lineCount; line++) {
    if (/^(---|\.\.\.)\s*$/.test(document.lineAt(line).text)) return document.lineAt(line).rangeIncludingLineBreak.end;
  }
  return new vscode.Position(0, 0);
}
