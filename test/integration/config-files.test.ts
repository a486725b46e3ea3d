import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ours, waitForDiagnostics, workspaceUri } from './helpers';

// Every wait here is for the final state (the severity, the line), never for the first
// change: a write is a truncate and a fill, and the extension may see either first.
const encode = (text: string) => new TextEncoder().encode(text);
const requiredSections = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'required-sections');
const withSeverity = (severity: vscode.DiagnosticSeverity) => (d: vscode.Diagnostic[]) =>
  requiredSections(d).length > 0 && requiredSections(d).every((x) => x.severity === severity);

describe('Config files', () => {
  const folder = workspaceUri('articles', `tmp-config-${Date.now()}`);
  const article = vscode.Uri.joinPath(folder, 'article.md');
  const config = vscode.Uri.joinPath(folder, '.career-articles.json');

  before(async () => {
    await activateExtension();
    await vscode.workspace.fs.createDirectory(folder);
    await vscode.workspace.fs.writeFile(article, await vscode.workspace.fs.readFile(workspaceUri('articles', 'missing-environment.md')));
    await vscode.workspace.fs.writeFile(config, encode('{ "rules": { "required-sections": "off" } }\n'));
  });
  after(async () => {
    await closeAllEditors();
    await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
  });

  it('follows the nearest .career-articles.json, and re-lints open articles when it changes', async () => {
    await vscode.window.showTextDocument(article);
    // The command resolves once its lint is published: then "none" is not just "not yet".
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    assert.deepEqual(
      ours(article).filter((d) => codeOf(d) === 'required-sections'),
      [],
    );
    await vscode.workspace.fs.writeFile(config, encode('{ "rules": { "required-sections": "warning" } }\n'));
    const missing = requiredSections(await waitForDiagnostics(article, withSeverity(vscode.DiagnosticSeverity.Warning)));
    assert.equal(missing.length, 1);
  });

  it('shows a broken config file as a problem at its line and JSON path, and keeps linting', async () => {
    await vscode.workspace.fs.writeFile(config, encode('{\n  "rules": {\n    "empty-section": { "minWords": "many" }\n  }\n}\n'));
    const minWords = /rules\.empty-section\.minWords: expected a number, got string/;
    const problems = await waitForDiagnostics(
      config,
      (d) => d.length === 1 && d[0]!.range.start.line === 2 && minWords.test(d[0]!.message),
    );
    assert.equal(problems[0]!.severity, vscode.DiagnosticSeverity.Error);
    // The article is still linted, with the settings alone (required-sections is back to an error).
    await waitForDiagnostics(article, withSeverity(vscode.DiagnosticSeverity.Error));
    await vscode.workspace.fs.writeFile(config, encode('{}\n'));
    await waitForDiagnostics(config, (d) => d.length === 0);
  });

  it('ends with the final content of a config file written in pieces, with no problem left from a half-written read', async () => {
    await vscode.window.showTextDocument(article);
    const final = '{\n  "rules": {\n    "required-sections": "info"\n  }\n}\n';
    // A writer that stalls half-way: the first write is broken JSON, the second completes it.
    await vscode.workspace.fs.writeFile(config, encode(final.slice(0, 14)));
    await vscode.workspace.fs.writeFile(config, encode(final));
    await waitForDiagnostics(article, withSeverity(vscode.DiagnosticSeverity.Information));
    await waitForDiagnostics(config, (d) => d.length === 0);
    // Nothing stale arrives later: a fresh lint (started after every watch event so far) publishes the same state.
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    assert.deepEqual(ours(config), []);
    assert.ok(withSeverity(vscode.DiagnosticSeverity.Information)(ours(article)), 'required-sections is no longer info');
  });

  it('re-lints open articles when the style file the config names changes (YAML too)', async () => {
    await vscode.window.showTextDocument(article);
    const style = vscode.Uri.joinPath(folder, 'house-style.yaml');
    const terms = (d: vscode.Diagnostic[]) => d.filter((x) => codeOf(x) === 'style-term').map((x) => x.message);
    // "customers" gives "expected `clients`": the term's plural, so the check reads the word's start.
    await vscode.workspace.fs.writeFile(style, encode('terms:\n  - use: client\n    avoid: [customer]\n'));
    await vscode.workspace.fs.writeFile(config, encode('{ "style": "house-style.yaml" }\n'));
    await waitForDiagnostics(article, (d) => terms(d).length > 0 && terms(d).every((m) => m.includes('expected `client')));
    // Only the style file changes: the config's text is the same, so the watch on the style file is what re-lints.
    await vscode.workspace.fs.writeFile(style, encode('terms:\n  - use: buyer\n    avoid: [customer]\n'));
    const after = terms(
      await waitForDiagnostics(article, (d) => terms(d).length > 0 && terms(d).every((m) => m.includes('expected `buyer'))),
    );
    assert.ok(after.length > 0);
    await vscode.workspace.fs.writeFile(config, encode('{}\n'));
    await vscode.workspace.fs.delete(style);
  });
});
