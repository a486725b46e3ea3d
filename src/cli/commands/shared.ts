// Small steps more than one command takes.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// Config modules directly, not core/index.js: the main thread never loads the lint engine.
import { formatSourceError, type SourceError } from '../../core/config/json-source.js';
import { CliError } from '../errors.js';
import { displayPath } from '../io.js';
import { capLines } from '../limits.js';

/** The absolute path of a file named on the command line, or exit 2 saying it is missing. */
export async function assertExists(cwd: string, path: string): Promise<string> {
  const absolute = resolve(cwd, path);
  try {
    await stat(absolute);
  } catch {
    throw new CliError(`no such file or folder: ${path}`);
  }
  return absolute;
}

/** Exit 2 with one line per config error: `invalid config file: file:line:column: path: message`. */
export function configError(errors: readonly SourceError[], cwd: string): CliError {
  // 40,000 unknown keys are 40,000 errors: the first few say what is wrong.
  const lines = capLines(errors.map((e) => `invalid config file: ${formatSourceError({ ...e, file: displayPath(cwd, e.file) })}`));
  return new CliError(lines[0] ?? 'invalid config file', lines.slice(1));
}
