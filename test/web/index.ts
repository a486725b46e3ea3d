// The web extension's tests, run inside VS Code's web-worker extension host (`--web`):
// one bundled file, since a worker has no module resolution and no Mocha. It proves the
// extension runs without Node: no `process`, files and the bundled dataset through
// workspace.fs, diagnostics published.
import * as vscode from 'vscode';

type Check = [name: string, run: () => Promise<void>];

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(message);
}

function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'career-articles');
}

function waitFor(uri: vscode.Uri, predicate: (d: vscode.Diagnostic[]) => boolean, timeoutMs = 20_000): Promise<vscode.Diagnostic[]> {
  return new Promise((resolve, reject) => {
    const done = () => predicate(ourDiagnostics(uri)) && (finish(), resolve(ourDiagnostics(uri)), true);
    const listener = vscode.languages.onDidChangeDiagnostics(() => void done());
    const timer = setTimeout(() => {
      finish();
      reject(
        new Error(
          `timed out; diagnostics: ${
            ourDiagnostics(uri)
              .map((d) => d.message)
              .join(' | ') || 'none'
          }`,
        ),
      );
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      listener.dispose();
    };
    void done();
  });
}

const code = (d: vscode.Diagnostic) => (typeof d.code === 'object' ? String(d.code.value) : String(d.code));

const checks: Check[] = [
  [
    'runs in a web worker, without Node',
    () => {
      assert(typeof process === 'undefined', 'process is defined: this is not the web-worker host');
      assert(typeof (globalThis as { navigator?: unknown }).navigator !== 'undefined', 'navigator is undefined');
      return Promise.resolve();
    },
  ],
  [
    'activates the browser build',
    async () => {
      const extension = vscode.extensions.getExtension('career-articles.career-articles');
      assert(extension, 'extension not found');
      await extension.activate();
      assert(extension.isActive, 'not active');
    },
  ],
  [
    'lints an article and checks its salary against the bundled dataset read through workspace.fs',
    async () => {
      const document = await vscode.workspace.openTextDocument({
        language: 'markdown',
        content:
          '# Product Manager vs. Sales Manager: What Are the Differences?\n\n## Product Manager vs. Sales Manager\n\n### Salary\n\nSales managers earn an average salary of $83,778 per year.\n',
      });
      await vscode.window.showTextDocument(document);
      const diagnostics = await waitFor(document.uri, (d) => d.some((x) => code(x) === 'salary-mismatch'));
      assert(diagnostics.filter((d) => code(d) === 'required-sections').length === 4, 'expected four missing sections');
      const mismatch = diagnostics.find((d) => code(d) === 'salary-mismatch')!;
      assert(/11-2022/.test(mismatch.message) && /\$164,350/.test(mismatch.message), mismatch.message);
    },
  ],
  [
    "answers the article's outline and a hover from the language server in its web worker",
    async () => {
      const document = vscode.workspace.textDocuments.find((d) => d.getText().startsWith('# Product Manager vs. Sales Manager'));
      assert(document, 'the article of the previous check is open');
      const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', document.uri);
      // The built-in Markdown extension gives its outline too ("# …"): ours names the title itself.
      const ours = symbols.find((s) => s.name === 'Product Manager vs. Sales Manager: What Are the Differences?');
      assert(ours?.kind === vscode.SymbolKind.File, `outline: ${JSON.stringify(symbols.map((s) => s.name))}`);
      const at = document.positionAt(document.getText().indexOf('$83,778') + 2);
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, at);
      const text = hovers
        .flatMap((h) => h.contents)
        .map((c) => (c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : ''))
        .join('\n');
      assert(/Sales Managers/.test(text) && /11-2022/.test(text), `hover: ${text}`);
    },
  ],
];

export async function run(): Promise<void> {
  let passed = 0;
  let failed = 0;
  for (const [name, check] of checks) {
    try {
      await check();
      passed++;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failed++;
      console.log(`  ✗ ${name}\n      ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  console.log(`${passed} passed, ${failed} failed`);
  if (failed > 0) throw new Error(`${failed} web test${failed > 1 ? 's' : ''} failed`);
}
