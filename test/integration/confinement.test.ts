// Workspace data the extension must not trust (issue #12, items 12 and 13), in a real VS Code:
// a dataset url built to break out of the hover's link, and a config whose dataset lies
// outside the workspace folder.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, codeOf, removeFile, waitForDiagnostics, workspaceUri } from './helpers';

const ARTICLE = `# Growth Hacker vs. Sales Manager: What Are the Differences?

A growth hacker runs fast experiments.

## Growth Hacker vs. Sales Manager

### Salary

Growth hackers earn an average salary of $90,000 per year, while sales managers earn $160,930.
`;

const HOSTILE_URL = 'https://x.example/a)![p](https://attacker.example/t.png';

function dataset(url: string): string {
  const entry = {
    soc: 'custom-growth',
    title: 'Growth Marketers',
    aliases: ['Growth Hacker'],
    wages: { mean: 120000, median: 115000 },
    source: 'Team salary survey',
    year: 2025,
    url,
  };
  return JSON.stringify({ occupations: [entry] });
}

async function writeText(uri: vscode.Uri, text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((h) => h.contents)
    .map((c) => (c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : ''))
    .join('\n');
}

describe('Untrusted workspace data', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  it('percent-encodes a dataset url in the hover, so it cannot close the link and add a remote image', async () => {
    const folder = workspaceUri(`tmp-${Date.now()}-hostile`);
    try {
      await writeText(vscode.Uri.joinPath(folder, 'roles.json'), dataset(HOSTILE_URL));
      await writeText(vscode.Uri.joinPath(folder, '.career-articles.json'), '{"dataset": "roles.json"}');
      const uri = vscode.Uri.joinPath(folder, 'article.md');
      await writeText(uri, ARTICLE);
      const document = await vscode.workspace.openTextDocument(uri);
      await vscode.window.showTextDocument(document);
      // The workspace dataset is in use once the figure is judged against Growth Marketers.
      await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'salary-mismatch' && /Growth Marketers/.test(x.message)));
      const at = document.positionAt(document.getText().indexOf('growth hacker runs') + 3);
      const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at));
      assert.match(text, /Growth Marketers/);
      assert.match(text, /\]\(https:\/\/x\.example\/a%29%21%5Bp%5D%28https:\/\/attacker\.example\/t\.png\)/);
      assert.doesNotMatch(text, /!\[p\]\(/);
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
    }
  });

  it('does not read a dataset that a workspace config names outside the workspace folder', async () => {
    const folder = workspaceUri(`tmp-${Date.now()}-outside`);
    const outside = vscode.Uri.joinPath(workspaceUri(), '..', `tmp-${Date.now()}-outside-roles.json`);
    try {
      await writeText(outside, dataset('https://www.bls.gov/oes/'));
      const relative = `../../${outside.path.split('/').pop()!}`;
      await writeText(vscode.Uri.joinPath(folder, '.career-articles.json'), JSON.stringify({ dataset: relative }));
      const uri = vscode.Uri.joinPath(folder, 'article.md');
      await writeText(uri, ARTICLE);
      await vscode.window.showTextDocument(uri);
      // Bundled data only: the sales manager's May 2024 figure is judged against the bundled
      // current release (May 2025), and nothing is judged against Growth Marketers.
      const diagnostics = await waitForDiagnostics(uri, (d) =>
        d.some((x) => codeOf(x) === 'salary-mismatch' && /May 2025/.test(x.message)),
      );
      assert.ok(!diagnostics.some((d) => /Growth Marketers/.test(d.message)), 'the outside dataset was not read');
    } finally {
      await closeAllEditors();
      await vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false }).then(undefined, () => undefined);
      await removeFile(outside);
    }
  });
});
