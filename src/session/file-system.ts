// What the session needs from its host's file system, and nothing more: the CLI gives it
// Node's fs over native paths, the language server the same over file URIs' paths, a web
// host its own virtual files. Paths are opaque strings to the session: the host says how
// to go up a folder and how to resolve a name, so the session never imports node:path.
export type ReadOutcome = { ok: true; text: string } | { ok: false; reason: string };

export interface SessionFileSystem {
  /** The file's text (UTF-8, BOM stripped), or a short reason it cannot be read. */
  readFile(path: string): Promise<ReadOutcome>;
  /** Whether a file is there (a cheap stat, no read). */
  exists(path: string): Promise<boolean>;
  /** The folder holding `path`; undefined at the filesystem root. */
  parent(path: string): string | undefined;
  /** `name` resolved against `folder` (an absolute `name` stays as it is). */
  resolve(folder: string, name: string): string;
  /**
   * The path with every link resolved (what would really be read); undefined when nothing is
   * there. A host without links (a web workspace) answers the path itself.
   */
  realPath(path: string): Promise<string | undefined>;
}

/** Whether `path` is `root` or inside it, by walking up with the host's own `parent`. */
export function isWithin(fs: SessionFileSystem, path: string, root: string): boolean {
  for (let at: string | undefined = path; at !== undefined; at = fs.parent(at)) if (at === root) return true;
  return false;
}
