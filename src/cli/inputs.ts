// Turns the command line's files, folders and globs into a sorted list of absolute paths.
// A named file is always linted; folders yield the files of the article extensions (*.md,
// *.markdown, *.txt, *.html, *.htm unless --ext says otherwise), never anything under
// node_modules or .git, and nothing a .gitignore excludes. A folder or glob that yields
// nothing is an error (a CI job that lints nothing must not pass), as in ESLint, unless
// --no-error-on-unmatched-pattern allows it.
import { stat } from 'node:fs/promises';
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

async function search(patterns: string[], cwd: string): Promise<string[]> {
  return fg(patterns, { cwd, absolute: true, onlyFiles: true, ignore: ALWAYS_SKIPPED, caseSensitiveMatch: false, suppressErrors: true });
}

export async function expandInputs(inputs: readonly string[], cwd: string, options: InputOptions = {}): Promise<string[]> {
  const files = new Set<string>();
  const gitignore = new GitignoreFilter();
  const extensions = options.extensions ?? DEFAULT_EXTENSIONS;
  const patterns = extensions.map((extension) => `**/*.${extension}`);
  const unmatched = (message: string) => {
    if (!options.allowUnmatched) throw new CliError(message, ['(use --no-error-on-unmatched-pattern to allow it)']);
  };
  const addUnlessIgnored = async (found: string[], base: string, input: string) => {
    let kept = 0;
    for (const file of found) {
      if (await gitignore.isIgnored(file, base)) continue;
      files.add(file);
      kept++;
    }
    if (found.length > 0 && kept === 0) unmatched(`all files matched by '${input}' are ignored by .gitignore`);
  };

  for (const input of inputs) {
    const path = resolve(cwd, input);
    const info = await stat(path).catch(() => undefined);
    if (info?.isDirectory()) {
      const found = await search(patterns, path);
      if (found.length === 0) unmatched(`no ${extensions.map((e) => `*.${e}`).join(', ')} files in the folder: ${input}`);
      await addUnlessIgnored(found, path, input);
    } else if (info) {
      files.add(path);
    } else if (fg.isDynamicPattern(input)) {
      const found = await search([input], cwd);
      if (found.length === 0) unmatched(`no files match the pattern: ${input}`);
      await addUnlessIgnored(found, cwd, input);
    } else {
      throw new CliError(`no such file or folder: ${input}`);
    }
  }
  // Each path's display form once, not twice per comparison: 10,000 files are 280,000 comparisons.
  const keyed = [...files].map((file) => ({ file, display: displayPath(cwd, file) }));
  keyed.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  return keyed.map(({ file }) => file);
}
