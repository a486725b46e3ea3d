// One count everywhere, in a real VS Code (issue #31, item 2): after Lint Workspace the Problems
// panel lists the cross-article findings too, so its count, the notification's totals (the
// command's summary) and the site report's summary agree on the workspace; saving an article
// checks the site again.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, closeAllEditors, codeOf, ours, waitForDiagnostics, workspaceUri } from './helpers';
import type { SiteReport } from '../../src/core/report/model';
import { ARTICLE_GLOB } from '../../src/vscode/documents';

interface Api {
  siteReport: { open(): Promise<SiteReport | undefined> };
}
interface Summary {
  errors: number;
  warnings: number;
  infos: number;
  cancelled: boolean;
}

const ARTICLE = (figure: string) => `# Product Manager vs. Sales Manager: What Are the Differences?

## Product Manager vs. Sales Manager

### Salary

Product managers earn an average salary of ${figure} per year, while sales managers earn an average salary of $164,350 per year (BLS OEWS May 2025).
`;

/** Our diagnostics on every article file of the workspace (as Lint Workspace finds them), by severity: what the Problems panel counts. */
async function problemsPanel(): Promise<{ errors: number; warnings: number; infos: number; cross: number }> {
  const files = await vscode.workspace.findFiles(ARTICLE_GLOB, '**/node_modules/**');
  const all = files.flatMap((uri) => ours(uri));
  const count = (severity: vscode.DiagnosticSeverity) => all.filter((d) => d.severity === severity).length;
  return {
    errors: count(vscode.DiagnosticSeverity.Error),
    warnings: count(vscode.DiagnosticSeverity.Warning),
    infos: count(vscode.DiagnosticSeverity.Information),
    cross: all.filter((d) => codeOf(d) === 'cross-article-salary').length,
  };
}

describe('One count everywhere', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('the Problems panel, the Lint Workspace notification and the site report count the same findings, cross-article ones included', async () => {
    const folder = workspaceUri(`tmp-${Date.now()}-counts`);
    const files = { 'current.md': ARTICLE('$177,770'), 'draft-a.md': ARTICLE('$120,000'), 'draft-b.md': ARTICLE('$140,000') };
    for (const [name, text] of Object.entries(files))
      await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, name), new TextEncoder().encode(text));
    try {
      const summary = await vscode.commands.executeCommand<Summary>('careerArticles.lintWorkspace');
      assert.equal(summary.cancelled, false);
      const draft = vscode.Uri.joinPath(folder, 'draft-a.md');
      const cross = ours(draft).find((d) => codeOf(d) === 'cross-article-salary');
      assert.ok(cross, 'the draft shows its cross-article finding in the Problems panel');
      assert.ok(
        (cross.relatedInformation ?? []).some((r) => r.location.uri.toString() === vscode.Uri.joinPath(folder, 'current.md').toString()),
        'it links the article with the current figure',
      );
      assert.deepEqual(
        ours(vscode.Uri.joinPath(folder, 'current.md')).filter((d) => codeOf(d) === 'cross-article-salary'),
        [],
      );
      const panel = await problemsPanel();
      assert.ok(panel.cross >= 2, `only ${panel.cross} cross-article findings in Problems`);
      assert.deepEqual(
        { errors: panel.errors, warnings: panel.warnings, infos: panel.infos },
        {
          errors: summary.errors,
          warnings: summary.warnings,
          infos: summary.infos,
        },
      );
      const report = await vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports.siteReport.open();
      assert.ok(report);
      assert.deepEqual(
        { errors: report.summary.errors, warnings: report.summary.warnings, infos: report.summary.infos },
        { errors: summary.errors, warnings: summary.warnings, infos: summary.infos },
      );

      // Saving draft-b with draft-a's figure: they agree now, so draft-b's finding no longer names draft-a
      // (the workspace's other articles with the current figure, and current.md, it still names).
      const namesDraftA = (d: vscode.Diagnostic) => (d.relatedInformation ?? []).some((r) => r.location.uri.path.endsWith('/draft-a.md'));
      const b = vscode.Uri.joinPath(folder, 'draft-b.md');
      assert.ok(
        ours(b).some((d) => codeOf(d) === 'cross-article-salary' && namesDraftA(d)),
        'before: draft-b names draft-a',
      );
      const document = await vscode.workspace.openTextDocument(b);
      const editor = await vscode.window.showTextDocument(document);
      const at = document.getText().indexOf('$140,000');
      await editor.edit((edit) => edit.replace(new vscode.Range(document.positionAt(at), document.positionAt(at + 8)), '$120,000'));
      await document.save();
      const after = await waitForDiagnostics(b, (ds) => ds.some((d) => codeOf(d) === 'cross-article-salary' && !namesDraftA(d)));
      const finding = after.find((d) => codeOf(d) === 'cross-article-salary')!;
      assert.ok(
        (finding.relatedInformation ?? []).some((r) => r.location.uri.toString() === vscode.Uri.joinPath(folder, 'current.md').toString()),
      );
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false });
    }
  });
});
