import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ours, removeFile, scratchCopy, waitForDiagnostics, workspaceUri } from './helpers';

/** Opens a file in the language VS Code gives its extension, and checks that language. */
async function open(uri: vscode.Uri, languageId: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(uri);
  assert.equal(document.languageId, languageId);
  await vscode.window.showTextDocument(document);
  return document;
}

describe('Plain-text and HTML articles', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('shows the missing section of a plain-text article pasted from a career site', async () => {
    const uri = await scratchCopy(['forms', 'registered-nurse-vs-medical-assistant.txt'], 'nurse.txt');
    try {
      await open(uri, 'plaintext');
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
      const missing = diagnostics.filter((d) => codeOf(d) === 'required-sections');
      assert.equal(missing.length, 1);
      assert.match(missing[0]!.message, /Work Environment/);
      // The comparison heading line, counted in the original text (navigation lines included).
      assert.equal(missing[0]!.range.start.line, 14);
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('shows the missing section of an HTML page at the line of its comparison heading, and fixes it with an <h3>', async () => {
    const uri = await scratchCopy(['forms', 'accountant-vs-auditor.html'], 'accountant.html');
    try {
      const document = await open(uri, 'html');
      const [missing] = (await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'required-sections'))).filter(
        (d) => codeOf(d) === 'required-sections',
      );
      assert.ok(missing);
      assert.equal(document.lineAt(missing.range.start.line).text.trim(), '<h2>Accountant vs. Auditor</h2>');
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
        'vscode.executeCodeActionProvider',
        uri,
        missing.range,
        vscode.CodeActionKind.QuickFix.value,
      );
      const fix = actions.find((a) => a.isPreferred && a.edit);
      assert.ok(fix?.edit, 'a preferred quick fix with an edit');
      assert.ok(await vscode.workspace.applyEdit(fix.edit));
      assert.match(document.getText(), /\n {4}<h3>Work Environment<\/h3>\n {4}<p>TODO: [^<]*<\/p>\n {4}<h3>Skills<\/h3>/);
      await waitForDiagnostics(uri, (d) => !d.some((x) => codeOf(x) === 'required-sections'));
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('keeps a plain-text note and an HTML page that are not articles free of diagnostics', async () => {
    for (const [name, language] of [
      ['meeting-notes.txt', 'plaintext'],
      ['about.html', 'html'],
    ] as const) {
      const uri = workspaceUri('forms', name);
      await open(uri, language);
      // Lint it explicitly and wait for the command to finish, so "none" is not just "not yet".
      await vscode.commands.executeCommand('careerArticles.lintCurrent');
      assert.deepEqual(ours(uri), [], name);
    }
  });

  it('converts a plain-text article into a Markdown article with the same findings', async () => {
    await open(workspaceUri('forms', 'registered-nurse-vs-medical-assistant.txt'), 'plaintext');
    const markdown = await vscode.commands.executeCommand<vscode.TextDocument | undefined>('careerArticles.convertToMarkdown');
    assert.ok(markdown);
    assert.equal(markdown.languageId, 'markdown');
    assert.match(markdown.getText(), /^# Registered Nurse vs\. Medical Assistant: What Are the Differences\?\n/);
    assert.doesNotMatch(markdown.getText(), /Job Search|Previous|Pharmacist/);
    const diagnostics = await waitForDiagnostics(markdown.uri, (d) => d.some((x) => codeOf(x) === 'required-sections'));
    assert.deepEqual(
      diagnostics.map((d) => codeOf(d)),
      ['required-sections'],
    );
  });
});
