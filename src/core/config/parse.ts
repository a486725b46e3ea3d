// Reads `.career-articles.json`. Pure: the caller supplies the text (from node:fs in the
// CLI, from workspace.fs in the editor), so the same errors appear in both.
import { configSchema, type ConfigFile } from './schema.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import { parseJsonSource, type ParseOutcome } from '../author-files/json-source.js';

export { CONFIG_FILE_NAME } from './file-name.js';

export function parseConfigFile(text: string, file: string): ParseOutcome<ConfigFile> {
  return parseJsonSource(text, file, configSchema());
}

export function parseConfig(text: string, file: string): ParseOutcome<ResolvedConfig> {
  const outcome = parseConfigFile(text, file);
  return outcome.ok ? { ok: true, value: resolveConfig(outcome.value) } : outcome;
}

/** Validates settings that come as objects (the editor's settings) with the file's schema. */
export function validateConfigObject(value: unknown): { ok: true; value: ConfigFile } | { ok: false; message: string } {
  const result = configSchema().safeParse(value);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0]!;
  return { ok: false, message: `${issue.path.join('.')}: ${issue.message}` };
}

/** `override` wins key by key; a rule's setting is replaced whole, like ESLint's. */
export function mergeConfigFiles(base: ConfigFile, override: ConfigFile): ConfigFile {
  return {
    ...base,
    ...override,
    rules: { ...base.rules, ...override.rules },
    sections: { ...base.sections, ...override.sections },
    roles: { ...base.roles, ...override.roles },
  };
}
