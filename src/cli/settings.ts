// The CLI's questions to the session: its settings step (session/settings.ts) over Node's file system, asked for
// each file's settings (its config by the cascade or -c, and the datasets --dataset or the
// config names, confined by the session's one rule) before any file is linted. A broken config
// stops the run with exit 2; a dataset the session will not read is a warning, said once.
import { formatSourceError, type SourceError } from '../core/author-files/json-source.js';
import type { DocumentSettings, PathSettings } from '../session/settings.js';
import { createNodeSettings } from '../node/node-settings.js';
import type { Limits } from '../node/limits.js';
import { capLines } from '../node/limits.js';
import { CliError } from './errors.js';
import { describeRefusal } from './dataset.js';
import { PROGRAM, displayPath, type Io } from './io.js';

/** The run's settings step of the session: `configFile` (-c) for every article instead of the cascade, `datasetFile` (--dataset) instead of every config's. */
export function cliSettings(
  io: Io,
  limits: Limits,
  named: { configFile?: string | undefined; datasetFile?: string | undefined } = {},
): PathSettings {
  return createNodeSettings(limits.configBytes, {
    ...(named.configFile !== undefined && { configFile: named.configFile }),
    ...(named.datasetFile !== undefined && { dataset: named.datasetFile }),
    // No workspace: the walk goes to the filesystem root, and a config's datasets may lie in its folder or the current one.
    allowedFolders: [io.cwd],
  });
}

/** Exit 2 with one line per config error: `invalid config file: file:line:column: path: message`. */
export function configError(errors: readonly SourceError[], cwd: string): CliError {
  // 40,000 unknown keys are 40,000 errors: the first few say what is wrong.
  const lines = capLines(errors.map((e) => `invalid config file: ${formatSourceError({ ...e, file: displayPath(cwd, e.file) })}`));
  return new CliError(lines[0] ?? 'invalid config file', lines.slice(1));
}

/** Prints the session's refusals in the CLI's words, each once per run. */
export function refusalWarner(io: Io): (refused: DocumentSettings['refused']) => void {
  const said = new Set<string>();
  return (refused) => {
    for (const refusal of refused) {
      const line = describeRefusal(io, refusal);
      if (!said.has(line)) io.err(`${PROGRAM}: warning: ${line}\n`);
      said.add(line);
    }
  };
}

/** Every file's settings, asked before any file is linted: a bad config stops the run with exit 2. */
export async function settingsForFiles(files: readonly string[], session: PathSettings, io: Io): Promise<DocumentSettings[]> {
  const settings = await Promise.all(files.map((file) => session.settingsFor(file)));
  const errors = new Map<string, SourceError>();
  for (const { configErrors } of settings) for (const e of configErrors) errors.set(formatSourceError(e), e);
  if (errors.size > 0) throw configError([...errors.values()], io.cwd);
  const warn = refusalWarner(io);
  for (const { refused } of new Set(settings)) warn(refused);
  return settings;
}
