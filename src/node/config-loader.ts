// The CLI's config discovery: either one file named on the command line, or for each
// article the session's config cascade (src/session/config-cascade.ts) over Node's file
// system. The CLI has no workspace, so the walk goes up to the filesystem root: the one
// rule every host shares. Only config modules load here, never the Markdown parser: the
// CLI's main thread reads configs but never lints.
import { resolve } from 'node:path';
import { ConfigCascade, type ConfigOutcome } from '../session/config-cascade.js';
import { createNodeFileSystem } from './session-fs.js';

export type { ConfigOutcome, LoadedConfig } from '../session/config-cascade.js';

const cascade = (maxBytes: number): ConfigCascade => new ConfigCascade(createNodeFileSystem(maxBytes));

/** Configs are small; a bigger one is a mistake or an attack, not read (1 MB unless set). */
export const DEFAULT_CONFIG_BYTES = 1024 * 1024;

/** Reads and validates one config file; errors carry the file name as given. */
export async function loadConfigFile(file: string, maxBytes = DEFAULT_CONFIG_BYTES): Promise<ConfigOutcome> {
  const outcome = await cascade(maxBytes).load(file);
  return outcome.ok ? { ok: true, value: { ...outcome.value, file: resolve(file) } } : outcome;
}

export class ConfigLoader {
  private readonly cascade: ConfigCascade;
  private readonly explicit: Promise<ConfigOutcome> | undefined;

  /** With `explicitFile`, that file applies to every article and no search happens. */
  constructor(explicitFile?: string, maxBytes = DEFAULT_CONFIG_BYTES) {
    this.cascade = cascade(maxBytes);
    this.explicit = explicitFile === undefined ? undefined : loadConfigFile(explicitFile, maxBytes);
  }

  forFile(file: string): Promise<ConfigOutcome> {
    return this.explicit ?? this.cascade.forFile(resolve(file));
  }

  /** The config of a command that reads no article (roles, new, style, vocab): the named file, else the folder's. */
  forFolder(folder: string): Promise<ConfigOutcome> {
    return this.explicit ?? this.cascade.forFolder(folder);
  }
}
