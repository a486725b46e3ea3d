// Turns the command line's files, folders and globs into a sorted list of absolute paths.
// A named file is always linted; folders yield the files of the article extensions (*.md,
// *.markdown, *.txt, *.html, *.htm unless --ext says otherwise), never anything under
// node_modules or .git, and nothing a .gitignore excludes. A folder or glob that yields
// nothing is an error (a CI job that lints nothing must not pass), as in ESLint, unless
// --no-error-on-unmatched-pattern allows it.
// Searches never follow a symlinked folder (`up -> ..` would make them loop, growing
// exponentially); a symlinked file is linted, and every file once, by its real path.
// The real paths of what was named are the roots: --fix writes nothing outside them.
// The search is synchronous: awaiting a thread-pool round trip for every file's real path left
// the main thread idle for a fifth of a cached re-run of 1,000 articles (bench/cli-profile.ts).
import { realpathSync, statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import fg from 'fast-glob';
import { CliError, UsageError } from './errors.js';
import { hintFor } from './args.js';
import { GitignoreFilter } from './gitignore.js';
import { displayPath } from './io.js';
import { DEFAULT_EXTENSIONS } from '../core/syntax/syntax.js';

export interface InputOptions {
  /** Extensions a folder search takes, lower case without the dot. */
  extensions?: readonly string[];
  /** A folder or glob that yields no file is not an error. */
  allowUnmatched?: boolean;
  /** How the command lets that pass (lint's flag), said after the error; none when it cannot. */
  unmatchedHint?: string;
}
const ALWAYS_SKIPPED = ['**/node_modules/**', '**/.git/**'];

/** `--ext md,txt` (dots and spaces allowed) to the list of extensions; undefined keeps the default. */
export function parseExtensions(value: string | undefined): string[] | undefined {
  if (value === undefined) return undefined;
  const extensions = value
    .split(',')
    .map((e) => e.trim().replace(/^\./, '').toLowerCase())
    .filter(Boolean);
  if (extensions.length === 0 || extensions.some((e) => !/^[\w-]+$/.test(e))) {
    throw new UsageError(`unexpected --ext '${value}', expected extensions such as md,txt,html`, hintFor('lint'));
  }
  return extensions;
}

/** stat() of a path, or why there is none (undefined when it does not exist). */
function statOf(path: string): { info: Stats } | { error: string | undefined } {
  try {
    return { info: statSync(path) };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { error: code === 'ELOOP' ? 'a symbolic link loop' : code === 'ENOENT' || code === 'ENOTDIR' ? undefined : code };
  }
}

const realPathOf = (path: string) => {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
};

function search(patterns: string[], cwd: string): string[] {
  const entries = fg.sync(patterns, {
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
    else if (dirent.isSymbolicLink()) {
      const target = statOf(path);
      if ('info' in target && target.info.isFile()) files.push(path);
    }
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

// eslint-disable-next-line @typescript-eslint/require-await -- callers await it; the search itself is synchronous (see above)
export async function expandInputs(inputs: readonly string[], cwd: string, options: InputOptions = {}): Promise<Inputs> {
  const files = new Map<string, string>(); // real path -> path as found
  const roots: string[] = [];
  const gitignore = new GitignoreFilter();
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const patterns = extensions.map((extension) => `**/*.${extension}`);
  const unmatched = (message: string) => {
    if (!options.allowUnmatched) throw new CliError(message, options.unmatchedHint === undefined ? [] : [options.unmatchedHint]);
  };
  const add = (file: string) => {
    const real = realPathOf(file);
    if (!files.has(real)) files.set(real, file);
  };
  const addUnlessIgnored = (found: string[], base: string, input: string) => {
    let kept = 0;
    for (const file of found) {
      if (gitignore.isIgnored(file, base)) continue;
      add(file);
      kept++;
    }
    if (found.length > 0 && kept === 0) unmatched(`all files matched by '${input}' are ignored by .gitignore`);
  };
  const addRoot = (path: string) => roots.push(realPathOf(path));

  for (const input of inputs) {
    const path = resolve(cwd, input);
    const target = statOf(path);
    const info = 'info' in target ? target.info : undefined;
    if (info?.isDirectory()) {
      addRoot(path);
      const found = search(patterns, path);
      if (found.length === 0) unmatched(`no ${extensions.map((e) => `*.${e}`).join(', ')} files in the folder: ${input}`);
      addUnlessIgnored(found, path, input);
    } else if (info) {
      addRoot(path);
      add(path);
    } else if (fg.isDynamicPattern(input)) {
      const found = search([input], cwd);
      if (found.length === 0) unmatched(`no files match the pattern: ${input}`);
      addRoot(globBase(input, cwd));
      addUnlessIgnored(found, cwd, input);
    } else if ('error' in target && target.error) {
      throw new CliError(`cannot read ${input}: ${target.error}`);
    } else {
      throw new CliError(`no such file or folder: ${input}`);
    }
  }
  // Each path's display form once, not twice per comparison: 10,000 files are 280,000 comparisons.
  const keyed = [...files.values()].map((file) => ({ file, display: displayPath(cwd, file) }));
  keyed.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return { files: keyed.map(({ file }) => file), roots };
}
