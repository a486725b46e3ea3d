// The side-by-side preview in a real VS Code. The tests run in the extension host and cannot
// see the webview's DOM, so they ask the page: the extension's API (`preview`) posts a
// `query` message and the page answers with facts about what it rendered (PageSnapshot);
// `click` clicks in the page as the user would. Waiting is on render events, or polling the
// page with a deadline; never a fixed sleep.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { PreviewManager } from '../../src/vscode/preview/register';
import type { PageSnapshot } from '../../src/shared/preview-messages';
import { EXTENSION_ID, activateExtension, closeAllEditors, removeFile, scratchCopy, workspaceUri } from './helpers';
import { screenshot } from './screenshot';

type Row = PageSnapshot['rows'][number];

function preview(): PreviewManager {
  return (vscode.extensions.getExtension(EXTENSION_ID)!.exports as { preview: PreviewManager }).preview;
}

const nextRender = (ms: number) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(done, ms);
    const listener = preview().onDidRender(done);
    function done() {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    }
  });

/** Resolves with the page's snapshot once `predicate` holds; asks again after each render (or 100 ms). */
async function pageShows(predicate: (s: PageSnapshot) => boolean, what: string, timeoutMs = 15_000): Promise<PageSnapshot> {
  const deadline = Date.now() + timeoutMs;
  let last: PageSnapshot | undefined;
  for (;;) {
    if (preview().isOpen) {
      last = await preview()
        .query()
        .catch(() => undefined);
      if (last && predicate(last)) return last;
    }
    if (Date.now() > deadline) {
      throw new Error(
        `Timed out waiting for the preview to show ${what}; it shows:\n${last ? JSON.stringify(last, null, 1).slice(0, 3000) : '(no answer)'}`,
      );
    }
    await nextRender(100);
  }
}

function waitFor<T>(event: vscode.Event<T>, predicate: (value: T) => boolean, what: string, timeoutMs = 10_000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      listener.dispose();
      reject(new Error(`Timed out waiting for ${what}`));
    }, timeoutMs);
    const listener = event((value) => {
      if (!predicate(value)) return;
      clearTimeout(timer);
      listener.dispose();
      resolve(value);
    });
  });
}

