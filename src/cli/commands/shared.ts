// Small steps more than one command takes.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { CliError } from '../errors.js';

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
