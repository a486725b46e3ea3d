// The site features in a real VS Code: Update Figures (one WorkspaceEdit through the refactor
// preview, undoable), the map-role quick fix on salary-unknown-role (the mapping is used by
// the next lint in the editor and by the CLI), and the Site Report webview.
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as vscode from 'vscode';
import { EXTENSION_ID, activateExtension, closeAllEditors, codeOf, waitForDiagnostics, workspaceUri } from './helpers';
import type { SiteReport } from '../../src/core/report/model';

interface Api {
  siteReport: {
    open(): Promise<SiteReport | undefined>;
    onDidRender: vscode.Event<SiteReport>;
    query(): Promise<{ text: string; links: number; scripts: number; images: number; embedded: string[] }>;
    click(file: string): Promise<void>;
  };
  mapRole: { onDidShowPicker: vscode.Event<vscode.QuickPick<vscode.QuickPickItem>> };
}

const api = () => vscode.extensions.getExtension<Api>(EXTENSION_ID)!.exports;
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

const OLD = `# Marketing Manager vs. Sales Manager: What Are the Differences?

## Marketing Manager vs. Sales Manager

### Salary

Marketing managers earn an average salary of $171,520 per year (May 2024).

Sales managers earn an average salary of $160,930 per year (May 2024).
`;

const GROWTH = `# Growth Hacker vs. Marketing Manager: What Are the Differences?

## Growth Hacker vs. Marketing Manager

### Salary

Growth hackers earn an average salary of $50,000 per year, while marketing managers earn an average salary of $177,770 per year (BLS OEWS May 2025).
`;

/** A scratch folder of the fixture workspace with these files, removed by the returned function. */
async function scratchFolder(
  name: string,
  files: Record<string, string>,
): Promise<{ folder: vscode.Uri; file(name: string): vscode.Uri; remove(): Promise<void> }> {
  const folder = workspaceUri(`tmp-${Date.now()}-${name}`);
  for (const [file, text] of Object.entries(files))
    await vscode.workspace.fs.writeFile(vscode.Uri.joinPath(folder, file), new TextEncoder().encode(text));
  return {
    folder,
    file: (file) => vscode.Uri.joinPath(folder, file),
    remove: () => Promise.resolve(vscode.workspace.fs.delete(folder, { recursive: true, useTrash: false })),
  };
}

/** Resolves once `predicate` holds, checking after each change of a text document (the refactor preview applies its edit). */
function untilDocument(uri: vscode.Uri, predicate: (text: string) => boolean, poke: () => void, timeoutMs = 20_000): Promise<void> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (document && predicate(document.getText())) {
        cleanup();
        resolve();
      }
    };
    const listener = vscode.workspace.onDidChangeTextDocument((e) => e.document.uri.toString() === uri.toString() && check());
    // The preview opens on its own time: ask it to apply until it has (a command, not a sleep, each turn).
    const interval = setInterval(poke, 250);
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`Timed out waiting for ${uri.path} to change`));
    }, timeoutMs);
    const cleanup = () => {
      clearInterval(interval);
      clearTimeout(timer);
      listener.dispose();
    };
    check();
  });
}

