// Workspace changes the server follows between Lint Workspace runs: folders added or removed
// (the session's confinement and the site set follow them, without a restart) and articles
// deleted (they leave the site set, so the others' cross-article findings no longer cite them).
import { FileChangeType, WatchKind, type Connection, type FileEvent, type WorkspaceFoldersChangeEvent } from 'vscode-languageserver';

/** Article files by extension, as the CLI finds them: only their deletion matters to the server. */
const ARTICLE_FILE = /\.(?:md|markdown|txt|html?)$/i;

/** Watch article deletions only: a change to an article reaches the server as an edit, when it matters. */
export const ARTICLE_DELETIONS = { globPattern: '**/*.{md,markdown,txt,html,htm}', kind: WatchKind.Delete };

/** Splits watch events into deleted articles and the rest (configs, datasets, style files). */
export function splitEvents(changes: readonly FileEvent[]): { deletedArticles: string[]; others: FileEvent[] } {
  const isArticleDeletion = (c: FileEvent) => c.type === FileChangeType.Deleted && ARTICLE_FILE.test(c.uri);
  return {
    deletedArticles: changes.filter(isArticleDeletion).map((c) => c.uri),
    others: changes.filter((c) => !isArticleDeletion(c)),
  };
}

/** The folders after a change: removed ones out, added ones in, each once. */
export function changedFolders(folders: readonly string[], { added, removed }: WorkspaceFoldersChangeEvent): string[] {
  const gone = new Set(removed.map((f) => f.uri));
  return [...new Set([...folders.filter((uri) => !gone.has(uri)), ...added.map((f) => f.uri)])];
}

/** Follows workspace folder changes when the client sends them. */
export function followFolders(connection: Connection, folders: () => readonly string[], apply: (folders: string[]) => void): void {
  connection.workspace.onDidChangeWorkspaceFolders((event) => apply(changedFolders(folders(), event)));
}
