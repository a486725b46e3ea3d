// Finds and reads `.career-articles.json` for the CLI: either one file named on the command
// line, or for each article the nearest one walking up from its folder. Every folder's
// answer is cached, so a thousand articles in one tree cost one look-up per folder.
import { access } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
// The config modules directly, not core/index.js: the CLI's main thread reads configs but
// never lints, so it must not load the Markdown parser along with them.
import { CONFIG_FILE_NAME, parseConfig } from '../core/config/parse.js';
import { resolveConfig, type ResolvedConfig } from '../core/config/resolve.js';
import type { SourceError } from '../core/config/json-source.js';
import { readText } from './read-text.js';

export interface LoadedConfig {
  /** Absolute path of the config file; undefined when the defaults apply. */
  file: string | undefined;
  config: ResolvedConfig;
  /** Absolute path of the workspace dataset the config names (relative to the config file). */
  dataset: string | undefined;
}

export type ConfigOutcome = { ok: true; value: LoadedConfig } | { ok: false; errors: SourceError[] };

const DEFAULTS: ConfigOutcome = { ok: true, value: { file: undefined, config: resolveConfig(), dataset: undefined } };

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Configs are small; a bigger one is a mistake or an attack, not read (1 MB unless set). */
export const DEFAULT_CONFIG_BYTES = 1024 * 1024;

/** Reads and validates one config file; errors carry the file name as given. */
export async function loadConfigFile(file: string, maxBytes = DEFAULT_CONFIG_BYTES): Promise<ConfigOutcome> {
  const read = await readText(file, maxBytes);
  if (!read.ok) return { ok: false, errors: [{ file, message: read.reason }] };
  const parsed = parseConfig(read.text, file);
  if (!parsed.ok) return parsed;
  const dataset = parsed.value.dataset === undefined ? undefined : resolve(dirname(file), parsed.value.dataset);
  return { ok: true, value: { file: resolve(file), config: parsed.value, dataset } };
}

export class ConfigLoader {
  private readonly byFolder = new Map<string, Promise<ConfigOutcome>>();
  private readonly explicit: Promise<ConfigOutcome> | undefined;

  /** With `explicitFile`, that file applies to every article and no search happens. */
  constructor(
    explicitFile?: string,
    private readonly maxBytes = DEFAULT_CONFIG_BYTES,
  ) {
    this.explicit = explicitFile === undefined ? undefined : loadConfigFile(explicitFile, maxBytes);
  }

  forFile(file: string): Promise<ConfigOutcome> {
    return this.explicit ?? this.forFolder(dirname(resolve(file)));
  }

  forFolder(folder: string): Promise<ConfigOutcome> {
    let outcome = this.byFolder.get(folder);
    if (!outcome) {
      outcome = this.search(folder);
      this.byFolder.set(folder, outcome);
    }
    return outcome;
  }

  private async search(folder: string): Promise<ConfigOutcome> {
    const candidate = join(folder, CONFIG_FILE_NAME);
    if (await exists(candidate)) return loadConfigFile(candidate, this.maxBytes);
    const parent = dirname(folder);
    return parent === folder ? DEFAULTS : this.forFolder(parent);
  }
}
