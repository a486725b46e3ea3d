// Turns the command line's files, folders and globs into a sorted list of absolute paths.
// A named file is always linted; folders and globs yield Markdown files, never anything
// under node_modules or .git, and nothing a .gitignore excludes.
// Searches never follow a symlinked folder (`up -> ..` would make them loop, growing
// exponentially); a symlinked file is linted, and every file once, by its real path.
// The real paths of what was named are the roots: --fix writes nothing outside them.
import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { CliError } from './errors.js';
import { GitignoreFilter } from './gitignore.js';
import { displayPath } from './io.js';

const MARKDOWN = ['**/*.md', '**/*.markdown'];
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

async function search(patterns: string[], cwd: string): Promise<string[]> {
  const entries = await fg(patterns, {
    cwd,
    absolute: true,
    onlyFiles: false,
    followSymbolicLinks: false,
    objectMode: true,
    ignore: ALWAYS_SKIPPED,
    caseSensitiveMatch: false,
    suppressErrors: true,
  });
  const files: string[] = [];
  for (const { path, dirent } of entries) {
    if (dirent.isFile()) files.push(path);
    // A link found by the search is kept when it leads to a file, never followed into a folder.
    else if (dirent.isSymbolicLink() && (await stat(path).catch(() => undefined))?.isFile()) files.push(path);
  }
  return files;
}

/** The folder a glob searches from: its leading segments without glob syntax. */
function globBase(pattern: string, cwd: string): string {
  const segments = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (fg.isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  return resolve(cwd, fixed.join('/') || '.');
}

export interface Inputs {
  /** Absolute paths, sorted as displayed. */
  files: string[];
  /** Real paths of the files and folders named, and of the globs' base folders. */
  roots: string[];
}

export async function expandInputs(inputs: readonly string[], cwd: string): Promise<Inputs> {
  const files = new Map<string, string>(); // real path -> path as found
  const roots: string[] = [];
  const gitignore = new GitignoreFilter();
  const add = async (file: string) => {
    const real = await realpath(file).catch(() => file);
    if (!files.has(real)) files.set(real, file);
  };
  const addUnlessIgnored = async (found: string[], base: string) => {
    for (const file of found) if (!(await gitignore.isIgnored(file, base))) await add(file);
  };
  const addRoot = async (path: string) => roots.push(await realpath(path).catch(() => path));

  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      await addRoot(path);
      await addUnlessIgnored(await search(MARKDOWN, path), path);
    } else if (info) {
      await addRoot(path);
      await add(path);
    } else if (fg.isDynamicPattern(input)) {
      const found = await search([input], cwd);
      if (found.length === 0) throw new CliError(`no files match the pattern: ${input}`);
      await addRoot(globBase(input, cwd));
      await addUnlessIgnored(found, cwd);
    } else {
      throw new CliError(`no such file or folder: ${input}`);
    }
  }
  // Each path's display form once, not twice per comparison: 10,000 files are 280,000 comparisons.
  const keyed = [...files.values()].map((file) => ({ file, display: displayPath(cwd, file) }));
  keyed.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files: keyed.map(({ file }) => file), roots };
}
