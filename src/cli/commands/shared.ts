// Small steps more than one command takes.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// Config modules directly, not core/index.js: the main thread never loads the lint engine.
import { formatSourceError, type SourceError } from '../../core/config/json-source.js';
import { WriteError, isOurReport, safeWrite } from '../../node/safe-write.js';
import { withSiteFindings } from '../../core/site/check.js';
import { ConfigLoader, type LoadedConfig } from '../../node/config-loader.js';
import type { RoleIndex } from '../../core/dataset/index.js';
import { DatasetProvider } from '../dataset.js';
import { roleIndexFor } from '../role-index.js';
import type { FileReport } from '../report.js';
import { CliError } from '../errors.js';
import { displayPath, type Io } from '../io.js';
import { capLines, limitsFromEnv } from '../../node/limits.js';

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

/** The config of a command that reads no article: `configFile` (from -c) when named, else the current folder's; exit 2 when invalid. */
export async function commandConfig(io: Io, configFile: string | undefined): Promise<LoadedConfig> {
  const outcome = await new ConfigLoader(configFile, limitsFromEnv(io.env).configBytes).forFolder(io.cwd);
  if (!outcome.ok) throw configError(outcome.errors, io.cwd);
  return outcome.value;
}

/** The role index that config gives (its dataset, or `datasetFile` from --dataset, over the bundled one). */
export async function commandRoleIndex(io: Io, loaded: LoadedConfig, datasetFile: string | undefined): Promise<RoleIndex> {
  return roleIndexFor(await new DatasetProvider(io, limitsFromEnv(io.env), datasetFile).get(loaded));
}

/** Exit 2 with one line per config error: `invalid config file: file:line:column: path: message`. */
export function configError(errors: readonly SourceError[], cwd: string): CliError {
  // 40,000 unknown keys are 40,000 errors: the first few say what is wrong.
  const lines = capLines(errors.map((e) => `invalid config file: ${formatSourceError({ ...e, file: displayPath(cwd, e.file) })}`));
  return new CliError(lines[0] ?? 'invalid config file', lines.slice(1));
}

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

/** The cross-article pass over the claims the workers returned, its findings added to each report. */
export function addSiteFindings(reports: FileReport[], configs: readonly LoadedConfig[]): void {
  const merged = withSiteFindings(
    reports.map((report, i) => ({
      findings: report.findings,
      site: report.claims && {
        path: report.path,
        display: report.display,
        claims: report.claims,
        ...(report.page && { page: report.page }),
        config: configs[i]!.config,
      },
    })),
  );
  reports.forEach((report, i) => (report.findings = merged[i]!));
}

/** Every file's config, read before any file is linted: a bad one stops the run with exit 2. */
export async function loadConfigs(files: string[], loader: ConfigLoader, cwd: string): Promise<LoadedConfig[]> {
  const outcomes = await Promise.all(files.map((file) => loader.forFile(file)));
  const errors = new Map<string, SourceError>();
  for (const outcome of outcomes) {
    if (!outcome.ok) for (const e of outcome.errors) errors.set(formatSourceError(e), e);
  }
  if (errors.size > 0) throw configError([...errors.values()], cwd);
  return outcomes.map((outcome) => (outcome as { ok: true; value: LoadedConfig }).value);
}
