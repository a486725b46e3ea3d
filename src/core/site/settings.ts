// What the cross-article pass (check.ts) reads of an article's config: the settings of the
// registry's site rules. A shard's results carry them beside the claims, so `report --from`
// judges the whole site with each article's own settings without reading any config again.
import { resolveConfig, type ResolvedConfig, type RuleSetting } from '../config/resolve.js';
import { RULES } from '../rules/index.js';
import type { Finding } from '../types.js';

const SITE_RULES = RULES.filter((rule) => rule.scope === 'site');
const SITE_RULE_IDS = new Set(SITE_RULES.map((rule) => rule.id));

/** Why `setting` cannot be a site rule's (an unknown rule, options its schema refuses), or undefined. */
export function siteSettingProblem(id: string, setting: RuleSetting): string | undefined {
  const rule = SITE_RULES.find((r) => r.id === id);
  if (!rule) return `\`${id}\` is not a cross-article rule`;
  const parsed = rule.options.safeParse(setting.options);
  return parsed.success ? undefined : `invalid options: ${parsed.error.issues[0]?.message ?? 'refused'}`;
}

export function siteSettings(config: ResolvedConfig): Record<string, RuleSetting> {
  return Object.fromEntries([...SITE_RULE_IDS].flatMap((id) => (config.rules[id] ? [[id, config.rules[id]]] : [])));
}

/** A config that gives the site rules `settings` (the rest defaulted: the pass reads nothing else). */
let defaults: ResolvedConfig | undefined;
export function configWithSiteSettings(settings: Readonly<Record<string, RuleSetting>>): ResolvedConfig {
  const config = (defaults ??= resolveConfig());
  const rules = { ...config.rules };
  for (const [id, setting] of Object.entries(settings)) if (SITE_RULE_IDS.has(id)) rules[id] = setting;
  return { ...config, rules };
}

/** A finding of the cross-article pass: a merge drops the ones each part computed and runs the pass again. */
export const isSiteFinding = (finding: Finding): boolean => SITE_RULE_IDS.has(finding.ruleId);
