import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ours, removeFile, scratchCopy, waitForDiagnostics, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

describe('Diagnostics', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('shows one required-sections diagnostic for the missing section of an opened article', async () => {
    // A fresh copy: no other test (Lint Workspace) can have published its diagnostics already.
    const uri = await scratchCopy(['articles', 'missing-environment.md'], 'opened.md');
    try {
      await vscode.window.showTextDocument(uri);
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
      const missing = diagnostics.filter((d) => codeOf(d) === 'required-sections');
      assert.equal(missing.length, 1);
      assert.match(missing[0]!.message, /Work Environment/);
      assert.equal(missing[0]!.severity, vscode.DiagnosticSeverity.Error);
      const code = missing[0]!.code as { target: vscode.Uri };
      assert.match(code.target.path, /docs\/rules\/required-sections\.md$/);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      // Earlier tests' notifications would cover the panel.
      await vscode.commands.executeCommand('notifications.clearAll');
      await screenshot('problems-panel');
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('keeps a README that is not an article free of diagnostics', async () => {
    const uri = workspaceUri('README.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    // Lint it explicitly and wait for the command to finish, so "none" is not just "not yet".
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    assert.deepEqual(ours(uri), []);
  });

  it('updates diagnostics as the author types and clears them when the document closes', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Accountant vs. Auditor: What Are the Differences?\n\n## Accountant vs. Auditor\n\n### Skills\n\nText.\n',
    });
    const editor = await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 4);
    await editor.edit((edit) => edit.insert(new vscode.Position(4, 0), '### Salary\n\nText.\n\n'));
    await waitForDiagnostics(document.uri, (d) => d.filter((x) => codeOf(x) === 'required-sections').length === 3);
    const order = ours(document.uri).filter((d) => codeOf(d) === 'section-order');
    assert.equal(order.length, 1, 'Salary before Skills breaks the order');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitForDiagnostics(document.uri, (d) => d.length === 0);
  });

  it('applies a quick fix that inserts the missing section, and the diagnostic goes away', async () => {
    const uri = await scratchCopy(['articles', 'missing-environment.md'], 'quick-fix.md');
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      const [missing] = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'))).filter(
        (d) => codeOf(d) === 'required-sections',
      );
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, missing!.range);
      const fix = actions.find((a) => a.isPreferred && a.title.includes('Work Environment'));
      assert.ok(fix?.edit, `no preferred fix among: ${actions.map((a) => a.title).join(' | ')}`);
      assert.ok(actions.some((a) => a.title === 'Disable required-sections for this line'));
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(
        document.getText(),
        /### Work Environment\n\nTODO: compare the work environment of product managers and sales managers\./,
      );
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections'));
      await vscode.commands.executeCommand('undo');
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('takes a settings change into account without a reload', async () => {
    const uri = workspaceUri('articles', 'missing-environment.md');
    await vscode.window.showTextDocument(uri);
    await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
    const settings = vscode.workspace.getConfiguration('careerArticles');
    await settings.update('rules', { 'required-sections': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections'));
      await settings.update('severityOverrides', { 'required-sections': 'info' }, vscode.ConfigurationTarget.Workspace);
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      const [info] = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'))).filter(
        (d) => codeOf(d) === 'required-sections',
      );
      assert.equal(info!.severity, vscode.DiagnosticSeverity.Information);
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
      await settings.update('severityOverrides', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });
});
