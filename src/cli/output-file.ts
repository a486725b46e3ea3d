// Writing what a command outputs: a floor below the commands, so the pieces a command uses
// (baseline, extra outputs) write and fail in the same words without importing a command.
import { resolve } from 'node:path';
import { WriteError, isOurReport, safeWrite } from '../node/safe-write.js';
import { CliError } from './errors.js';

/**
 * --output-file: the report replaces the file atomically (a reader never sees half of it), is
 * written into a pipe or device in place, and never replaces an input or an article
 * (node/safe-write.ts); --force replaces a file that is not a report.
 */
export async function writeOutputFile(
  cwd: string,
  path: string,
  text: string,
  run: { inputs: readonly string[]; force?: boolean },
): Promise<void> {
  try {
    await safeWrite(resolve(cwd, path), text, {
      what: 'report',
      inputs: run.inputs,
      isOurs: isOurReport,
      force: run.force === true,
      inPlace: true,
    });
  } catch (error) {
    throw writeFailure(`the output file ${path}`, error);
  }
}

/** `cannot write <path>: <reason>`, one line, for any output a command writes. */
export function writeFailure(path: string, error: unknown): CliError {
  const reason = error instanceof WriteError ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error));
  return new CliError(`cannot write ${path}: ${reason}`);
}
