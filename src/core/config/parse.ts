// Reads `.career-articles.json`. Pure: the caller supplies the text (from node:fs in the
// CLI, from workspace.fs in the editor), so the same errors appear in both.
import { configSchema } from './schema.js';
import { resolveConfig, type ResolvedConfig } from './resolve.js';
import { parseJsonSource, type ParseOutcome } from './json-source.js';

export const CONFIG_FILE_NAME = '.career-articles.json';

export function parseConfig(text: string, file: string): ParseOutcome<ResolvedConfig> {
  const outcome = parseJsonSource(text, file, configSchema);
  return outcome.ok ? { ok: true, value: resolveConfig(outcome.value) } : outcome;
}
