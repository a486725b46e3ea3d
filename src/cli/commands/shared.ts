// Small steps more than one command takes.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
// Config modules directly, not core/index.js: the main thread never loads the lint engine.
import type { LoadedConfig } from '../../session/config-cascade.js';
import type { ResolvedConfig } from '../../core/config/resolve.js';
import type { RoleIndex } from '../../core/dataset/index.js';
import { DatasetLoader } from '../dataset.js';
import { cliSettings, configError, refusalWarner } from '../settings.js';
import { roleIndexFor } from '../role-index.js';
import { siteFindingsOf, type FileReport } from '../report.js';
import { CliError } from '../errors.js';
import type { Io } from '../io.js';
import { limitsFromEnv } from '../../node/limits.js';

export { configError } from '../settings.js';
export { writeFailure, writeOutputFile } from '../output-file.js';

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
  const outcome = await cliSettings(io, limitsFromEnv(io.env), { configFile }).configs.forFolder(io.cwd);
  if (!outcome.ok) throw configError(outcome.errors, io.cwd);
  return outcome.value;
}

/** The role index that config gives (its dataset, or `datasetFile` from --dataset, over the bundled one). */
export async function commandRoleIndex(io: Io, loaded: LoadedConfig, datasetFile: string | undefined): Promise<RoleIndex> {
  const limits = limitsFromEnv(io.env);
  const session = cliSettings(io, limits, { datasetFile });
  const { pick, refused } = await session.datasetsFor(io.cwd, loaded);
  refusalWarner(io)(refused);
  return roleIndexFor(await new DatasetLoader(io, limits, datasetFile).get(pick));
}

/** The cross-article pass over the claims the workers returned, its findings added to each report. */
export function addSiteFindings(reports: FileReport[], configs: ReadonlyArray<{ config: ResolvedConfig }>): void {
  const merged = siteFindingsOf(reports, (_, i) => configs[i]!.config);
  reports.forEach((report, i) => (report.findings = merged[i]!));
}
