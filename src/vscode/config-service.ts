// Finds and reads the `.career-articles.json` that governs a document (walking up to its
// workspace folder), merges it over the settings, and reports a broken file as
// diagnostics on the file itself: the author sees the line and JSON path, and linting
// goes on with the settings alone.
import * as vscode from 'vscode';
import type { ConfigFile, ResolvedConfig, SourceError } from '../core/index.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { engine } from './engine.js';
import { readSettings, SECTION, type EditorSettings } from './settings.js';
import { CHANGE_DEBOUNCE_MS, readSettledTextFile, parentOf } from './files.js';
import { describeProblem, problemDiagnostics } from './problems.js';

export interface DocumentConfig {
  config: ResolvedConfig;
  settings: EditorSettings;
  /** The config file in force, if any. */
  file: vscode.Uri | undefined;
  /** The workspace dataset named by the config file or the settings, resolved. */
  dataset: vscode.Uri | undefined;
}

/** A broken config file is read once more after this long, in case its final write raised no event. */
const RECHECK_MS = 1_000;

export class ConfigService implements vscode.Disposable {
  private readonly files = new Map<string, Promise<{ file: vscode.Uri; config: ConfigFile } | undefined>>();
  /** Bumped by every reset: a read that started before one no longer speaks for the file. */
  private generation = 0;
  private resetTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly rechecks = new Map<string, ReturnType<typeof setTimeout>>();
  private reading = 0;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const changed = () => this.scheduleReset();
    this.disposables.push(
      watcher,
      watcher.onDidChange(changed),
      watcher.onDidCreate(changed),
      watcher.onDidDelete(changed),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && changed()),
      // An edited config is re-read on save; until then the file on disk is what counts.
      vscode.workspace.onDidSaveTextDocument((d) => d.uri.path.endsWith(`/${CONFIG_FILE_NAME}`) && changed()),
    );
  }

  /** True while a change is pending, a file is being read or a broken file awaits its second look. */
  get busy(): boolean {
    return this.resetTimer !== undefined || this.reading > 0 || this.rechecks.size > 0;
  }

  private scheduleReset(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => this.reset(), CHANGE_DEBOUNCE_MS);
  }

  private reset(): void {
    this.resetTimer = undefined;
    this.generation++;
    this.files.clear();
    this.rechecks.forEach((timer) => clearTimeout(timer));
    this.rechecks.clear();
    // A file showing problems is read again even when no open article uses it: fixed, it
    // loses them. Through the cache, as an article beside it would ask, so it is read once.
    this.problems.forEach((uri) => {
      if (uri.path.endsWith(`/${CONFIG_FILE_NAME}`)) void this.findFile(parentOf(uri), vscode.workspace.getWorkspaceFolder(uri)?.uri);
    });
    this.changed.fire();
  }

  async configFor(uri: vscode.Uri): Promise<DocumentConfig> {
    const settings = readSettings(uri);
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    const found = await this.findFile(parentOf(uri), folder?.uri);
    const { mergeConfigFiles, resolveConfig, validateConfigObject, withSeverityOverrides } = engine();
    const fromSettings = validateConfigObject(settings.config);
    let merged: ConfigFile = fromSettings.ok ? fromSettings.value : {};
    if (found) merged = mergeConfigFiles(merged, found.config);
    const config = withSeverityOverrides(resolveConfig(merged), settings.severityOverrides);
    let dataset: vscode.Uri | undefined;
    if (found?.config.dataset) dataset = vscode.Uri.joinPath(parentOf(found.file), found.config.dataset);
    else if (settings.config.dataset && folder) dataset = vscode.Uri.joinPath(folder.uri, settings.config.dataset);
    return { config, settings, file: found?.file, dataset };
  }

  /** The nearest config file from `dir` up to `root` (only `dir` itself outside a workspace). */
  private findFile(dir: vscode.Uri, root: vscode.Uri | undefined): Promise<{ file: vscode.Uri; config: ConfigFile } | undefined> {
    const key = dir.toString();
    let pending = this.files.get(key);
    if (!pending) {
      pending = this.readAt(dir).then(async (here) => {
        if (here !== undefined || !root || key === root.toString() || !dir.path.startsWith(root.path)) return here;
        const up = parentOf(dir);
        return up.toString() === key ? undefined : this.findFile(up, root);
      });
      this.files.set(key, pending);
    }
    return pending;
  }

  private async readAt(dir: vscode.Uri): Promise<{ file: vscode.Uri; config: ConfigFile } | undefined> {
    const generation = this.generation;
    const file = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    this.reading++;
    const text = await readSettledTextFile(file).finally(() => this.reading--);
    // After a reset the newer read owns the file's problems; this result only serves a lint
    // that the reset's own re-lint supersedes.
    const current = generation === this.generation;
    if (text === undefined) {
      if (current) this.problems.delete(file);
      return undefined;
    }
    const outcome = engine().parseConfigFile(text, file.fsPath || file.path);
    if (outcome.ok) {
      if (current) this.problems.delete(file);
      return { file, config: outcome.value };
    }
    if (current) {
      this.report(file, outcome.errors);
      this.recheck(file, text);
    }
    // A broken file still stops the walk: its folder meant to configure these articles.
    return { file, config: {} };
  }

  /** Reads a broken file once more later: if it changed without raising an event, start over. */
  private recheck(file: vscode.Uri, text: string): void {
    const key = file.toString();
    const generation = this.generation;
    clearTimeout(this.rechecks.get(key));
    this.rechecks.set(
      key,
      setTimeout(() => {
        this.rechecks.delete(key);
        this.reading++;
        void readSettledTextFile(file).then((now) => {
          this.reading--;
          if (generation === this.generation && now !== text) this.reset();
        });
      }, RECHECK_MS),
    );
  }

  private report(file: vscode.Uri, errors: SourceError[]): void {
    const diagnostics = problemDiagnostics(errors);
    this.problems.set(file, diagnostics);
    const first = errors[0]!;
    void vscode.window
      .showWarningMessage(
        `Career Articles: ${vscode.workspace.asRelativePath(file)}:${first.line ?? 1}: ${describeProblem(first)}. Using the settings until it is fixed.`,
        'Open Config',
      )
      .then(
        (choice) =>
          choice &&
          vscode.window.showTextDocument(file, { selection: new vscode.Range((first.line ?? 1) - 1, 0, (first.line ?? 1) - 1, 0) }),
      );
  }

  dispose(): void {
    clearTimeout(this.resetTimer);
    this.rechecks.forEach((timer) => clearTimeout(timer));
    for (const d of this.disposables) d.dispose();
  }
}
