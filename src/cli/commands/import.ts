// `career-articles import <file> [-o out.md]`: a plain-text or HTML article as a Markdown
// article in the standard shape, keeping its text, so the linting of the result is that of
// the source. Writes stdout, or a new file (atomically; an existing one only with --force).
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { NOT_AN_ARTICLE } from '../../core/index.js';
import { cliSettings } from '../settings.js';
import { safeWrite } from '../../node/safe-write.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { IMPORT_HELP } from '../help.js';
import { runImport, type ImportResult, type ImportTask } from '../import-job.js';
import { PROGRAM, displayPath, type Io } from '../io.js';
import { limitsFromEnv } from '../../node/limits.js';
import { runWorkerTask } from '../worker-task.js';
import { assertExists, configError, writeFailure } from './shared.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function importCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('import', args, OPTIONS);
  if (values.help) {
    io.out(IMPORT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expected exactly one file to import', hintFor('import'));
  const file = await assertExists(io.cwd, positionals[0]!);
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const output = values.output === undefined ? undefined : resolve(io.cwd, values.output);
  if (output === file) throw new UsageError('the output file is the file imported; name another with -o', hintFor('import'));
  // A file (or a link to one) is replaced only with --force; a pipe is written into.
  const exists = output !== undefined && (await stat(output).catch(() => undefined))?.isFile() === true;
  if (output && exists && !values.force) throw new CliError(`${displayPath(io.cwd, output)} exists; add --force to replace it`);

  const limits = limitsFromEnv(io.env);
  const outcome = await cliSettings(io, limits, { configFile }).configs.forFile(file);
  if (!outcome.ok) throw configError(outcome.errors, io.cwd);
  // Under the limits of a lint: the size before reading, then time, memory and stack in a worker.
  const task: ImportTask = { task: 'import', file, config: outcome.value.config, maxBytes: limits.fileBytes };
  const shown = displayPath(io.cwd, file);
  const result = await runWorkerTask(
    task,
    { timeoutMs: limits.timeoutMs, memoryMb: limits.workerMemoryMb },
    () => runImport(task),
    (reason): ImportResult => ({ ok: false, reason }),
  );
  if (!result.ok) throw new CliError(/^is /.test(result.reason) ? `${shown} ${result.reason}` : `${shown}: ${result.reason}, not imported`);
  if (!result.isArticle) io.err(`${PROGRAM}: warning: ${shown}: ${NOT_AN_ARTICLE}\n`);
  if (result.urls) io.err(`${PROGRAM}: ${shown}: ${result.urls}\n`);
  const { markdown } = result;
  if (!output) {
    io.out(markdown);
    return EXIT.ok;
  }
  // --force said an existing file may go, but never the source (through a link or not), a
  // pipe is written in place, a device or folder refused (node/safe-write.ts).
  const inputs = [file, ...(configFile ? [configFile] : [])];
  await safeWrite(output, markdown, { what: 'imported article', inputs, inPlace: true }).catch((error: unknown) => {
    throw writeFailure(displayPath(io.cwd, output), error);
  });
  return EXIT.ok;
}