describe('Site features', () => {
  before(activateExtension);
  afterEach(closeAllEditors);

  const current = OLD.replace('$171,520', '$177,770')
    .replace('$160,930', '$164,350')
    .replace(/May 2024/g, 'May 2025');
  /**
   * Confirms in the refactor preview as an author does, once it shows the edit (it has opened its
   * copy of each of the `files`, documents of a scheme of its own): VS Code lists edits that need
   * confirmation unchecked, so the author ticks the whole group, then applies.
   */
  let previewShown = false;
  const previewConfirmation = (files: number) => {
    previewShown = false;
    let previewed = 0;
    let started = false;
    const opened = vscode.workspace.onDidOpenTextDocument((d) => {
      if (d.uri.scheme === 'vscode-bulkeditpreview-editor') previewed++;
      if (previewed >= files) opened.dispose();
    });
    const run = (id: string) => vscode.commands.executeCommand(id);
    return () => {
      if (previewed < files || started) return;
      previewShown = true;
      started = true;
      void (async () => {
        await run('refactorPreview.groupByType');
        await run('refactorPreview.focus');
        await run('list.focusFirst');
        await run('refactorPreview.toggleCheckedState');
        await run('refactorPreview.apply');
      })().then(undefined, (error: unknown) => console.log(`refactor preview: ${String(error)}`));
    };
  };

  it('updates out-of-date figures across a folder as one WorkspaceEdit confirmed in the refactor preview', async () => {
    const site = await scratchFolder('figures', { 'a.md': OLD, 'b.md': OLD, 'c.md': current });
    try {
      const confirm = previewConfirmation(2);
      const running = vscode.commands.executeCommand<{ figures: number; files: number; left: number; applied: boolean }>(
        'careerArticles.updateFigures',
        site.folder,
      );
      await untilDocument(site.file('a.md'), (text) => text === current, confirm);
      assert.ok(previewShown, 'the edit went through the refactor preview');
      // c.md is current already: two files in the edit, not three.
      assert.deepEqual({ ...(await running) }, { figures: 4, files: 2, left: 0, applied: true });
      for (const name of ['a.md', 'b.md']) {
        const document = await vscode.workspace.openTextDocument(site.file(name));
        assert.equal(document.getText(), current, `${name}: only the figures and the citations change`);
        // A refactoring's files are saved once applied (files.refactoring.autoSave), and stay undoable.
        assert.equal(decode(await vscode.workspace.fs.readFile(site.file(name))), current, `${name} on disk`);
      }
    } finally {
      await closeAllEditors();
      await site.remove();
    }
  });

  it('undoes Update Figures with one undo', async () => {
    const site = await scratchFolder('figures-undo', { 'a.md': OLD });
    try {
      const a = site.file('a.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a));
      const confirm = previewConfirmation(1);
      const running = vscode.commands.executeCommand('careerArticles.updateFigures', site.folder);
      await untilDocument(a, (text) => text === current, confirm);
      await running;
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(a));
      await vscode.commands.executeCommand('undo');
      await untilDocument(
        a,
        (text) => text === OLD,
        () => undefined,
      );
    } finally {
      await closeAllEditors();
      await site.remove();
    }
  });

  it('the unknown-role quick fix maps the role in the nearest config; the next lint and the CLI use the mapping', async () => {
    const config = '// scratch site\n{\n    "rules": { "salary-no-source": "off" }\n}\n';
    const site = await scratchFolder('map-role', { '.career-articles.json': config, 'growth.md': GROWTH });
    try {
      const uri = site.file('growth.md');
      await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      const [unknown] = await waitForDiagnostics(uri, (d) => d.some((x) => codeOf(x) === 'salary-unknown-role'));
      const diagnostic = (await waitForDiagnostics(uri, () => true)).find((d) => codeOf(d) === 'salary-unknown-role') ?? unknown!;
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, diagnostic.range);
      const map = actions.find((a) => a.title === 'Map `Growth Hacker` to an occupation…');
      assert.ok(map?.command, `no map action in: ${actions.map((a) => a.title).join(' | ')}`);
      const picker = new Promise<vscode.QuickPick<vscode.QuickPickItem>>((resolve) => {
        const once = api().mapRole.onDidShowPicker((pick) => {
          once.dispose();
          resolve(pick);
        });
      });
      const running = vscode.commands.executeCommand<{ soc: string } | undefined>(map.command.command, ...(map.command.arguments ?? []));
      const pick = await picker;
      const first = pick.items[0] as vscode.QuickPickItem & { soc?: string };
      assert.ok(first?.description, 'the picker lists the nearest occupations');
      await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
      const outcome = await running;
      assert.equal(outcome?.soc, first.description);
      const written = decode(await vscode.workspace.fs.readFile(site.file('.career-articles.json')));
      // The new key goes first, so nothing else of the file is touched (its comment, its one-line rules).
      assert.equal(
        written,
        `// scratch site\n{\n    "roles": {\n        "Growth Hacker": "${first.description}"\n    },\n    "rules": { "salary-no-source": "off" }\n}\n`,
      );
      const after = await waitForDiagnostics(
        uri,
        (d) => !d.some((x) => codeOf(x) === 'salary-unknown-role') && d.some((x) => codeOf(x) === 'salary-mismatch'),
      );
      assert.match(after.find((d) => codeOf(d) === 'salary-mismatch')!.message, new RegExp(`\\(${first.description}\\)`));
      // The CLI reads the same config.
      const cli = vscode.Uri.joinPath(vscode.extensions.getExtension(EXTENSION_ID)!.extensionUri, 'dist', 'cli.js').fsPath;
      let stdout = '';
      try {
        stdout = execFileSync(process.execPath, [cli, 'lint', '--format', 'json', uri.fsPath], {
          encoding: 'utf8',
          env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        });
      } catch (error) {
        stdout = (error as { stdout: string }).stdout; // exit 1: the article has errors
      }
      const findings = (JSON.parse(stdout) as Array<{ findings: Array<{ ruleId: string; data?: { socCode?: string } }> }>)[0]!.findings;
      assert.ok(!findings.some((f) => f.ruleId === 'salary-unknown-role'));
      assert.equal(findings.find((f) => f.ruleId === 'salary-mismatch')?.data?.socCode, first.description);
    } finally {
      await closeAllEditors();
      await site.remove();
    }
  });

  it('opens the site report in a webview with the text escaped, rows opening the article at the line, rebuilt after Lint Workspace', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    // A file name is article-controlled text the report shows.
    const site = await scratchFolder('report', { 'a.md': OLD, [`x${payload}.md`]: GROWTH });
    try {
      const reports = api().siteReport;
      const report = await reports.open();
      assert.ok(report && report.summary.articles >= 2);
      const a = report.articles.find((row) => row.file.endsWith('report/a.md') || (row.file.includes('tmp-') && row.file.endsWith('a.md')));
      assert.ok(a, report.articles.map((row) => row.file).join(', '));
      assert.ok(report.roles.some((r) => r.role === 'Marketing Manager' && r.figures.some((f) => f.file === a.file)));
      const page = await reports.query();
      assert.equal(page.images, 0, `no element from article text was created: ${page.embedded.join(' ')}`);
      assert.ok(page.text.includes(payload), 'the article text is shown as text');
      assert.ok(page.links > 0);
      const opened = new Promise<vscode.TextEditor>((resolve) => {
        const once = vscode.window.onDidChangeActiveTextEditor((editor) => {
          if (editor?.document.uri.path.endsWith(a.file.split('/').pop()!) && editor.document.uri.path.includes('tmp-')) {
            once.dispose();
            resolve(editor);
          }
        });
      });
      await reports.click(a.file);
      const editor = await opened;
      assert.equal(editor.selection.active.line + 1, a.findings[0]!.line);
      const rebuilt = new Promise<SiteReport>((resolve) => {
        const once = reports.onDidRender((r) => {
          once.dispose();
          resolve(r);
        });
      });
      await vscode.commands.executeCommand('careerArticles.lintWorkspace');
      assert.ok((await rebuilt).summary.articles >= 2);
    } finally {
      await closeAllEditors();
      await site.remove();
    }
  });
});
