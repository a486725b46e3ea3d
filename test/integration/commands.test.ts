import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, ours, removeFile, scratchCopy, waitForDiagnostics, workspaceUri } from './helpers';
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

  it('New Comparison Article opens a skeleton with dataset salary, education and outlook sentences that lints clean', async () => {
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
    // Wait for a lint of the new document, then require it to be clean.
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    assert.deepEqual(
      ours(editor.document.uri).map((d) => `${codeOf(d)}: ${d.message}`),
      [],
    );
    await screenshot('new-article');
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
