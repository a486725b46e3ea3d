import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, removeFile, scratchCopy, waitForDiagnostics } from './helpers';

describe('Fixing', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('fixes every problem on save through editor.codeActionsOnSave', async () => {
    const uri = await scratchCopy(['articles', 'registered-nurse-vs-nurse-practitioner.md'], 'fix-on-save.md');
    const editorSettings = vscode.workspace.getConfiguration('editor', { languageId: 'markdown' });
    await editorSettings.update(
      'codeActionsOnSave',
      { 'source.fixAll.careerArticles': 'explicit' },
      vscode.ConfigurationTarget.Workspace,
      true,
    );
    try {
      const document = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(document);
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
      // Saving an unchanged document is a no-op: make it dirty first.
      await editor.edit((edit) => edit.insert(new vscode.Position(document.lineCount, 0), '\n'));
      assert.ok(await document.save());
      const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
      assert.match(saved, /^# Registered Nurse vs\. Nurse Practitioner: What Are the Differences\?/);
      assert.match(saved, /## What is a Registered Nurse\?/);
      assert.match(saved, /### Work Environment/);
      await waitForDiagnostics(uri, (d) => !d.some((x) => ['required-sections', 'title-format', 'role-definition'].includes(codeOf(x)!)));
    } finally {
      await editorSettings.update('codeActionsOnSave', undefined, vscode.ConfigurationTarget.Workspace, true);
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('the quick fix for a missing section says what it does, and the section it inserts is reported once, by its placeholder', async () => {
    const uri = await scratchCopy(['articles', 'missing-environment.md'], 'insert-section.md');
    try {
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const found = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
      const diagnostic = found.find((x) => codeOf(x) === 'required-sections')!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        diagnostic.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const insert = actions.find((a) => a.isPreferred)!;
      assert.equal(insert.title, 'Insert a `Work Environment` section');
      assert.ok(!actions.some((a) => a.title.startsWith('Fix: ')));
      assert.ok(await vscode.workspace.applyEdit(insert.edit!));
      const after = await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections'));
      const environment = after.filter((x) => x.message.includes('`Work Environment`'));
      assert.deepEqual(
        environment.map((x) => codeOf(x)),
        ['empty-section'],
      );
      assert.match(
        environment[0]!.message,
        /^Unexpected placeholder in `Work Environment`, expected the text it asks for: compare the work environment/,
      );
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('fixes all problems of the active article as one undoable edit', async () => {
    const document = await vscode.workspace.openTextDocument({
      language: 'markdown',
      content: '# Accountant vs Auditor\n\n## What is a Accountant?\n\nText.\n',
    });
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(document.uri, (d) => d.length > 0);
    assert.equal(await vscode.commands.executeCommand('careerArticles.fixAll'), true);
    const fixed = document.getText();
    assert.match(fixed, /^# Accountant vs\. Auditor: What Are the Differences\?/);
    assert.match(fixed, /## What is an Accountant\?/);
    assert.match(fixed, /### Salary/);
    await vscode.commands.executeCommand('undo');
    assert.equal(document.getText(), '# Accountant vs Auditor\n\n## What is a Accountant?\n\nText.\n');
  });
});
