// Finds and reads the `.career-articles.json` that governs a document (walking up to its
// workspace folder), merges it over the settings, and reports a broken file as
// diagnostics on the file itself: the author sees the line and JSON path, and linting
// goes on with the settings alone.
import * as vscode from 'vscode';
import type { ConfigFile, ResolvedConfig, SourceError } from '../core/index.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { engine } from './engine.js';
import { readSettings, SECTION, type EditorSettings } from './settings.js';
import { readTextFile, parentOf } from './files.js';
import { describeProblem, problemDiagnostics } from './problems.js';

export interface DocumentConfig {
  config: ResolvedConfig;
  settings: EditorSettings;
  /** The config file in force, if any. */
  file: vscode.Uri | undefined;
  /** The workspace dataset named by the config file or the settings, resolved. */
  dataset: vscode.Uri | undefined;
}

export class ConfigService implements vscode.Disposable {
  private readonly files = new Map<string, Promise<{ file: vscode.Uri; config: ConfigFile } | undefined>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];

  constructor(private readonly problems: vscode.DiagnosticCollection) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
    const reset = () => this.reset();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reset),
      watcher.onDidCreate(reset),
      watcher.onDidDelete(reset),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration(SECTION) && reset()),
      // An edited config is re-read on save; until then the file on disk is what counts.
      vscode.workspace.onDidSaveTextDocument((d) => d.uri.path.endsWith(`/${CONFIG_FILE_NAME}`) && reset()),
    );
  }

  private reset(): void {
    this.files.clear();
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
    const file = vscode.Uri.joinPath(dir, CONFIG_FILE_NAME);
    const text = await readTextFile(file);
    if (text === undefined) return undefined;
    const outcome = engine().parseConfigFile(text, file.fsPath || file.path);
    if (outcome.ok) {
      this.problems.delete(file);
      return { file, config: outcome.value };
    }
    this.report(file, outcome.errors);
    // A broken file still stops the walk: its folder meant to configure these articles.
    return { file, config: {} };
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
    for (const d of this.disposables) d.dispose();
  }
}
