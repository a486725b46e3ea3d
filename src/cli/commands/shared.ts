// Small steps more than one command takes.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// Config modules directly, not core/index.js: the main thread never loads the lint engine.
import { formatSourceError, type SourceError } from '../../core/config/json-source.js';
import { writeNewFileAtomic } from '../../node/write-atomic.js';
import { withSiteFindings } from '../../core/site/check.js';
import type { ConfigLoader, LoadedConfig } from '../../node/config-loader.js';
import type { FileReport } from '../report.js';
import { CliError } from '../errors.js';
import { displayPath } from '../io.js';
import { capLines } from '../../node/limits.js';

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

/** --output-file: the report replaces the file atomically (a reader never sees half of it). */
export async function writeOutputFile(cwd: string, path: string, text: string): Promise<void> {
  try {
    await writeNewFileAtomic(resolve(cwd, path), text);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : String(error));
    throw new CliError(`cannot write the output file ${path} (${code})`);
  }
}

/** The cross-article pass over the claims the workers returned, its findings added to each report. */
export function addSiteFindings(reports: FileReport[], configs: readonly LoadedConfig[]): void {
  const merged = withSiteFindings(
    reports.map((report, i) => ({
      findings: report.findings,
      site: report.claims && { path: report.path, display: report.display, claims: report.claims, config: configs[i]!.config },
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
