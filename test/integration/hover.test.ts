import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, removeFile, scratchCopy, waitForDiagnostics, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : ''))
    .join('\n');
}

describe('Hover and workspace data', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('shows the occupation card and the deviation when hovering a salary figure', async () => {
    const uri = workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'salary-mismatch'));
    const at = document.positionAt(document.getText().indexOf('$83,000') + 2);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
    // The answer first, and the whole card within the default hover height.
    assert.equal(text.split('\n')[0], '$(warning) Article `$83,000 per year` · BLS mean $101,420 · -18% · BLS OEWS May 2025');
    assert.ok(text.split('\n').length <= 16, text);
    // No web page shown as "oes291141.htm(1, 1): …" above the hover: the card links it.
    const mismatch = diagnostics.find((d) => codeOf(d) === 'salary-mismatch' && d.range.contains(at))!;
    assert.ok(!(mismatch.relatedInformation ?? []).some((r) => r.location.uri.scheme === 'https'));
    assert.match(text, /Registered Nurses/);
    assert.match(text, /29-1141/);
    assert.match(text, /Matched by title "Registered Nurses"/);
    assert.match(text, /\$101,420/);
    assert.match(text, /-18%/);
    assert.match(text, /BLS OEWS May 2025/);
    assert.match(text, /Job outlook, 2025–35 \| \+5\.6% from 2025 to 2035 \(180,800 openings a year\)/);
    assert.match(text, /Typical education \| Bachelor's degree/);
    assert.match(text, /Employment Projections, 2025–35/);
    // The card as the author sees it: the hover widget over the figure (answered by then: the
    // provider request above and the widget's own go to the server in order).
    const editor = vscode.window.activeTextEditor!;
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at), vscode.TextEditorRevealType.InCenter);
    await vscode.commands.executeCommand('notifications.clearAll');
    await vscode.commands.executeCommand('editor.action.showHover');
    await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at);
    await screenshot('hover');
  });

  it('shows the article’s readability on its title, and a role named in the title keeps its occupation card', async () => {
    const uri = workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md');
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    await waitForDiagnostics(uri, (d) => d.length > 0);
    const title = document.lineAt(0).text;
    const end = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, new vscode.Position(0, title.length - 1)),
    );
    assert.match(
      end.split('\n')[0]!,
      /^\*\*Readability\*\* · Reading ease -?\d+(\.\d)? · \d+% long sentences · \d+% passive · longest paragraph \d+ words$/,
    );
    assert.match(end, /Flesch reading ease -?\d+(\.\d)? reads as /);
    const role = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>(
        'vscode.executeHoverProvider',
        uri,
        new vscode.Position(0, title.indexOf('Nurse') + 1),
      ),
    );
    assert.match(role, /Registered Nurses/);
    assert.doesNotMatch(role, /Readability/);
  });

  it('checks drafts against the workspace dataset named by their config file', async () => {
    const uri = await scratchCopy(['drafts', 'growth-hacker-vs-sales-manager.md'], 'draft.md');
    try {
      await vscode.window.showTextDocument(uri);
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'salary-mismatch'));
      const mismatch = diagnostics.filter((d) => codeOf(d) === 'salary-mismatch');
      assert.equal(mismatch.length, 1);
      assert.match(mismatch[0]!.message, /Growth Marketers \(custom-growth\).*\$120,000/);
      assert.ok(!diagnostics.some((d) => codeOf(d) === 'empty-section'), 'the drafts config lowers minWords to 5');
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });
});