const row = (s: PageSnapshot, id: string): Row => {
  const found = s.rows.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id} in ${s.rows.map((r) => r.id).join(', ')}`);
  return found;
};
const rendered = (uri: vscode.Uri) => (s: PageSnapshot) => s.uri === uri.toString() && s.rows.length === 6;

/** The page's scripts, but for the one VS Code injects into every webview (acquireVsCodeApi). */
const ownScripts = (s: PageSnapshot) => s.scripts.filter((src) => src !== '#_vscodeApiScript');

async function openWithPreview(uri: vscode.Uri, line = 0): Promise<{ editor: vscode.TextEditor; snapshot: PageSnapshot }> {
  const editor = await vscode.window.showTextDocument(uri, { selection: new vscode.Range(line, 0, line, 0) });
  assert.equal(await vscode.commands.executeCommand('careerArticles.openPreview'), true);
  const snapshot = await pageShows(rendered(uri), `${uri.path.split('/').pop()} rendered`);
  return { editor, snapshot };
}

const PM = () => workspaceUri('articles', 'product-manager-vs-sales-manager.md');

/** Relative luminance (0 black, 1 white) of a computed CSS colour `rgb(r, g, b)` or `rgba(…)`. */
function luminance(color: string): number {
  const channels = /^rgba?\((\d+(?:\.\d+)?), (\d+(?:\.\d+)?), (\d+(?:\.\d+)?)/.exec(color);
  if (!channels) throw new Error(`Unexpected colour \`${color}\`, expected rgb(r, g, b)`);
  const [r, g, b] = channels.slice(1).map((c) => {
    const v = Number(c) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
/** WCAG contrast ratio of two computed colours (1 = none, 21 = black on white). */
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

describe('Side-by-side preview', () => {
  before(activateExtension);
  afterEach(async () => {
    preview().close();
    await closeAllEditors();
  });

  it('opens beside the editor and shows both roles in every row, each sentence in its role’s cell', async () => {
    const { editor, snapshot } = await openWithPreview(PM());
    assert.equal(snapshot.heading, 'Product Manager vs. Sales Manager: What Are the Differences?');
    assert.deepEqual(
      snapshot.rows.map((r) => r.id),
      ['definitions', 'duties', 'requirements', 'environment', 'skills', 'salary'],
    );
    for (const r of snapshot.rows) {
      assert.equal(r.missing, false, r.id);
      assert.equal(r.cells.length, 2, r.id);
      assert.ok(
        r.cells.every((c) => c.sentences > 0),
        `row ${r.id} has an empty cell`,
      );
      assert.equal(r.findings, 0, r.id);
    }
    const [pmDuties, smDuties] = row(snapshot, 'duties').cells;
    assert.match(pmDuties!.text, /Product managers write requirements, rank the backlog/);
    assert.doesNotMatch(pmDuties!.text, /Sales managers hire and train reps/);
    assert.match(smDuties!.text, /Sales managers hire and train reps/);
    assert.doesNotMatch(smDuties!.text, /Product managers write requirements/);
    for (const cell of [pmDuties!, smDuties!]) {
      assert.match(cell.text, /Both roles report on results/);
      assert.equal(cell.shared, 1);
    }
    assert.match(row(snapshot, 'definitions').cells[0]!.text, /What is a Product Manager\?A product manager owns the direction/);
    assert.match(row(snapshot, 'definitions').cells[1]!.text, /What is a Sales Manager\?A sales manager leads a team/);
    // Beside the editor: the preview's tab is in another group than the article's.
    const previewTab = vscode.window.tabGroups.all
      .flatMap((g) => g.tabs)
      .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('careerArticles.preview'));
    assert.ok(previewTab, 'no preview tab');
    assert.notEqual(previewTab.group.viewColumn, editor.viewColumn);
    assert.equal(ownScripts(snapshot).length, 1, `scripts: ${snapshot.scripts.join(', ')}`);
    assert.match(ownScripts(snapshot)[0]!, /\/media\/preview\.js$/);
  });

  it('shows the article’s readability numbers under the title, the line the title’s hover gives', async () => {
    const { editor, snapshot } = await openWithPreview(PM());
    assert.match(snapshot.readability, /^Reading ease \d+(\.\d)? · \d+% long sentences · \d+% passive · longest paragraph \d+ words$/);
    // The hover on the end of the title (past the roles it names) leads with the same numbers.
    const title = editor.document.lineAt(0).text;
    const at = new vscode.Position(0, title.length - 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, at);
    const text = hovers
      .flatMap((h) => h.contents)
      .map((c) => (c instanceof vscode.MarkdownString ? c.value : typeof c === 'string' ? c : ''))
      .join('\n');
    assert.ok(text.includes(`**Readability** · ${snapshot.readability}`), text);
  });

  it('draws the salary row as a chart of the dataset’s figures, the article’s figures marked as fitting', async () => {
    const { snapshot } = await openWithPreview(PM());
    assert.deepEqual(
      snapshot.charts.map((c) => c.role),
      ['Product Manager', 'Sales Manager'],
    );
    const [pm, sm] = snapshot.charts;
    for (const text of [
      'Marketing Managers',
      'SOC 11-2021',
      'May 2025',
      'BLS OEWS',
      '$90,260',
      '$166,790',
      '$177,770',
      '$293,610',
      '$177,770 per year',
      'Job outlook, 2025–35',
      'Projected employment: 421,600 in 2025 to 450,800 in 2035; +29,100 jobs (+6.9%)',
      'Self-employed: 5.3% in 2025',
      'Typical education: Bachelor',
    ]) {
      assert.ok(pm!.text.includes(text), `the Product Manager chart lacks ${text}: ${pm!.text}`);
    }
    for (const text of [
      'Sales Managers',
      'SOC 11-2022',
      '$73,170',
      '$148,270',
      '$164,350',
      '$290,540',
      'In line with the mean ($164,350)',
    ]) {
      assert.ok(sm!.text.includes(text), `the Sales Manager chart lacks ${text}: ${sm!.text}`);
    }
    assert.deepEqual(pm!.claims, ['fits']);
    assert.deepEqual(sm!.claims, ['fits']);
  });

  it('updates as the author types, showing the latest version only, and reports the edit-to-render time', async () => {
    const uri = await scratchCopy(['articles', 'product-manager-vs-sales-manager.md'], 'preview-live.md');
    try {
      const { editor } = await openWithPreview(uri);
      const latencies: number[] = [];
      const listener = preview().onDidRender((e) => e.latencyMs !== undefined && latencies.push(e.latencyMs));
      try {
        // Three quick edits: the page must end on the last one.
        const duties = editor.document.getText().indexOf('Sales managers hire');
        for (const word of [
          'Sales managers also run the weekly forecast call. ',
          'Sales managers also ',
          'Sales managers also approve travel. ',
        ]) {
          await editor.edit((edit) => edit.insert(editor.document.positionAt(duties), word));
        }
        const version = editor.document.version;
        const after = await pageShows((s) => s.version === version, `version ${version}`);
        const sm = row(after, 'duties').cells[1]!.text;
        assert.match(sm, /Sales managers also approve travel\./);
        assert.match(sm, /Sales managers also run the weekly forecast call\./);
        assert.doesNotMatch(row(after, 'duties').cells[0]!.text, /weekly forecast call/);
        // A typical keystroke, measured alone.
        for (let i = 0; i < 5; i++) {
          const before = latencies.length;
          await editor.edit((edit) => edit.insert(editor.document.positionAt(duties), 'x'));
          const v = editor.document.version;
          await pageShows((s) => s.version === v && latencies.length > before, `version ${v}`);
        }
      } finally {
        listener.dispose();
      }
      assert.ok(latencies.length >= 5, `only ${latencies.length} timed renders`);
      const sorted = [...latencies].sort((a, b) => a - b);
      console.log(
        `[preview] edit-to-render: ${sorted.map((ms) => ms.toFixed(0)).join(', ')} ms (median ${sorted[Math.floor(sorted.length / 2)]!.toFixed(0)} ms, including the 250 ms lint debounce)`,
      );
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('selects a cell’s source lines in the editor when it is clicked, and highlights the cursor’s row', async () => {
    const { editor } = await openWithPreview(PM());
    const selected = (line: number) =>
      waitFor(
        vscode.window.onDidChangeTextEditorSelection,
        (e) => e.textEditor.document.uri.toString() === PM().toString() && e.selections[0]!.start.line === line,
        `a selection on line ${line + 1}`,
      );
    // A sentence: its own line (line 17 holds the duties paragraph).
    let change = selected(16);
    await preview().click('duties', { column: 1, sentence: 0 });
    let selection = (await change).selections[0]!;
    assert.deepEqual([selection.start.line, selection.end.line], [16, 16]);
    assert.equal(selection.end.character, editor.document.lineAt(16).text.length);
    // A cell: its section, heading to last line (Skills: lines 27-29).
    change = selected(26);
    await preview().click('skills', { column: 0 });
    selection = (await change).selections[0]!;
    assert.deepEqual([selection.start.line, selection.end.line], [26, 28]);
    // The cursor in the editor highlights its row.
    const shown = await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
    shown.selection = new vscode.Selection(22, 0, 22, 0);
    await pageShows((s) => s.highlighted === 'environment', 'Work Environment highlighted');
    shown.selection = new vscode.Selection(32, 3, 32, 3);
    await pageShows((s) => s.highlighted === 'salary', 'Salary highlighted');
  });

  it('shows a missing section as a marked empty row whose button inserts it, as one undoable edit', async () => {
    const uri = await scratchCopy(['articles', 'missing-environment.md'], 'preview-insert.md');
    try {
      const { editor, snapshot } = await openWithPreview(uri);
      const original = editor.document.getText();
      assert.equal(row(snapshot, 'environment').missing, true);
      assert.equal(row(snapshot, 'environment').findings, 1);
      assert.match(row(snapshot, 'environment').cells[0]!.text, /Missing section/);
      const edited = waitFor(
        vscode.workspace.onDidChangeTextDocument,
        (e) => e.document.uri.toString() === uri.toString(),
        'the inserted section',
      );
      await preview().click('environment', { button: 'insert' });
      await edited;
      assert.match(
        editor.document.getText(),
        /### Work Environment\n\nTODO: compare the work environment of product managers and sales managers\./,
      );
      await pageShows((s) => !row(s, 'environment').missing, 'the inserted row');
      await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn });
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original);
      await pageShows((s) => row(s, 'environment').missing, 'the row missing again after undo');
    } finally {
      await closeAllEditors();
      await removeFile(uri);
    }
  });

  it('follows the active editor to another article, and stays when the editor shows a file that is not one', async () => {
    await openWithPreview(PM());
    const nurse = workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md');
    await vscode.window.showTextDocument(nurse, { viewColumn: vscode.ViewColumn.One });
    const snapshot = await pageShows(rendered(nurse), 'the nurse article');
    assert.equal(snapshot.heading, 'Registered Nurse vs Nurse Practitioner - Key Differences');
    assert.equal(row(snapshot, 'environment').missing, true);
    assert.deepEqual(
      snapshot.charts.map((c) => c.claims),
      [['misfit'], ['fits']],
    );
    await vscode.window.showTextDocument(workspaceUri('README.md'), { viewColumn: vscode.ViewColumn.One });
    await vscode.commands.executeCommand('careerArticles.lintCurrent');
    const still = await preview().query();
    assert.equal(still.heading, snapshot.heading);
    assert.equal(preview().documentUri?.toString(), nurse.toString());
  });

  it('shows an article full of script tags, event handlers and javascript: links as inert text', async () => {
    const uri = workspaceUri('articles', 'adversarial.md');
    const { editor, snapshot } = await openWithPreview(uri);
    const selectionBefore = editor.selection;
    assert.equal(snapshot.title, 'Career Articles Preview', 'no article script changed document.title');
    assert.equal(ownScripts(snapshot).length, 1, `only the page’s own script; scripts: ${snapshot.scripts.join(', ')}`);
    assert.equal(snapshot.eventHandlerAttributes, 0);
    assert.equal(snapshot.javascriptUrls, 0);
    assert.equal(snapshot.embeds, 0, 'no img, svg, iframe, object, a or form element');
    assert.match(snapshot.heading, /<script>document\.title = 'pwned-title'<\/script>$/);
    const text = snapshot.rows.flatMap((r) => r.cells.map((c) => c.text)).join('\n');
    for (const payload of [
      `<img src=x onerror="document.title='pwned-img'">`,
      `<svg onload="document.title='pwned-svg'">`,
      `<iframe src="javascript:`,
      `<script>document.title='pwned-code'</script>`,
      `<style>body { display: none }</style>`,
    ]) {
      assert.ok(text.includes(payload), `the page does not show ${payload} as text`);
    }
    assert.match(text, /They read the release notes before anyone else does\./);
    // Nothing ran later either (an onerror fires after load): the page still says the same.
    const again = await preview().query();
    assert.equal(again.title, 'Career Articles Preview');
    assert.deepEqual(editor.selection, selectionBefore, 'no smuggled message moved the cursor');
    assert.doesNotMatch(preview().exportHtml() ?? '', /<script/i);
  });

  // preview-light shows the top of the table, preview-dark the salary row (the cursor there
  // scrolls it into view); each theme is also taken the other way, and high contrast once.
  it('looks native in the light, dark and high-contrast themes (screenshots preview-light, preview-dark)', async function () {
    this.timeout(60_000);
    const settings = vscode.workspace.getConfiguration('workbench');
    const original = settings.inspect<string>('colorTheme')?.globalValue;
    try {
      await vscode.commands.executeCommand('workbench.action.closeSidebar');
      await vscode.commands.executeCommand('workbench.action.closePanel');
      const drawn = new Map<string, PageSnapshot['colors']>();
      for (const [theme, kind, light, top, salary] of [
        ['Default Light Modern', 'vscode-light', true, 'preview-light', 'preview-light-salary'],
        ['Default Dark Modern', 'vscode-dark', false, 'preview-dark-top', 'preview-dark'],
        ['Default High Contrast', 'vscode-high-contrast', false, 'preview-high-contrast-top', 'preview-high-contrast'],
      ] as const) {
        await settings.update('colorTheme', theme, vscode.ConfigurationTarget.Global);
        const { editor } = await openWithPreview(workspaceUri('articles', 'registered-nurse-vs-nurse-practitioner.md'), 16);
        // The editor a little narrower than the preview, as an author reviewing would set it.
        await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.4 }, { size: 0.6 }] });
        // What the reader sees: the page drawn light or dark as the theme is, text readable on it.
        const shown = await pageShows(
          (s) =>
            s.theme.split(' ').includes(kind) &&
            s.highlighted === 'duties' &&
            luminance(s.colors.background) > 0.5 === light &&
            contrast(s.colors.text, s.colors.background) >= 4.5 &&
            contrast(s.colors.cellText, s.colors.background) >= 4.5,
          `the ${kind} theme drawn ${light ? 'light' : 'dark'}, its text readable`,
        );
        drawn.set(kind, shown.colors);
        // Earlier tests leave notifications that would cover the page.
        await vscode.commands.executeCommand('notifications.clearAll');
        await screenshot(top);
        // The cursor in the salary section scrolls the chart into view.
        editor.selection = new vscode.Selection(28, 0, 28, 0);
        editor.revealRange(editor.selection, vscode.TextEditorRevealType.InCenter);
        await pageShows((s) => s.highlighted === 'salary' && s.scrollY > 0, 'the salary row in view');
        await screenshot(salary);
        if (kind === 'vscode-light') {
          // A narrow preview stacks the two columns.
          await vscode.commands.executeCommand('vscode.setEditorLayout', { orientation: 0, groups: [{ size: 0.7 }, { size: 0.3 }] });
          await pageShows((s) => s.highlighted === 'salary', 'the narrow layout');
          await screenshot('preview-narrow');
        }
        preview().close();
        await closeAllEditors();
      }
      // Each theme draws the page its own way: no colour is shared between light and dark.
      const [lightColors, darkColors] = [drawn.get('vscode-light')!, drawn.get('vscode-dark')!];
      assert.notEqual(lightColors.background, darkColors.background);
      assert.notEqual(lightColors.text, darkColors.text);
      assert.ok(luminance(lightColors.text) < luminance(darkColors.text), `light ${lightColors.text}, dark ${darkColors.text}`);
    } finally {
      await settings.update('colorTheme', original, vscode.ConfigurationTarget.Global);
    }
  });
});
