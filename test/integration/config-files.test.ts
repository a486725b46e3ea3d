import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ours, waitForDiagnostics, workspaceUri } from './helpers';

const encode = (text: string) => new TextEncoder().encode(text);

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
    const [missing] = (await waitForDiagnostics(article, (d) => d.some((x) => codeOf(x) === 'required-sections'))).filter(
      (d) => codeOf(d) === 'required-sections',
    );
    assert.equal(missing!.severity, vscode.DiagnosticSeverity.Warning);
  });

  it('shows a broken config file as a problem at its line and JSON path, and keeps linting', async () => {
    await vscode.workspace.fs.writeFile(config, encode('{\n  "rules": {\n    "empty-section": { "minWords": "many" }\n  }\n}\n'));
    const [problem] = await waitForDiagnostics(config, (d) => d.length > 0);
    assert.equal(problem!.range.start.line, 2);
    assert.match(problem!.message, /rules\.empty-section\.minWords: expected a number, got string/);
    // The article is still linted, with the settings alone (required-sections is back to an error).
    const [missing] = (
      await waitForDiagnostics(article, (d) =>
        d.some((x) => codeOf(x) === 'required-sections' && x.severity === vscode.DiagnosticSeverity.Error),
      )
    ).filter((d) => codeOf(d) === 'required-sections');
    assert.ok(missing);
    await vscode.workspace.fs.writeFile(config, encode('{}\n'));
    await waitForDiagnostics(config, (d) => d.length === 0);
  });
});
