// The role dataset in the editor: the bundled BLS data, read lazily from the extension's
// own folder on first use (activation stays fast), plus an optional workspace dataset
// merged over it. A broken workspace dataset is shown as diagnostics on that file and
// linting continues on the bundled data. A changed dataset is read once its write settles,
// and a build that a later change overtook neither publishes its index nor its problems.
import * as vscode from 'vscode';
import type { Occupation, RoleIndex } from '../core/dataset/types.js';
import { decodeBundledDataset } from '../core/dataset/bundled.js';
import { createRoleIndex } from '../core/dataset/role-index.js';
import { engine } from './engine.js';
import { CHANGE_DEBOUNCE_MS, readSettledTextFile, readTextFile } from './files.js';
import { describeProblem, problemDiagnostics, type FileProblem } from './problems.js';

export class DatasetService implements vscode.Disposable {
  private bundled: Promise<Occupation[]> | undefined;
  private readonly indexes = new Map<string, Promise<RoleIndex>>();
  private readonly built = new Map<string, RoleIndex>();
  private readonly announcing = new Set<string>();
  private readonly watchers = new Map<string, vscode.Disposable>();
  /** Per dataset, bumped by every change: a build from an older generation is stale. */
  private readonly generations = new Map<string, number>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  constructor(
    private readonly extensionUri: vscode.Uri,
    private readonly problems: vscode.DiagnosticCollection,
  ) {}

  /** The bundled occupations, loaded once. */
  bundledOccupations(): Promise<Occupation[]> {
    this.bundled ??= (async () => {
      const uri = vscode.Uri.joinPath(this.extensionUri, 'data', 'roles.json');
      const text = await readTextFile(uri);
      if (text === undefined) throw new Error(`the bundled dataset ${uri.toString()} is missing`);
      return decodeBundledDataset(JSON.parse(text));
    })();
    return this.bundled;
  }

  /** The role index for a document: bundled data, with `workspaceDataset` merged over it. */
  index(workspaceDataset?: vscode.Uri): Promise<RoleIndex> {
    const key = workspaceDataset?.toString() ?? '';
    let index = this.indexes.get(key);
    if (!index) {
      const generation = this.generations.get(key) ?? 0;
      index = this.build(workspaceDataset, () => generation === (this.generations.get(key) ?? 0)).then((built) => {
        // Matching builds its title tables on first use (a few hundred ms): pay that now,
        // once, rather than in the middle of a keystroke's lint.
        built.match('product manager');
        if (generation === (this.generations.get(key) ?? 0)) this.built.set(key, built);
        return built;
      });
      this.indexes.set(key, index);
    }
    return index;
  }

  /**
   * The index if it is ready; otherwise undefined, and the index is built in the background
   * (onDidChange fires when it is ready). Lets the first lint show structure findings at
   * once instead of waiting for the dataset.
   */
  readyIndex(workspaceDataset?: vscode.Uri): RoleIndex | undefined {
    const key = workspaceDataset?.toString() ?? '';
    const ready = this.built.get(key);
    if (!ready && !this.announcing.has(key)) {
      this.announcing.add(key);
      const announce = () => {
        this.announcing.delete(key);
        this.changed.fire();
      };
      void this.index(workspaceDataset).then(announce, announce);
    }
    return ready;
  }

  /** `current` says whether no change came since the build started: only then may it report. */
  private async build(workspaceDataset: vscode.Uri | undefined, current: () => boolean): Promise<RoleIndex> {
    const bundled = await this.bundledOccupations();
    if (!workspaceDataset) return createRoleIndex(bundled);
    this.watch(workspaceDataset);
    const text = await readSettledTextFile(workspaceDataset);
    const name = workspaceDataset.fsPath || workspaceDataset.path;
    if (text === undefined) {
      const problem = { message: `the dataset file ${vscode.workspace.asRelativePath(workspaceDataset)} cannot be read` };
      if (current()) this.report(workspaceDataset, [problem]);
      return createRoleIndex(bundled);
    }
    const parsed = engine().parseDatasetFile(text, name);
    if (!parsed.ok) {
      if (current()) this.report(workspaceDataset, parsed.errors);
      return createRoleIndex(bundled);
    }
    if (current()) this.problems.delete(workspaceDataset);
    return createRoleIndex(bundled, parsed.occupations);
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const watcher = vscode.workspace.createFileSystemWatcher(
      new vscode.RelativePattern(vscode.Uri.joinPath(uri, '..'), uri.path.split('/').pop()!),
    );
    const reload = () => {
      clearTimeout(this.timers.get(key));
      this.timers.set(
        key,
        setTimeout(() => {
          this.timers.delete(key);
          this.generations.set(key, (this.generations.get(key) ?? 0) + 1);
          this.indexes.delete(key);
          this.built.delete(key);
          this.changed.fire();
        }, CHANGE_DEBOUNCE_MS),
      );
    };
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    this.watchers.set(key, watcher);
  }

  private report(uri: vscode.Uri, errors: FileProblem[]): void {
    this.problems.set(uri, problemDiagnostics(errors));
    const first = errors[0]!;
    void vscode.window.showWarningMessage(
      `Career Articles: the workspace dataset ${vscode.workspace.asRelativePath(uri)}${first.line ? `:${first.line}` : ''} is invalid (${describeProblem(first)}); using the bundled BLS data.`,
    );
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.changed.dispose();
    for (const w of this.watchers.values()) w.dispose();
  }
}
