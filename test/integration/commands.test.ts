import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  EXTENSION_ID,
  activateExtension,
  closeAllEditors,
  codeOf,
  ours,
  removeFile,
  scratchCopy,
  waitForDiagnostics,
  workspaceUri,
} from './helpers';
import { screenshot } from './screenshot';

interface Summary {
  files: number;
  articles: number;
  errors: number;
  warnings: number;
  notChecked: number;
  cancelled: boolean;
}

describe('Commands', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('Lint Workspace fills the Problems panel for every article of a folder, and not for the README', async () => {
    const summary = await vscode.commands.executeCommand<Summary>('careerArticles.lintWorkspace');
    assert.equal(summary.cancelled, false);
    assert.ok(summary.articles >= 5, `only ${summary.articles} articles linted`);
    assert.ok(summary.files > summary.articles, 'the README is a Markdown file but not an article');
    const flawed = ours(workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md'));
    assert.ok(flawed.some((d) => codeOf(d) === 'required-sections'));
    assert.ok(flawed.some((d) => codeOf(d) === 'salary-mismatch'));
    assert.ok(ours(workspaceUri('articles', 'missing-environment.md')).some((d) => codeOf(d) === 'required-sections'));
    assert.deepEqual(ours(workspaceUri('articles', 'product-manager-vs-sales-manager.md')), []);
    assert.deepEqual(ours(workspaceUri('README.md')), []);
  });

  it('Lint Workspace counts a file over the time budget as not checked, not as a file that is no article', async () => {
    // 40 KB of `> - ` takes some 20 s to parse, far over the default 3 s budget.
    const slow = workspaceUri('articles', `tmp-${Date.now()}-slow.md`);
    await vscode.workspace.fs.writeFile(slow, Buffer.from(`# A vs. B: What Are the Differences?\n\n${'> - '.repeat(10_000)}\n`));
    try {
      const summary = await vscode.commands.executeCommand<Summary>('careerArticles.lintWorkspace', workspaceUri('articles'));
      assert.equal(summary.notChecked, 1);
      assert.ok(summary.articles >= 5, `only ${summary.articles} articles linted`);
      assert.deepEqual(
        ours(slow).map((d) => codeOf(d)),
        ['not-checked'],
      );
    } finally {
      await removeFile(slow);
    }
  });

  it('New Comparison Article opens a skeleton with dataset salary, education and outlook sentences whose only findings are its placeholders', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('careerArticles.newArticle', [
      'Product Manager',
      'Sales Manager',
    ]);
    assert.ok(editor);
    const text = editor.document.getText();
    assert.equal(editor.document.languageId, 'markdown');
    assert.match(text, /^# Product Manager vs\. Sales Manager: What Are the Differences\?/);
    assert.match(text, /\$177,770 per year/);
    assert.match(text, /\$164,350 per year/);
    assert.match(text, /Bureau of Labor Statistics/);
    assert.match(
      text,
      /### Job Requirements\n\nProduct managers typically need a bachelor's degree .* sales managers typically need a bachelor's degree/,
    );
    assert.match(
      text,
      /Employment of product managers is projected to grow 6\.9% from 2025 to 2035, and employment of sales managers is projected to grow 4\.5%/,
    );
    assert.match(text, /Employment Projections, 2025–35/);
    // Wait for a lint of the new document: each TODO is reported once, by what to write, and nothing else.
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    const found = ours(editor.document.uri);
    assert.ok(found.length >= 4, `only ${found.length} placeholders reported`);
    for (const d of found)
      assert.match(`${codeOf(d)}: ${d.message}`, /^empty-section: Unexpected placeholder in `[^`]+`, expected the text it asks for: /);
    await vscode.commands.executeCommand('notifications.clearAll');
    await screenshot('new-article');
  });

  it('New Comparison Article defines an abbreviation on first use and uses it after, citing each release once', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('careerArticles.newArticle', [
      'Registered Nurse (RN)',
      'Nurse Practitioner (NP)',
    ]);
    assert.ok(editor);
    const text = editor.document.getText();
    assert.match(text, /^# Registered Nurse vs\. Nurse Practitioner: What Are the Differences\?/);
    assert.match(text, /what registered nurses \(RNs\) and nurse practitioners \(NPs\) have in common/);
    assert.match(text, /daily duties of RNs and compare them with the duties of NPs/);
    assert.doesNotMatch(text, /\)s\b/);
    assert.doesNotMatch(text, /according to (the [^.(]+\([^)]*\)) and \1/);
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    assert.deepEqual([...new Set(ours(editor.document.uri).map((d) => codeOf(d)))], ['empty-section']);
  });

  it('the status bar says "Article: N warnings" in words, counting every severity the Problems panel shows', async () => {
    const api = vscode.extensions.getExtension<{
      statusBar: { onDidRender: vscode.Event<{ text: string; tooltip: string } | undefined> };
    }>(EXTENSION_ID)!.exports;
    const uri = workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md');
    const rendered = new Promise<{ text: string; tooltip: string }>((resolve) => {
      const listener = api.statusBar.onDidRender((state) => {
        if (state?.text.includes('Article:')) {
          listener.dispose();
          resolve(state);
        }
      });
    });
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    const diagnostics = await waitForDiagnostics(uri, (d) => d.length > 0);
    const state = await rendered;
    const count = (severity: vscode.DiagnosticSeverity) => ours(uri).filter((d) => d.severity === severity).length;
    const parts = (
      [
        ['error', count(vscode.DiagnosticSeverity.Error)],
        ['warning', count(vscode.DiagnosticSeverity.Warning)],
        ['info', count(vscode.DiagnosticSeverity.Information)],
      ] as const
    )
      .filter(([, n]) => n > 0)
      .map(([noun, n]) => `${n} ${noun}${n === 1 ? '' : 's'}`);
    assert.ok(diagnostics.length > 0);
    assert.ok(state.text.endsWith(`Article: ${parts.join(', ')}`), `${state.text} vs ${parts.join(', ')}`);
    assert.match(state.tooltip, /Standard sections: \d of 5/);
    assert.doesNotMatch(state.text, /\d\/5|salary/);
  });

  it('Lint Current Article on a workspace article reports salary problems from the bundled BLS data', async () => {
    const uri = await scratchCopy(['articles', 'registered-nurse-vs-nurse-practitioner.md'], 'salary.md');
    try {
      await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('careerArticles.lintCurrent');
      const diagnostics = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'salary-mismatch'));
      const mismatch = diagnostics.find((d) => codeOf(d) === 'salary-mismatch')!;
      assert.match(mismatch.message, /\$83,000 per year.*Registered Nurses \(29-1141\).*\$101,420/);
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });
});
