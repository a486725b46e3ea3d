// Turns a validated config file into what the engine uses: every rule's severity and
// fully defaulted options, and the heading synonym table.
import type { Severity } from '../types.js';
import { RULES } from '../rules/index.js';
import { DEFAULT_SYNONYMS, SECTION_KEYS, type SynonymTable } from '../model/sections.js';
import type { ConfigFile, SeveritySetting } from './schema.js';
import { EMPTY_STYLE, resolveStyle, type ResolvedStyle } from '../style/resolve.js';

export interface RuleSetting {
  severity: Severity | 'off';
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  rules: Record<string, RuleSetting>;
  synonyms: SynonymTable;
  dataset: string | undefined;
  maxFileSize: number;
  /** Role aliases: a role name to the SOC code it means. */
  roles: Record<string, string>;
  /** The house style: the team's terms, patterns and acronyms over the presets it names. */
  style: ResolvedStyle;
}

export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export function resolveConfig(file: ConfigFile = {}): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  for (const rule of RULES) {
    const byId: Partial<Record<string, unknown>> = file.rules ?? {};
    const setting = byId[rule.id] as SeveritySetting | (Record<string, unknown> & { severity?: SeveritySetting }) | undefined;
    const { severity, ...options } = typeof setting === 'object' ? setting : { severity: setting };
    rules[rule.id] = { severity: severity ?? (rule.offByDefault ? 'off' : rule.severity), options: rule.options.parse(options) };
  }
  const synonyms = Object.fromEntries(
    SECTION_KEYS.map((key) => [key, file.sections?.[key] ?? DEFAULT_SYNONYMS[key]]),
  ) as unknown as SynonymTable;
  return {
    rules,
    synonyms,
    dataset: file.dataset,
    maxFileSize: file.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    roles: { ...file.roles },
    style: typeof file.style === 'object' ? resolveStyle(file.style) : EMPTY_STYLE,
  };
}

/** Remaps severities after the config file, e.g. from an editor setting. */
export function withSeverityOverrides(config: ResolvedConfig, overrides: Record<string, SeveritySetting>): ResolvedConfig {
  const rules = { ...config.rules };
  for (const [id, severity] of Object.entries(overrides)) {
    if (rules[id]) rules[id] = { ...rules[id], severity };
  }
  return { ...config, rules };
}
