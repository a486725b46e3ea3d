// The claim rules' options as the verdicts need them, read once from a resolved config through
// each rule's own zod schema. The hover, the preview, the site report and the cross-article pass
// ask here, so they judge a claim exactly as the rule that reports it: no consumer reads a
// rule's option by name or keeps a default of its own.
import type { z } from 'zod';
import type { ResolvedConfig } from '../config/resolve.js';
import type { Article } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { Rule } from '../rule.js';
import { withRoleAliases } from '../dataset/aliases.js';
import salaryMismatch from '../rules/salary-mismatch.js';
import outlookMismatch from '../rules/outlook-mismatch.js';
import { outlookVerdicts, type OutlookJudgement, type OutlookSettings } from '../claims/outlook-verdicts.js';
import { salaryVerdicts, type SalarySettings, type SalaryJudgement } from '../claims/salary-verdicts.js';

/** A rule's typed options in a config, parsed once per config. */
function optionsOf<S extends z.ZodObject>(rule: Rule<S>): (config: ResolvedConfig) => z.output<S> {
  const parsed = new WeakMap<ResolvedConfig, z.output<S>>();
  return (config) => {
    let found = parsed.get(config);
    if (!found) parsed.set(config, (found = rule.options.parse(config.rules[rule.id]?.options ?? {})));
    return found;
  };
}

/** salary-mismatch's typed options in `config`. */
export const salarySettings: (config: ResolvedConfig) => SalarySettings = optionsOf(salaryMismatch);

/** outlook-mismatch's typed options in `config`. */
export const outlookSettings: (config: ResolvedConfig) => OutlookSettings = optionsOf(outlookMismatch);

/**
 * The article's salary claims with their verdicts, as salary-mismatch judged them in this lint:
 * the same dataset view (the config's role aliases) and the same options, so the same objects.
 */
export function judgedSalaries(article: Article, index: RoleIndex, config: ResolvedConfig): readonly SalaryJudgement[] {
  return salaryVerdicts(article, withRoleAliases(index, config.roles), salarySettings(config));
}

/** The article's projection claims (outlook, counts, shares) with their verdicts, as outlook-mismatch judged them. */
export function judgedOutlooks(article: Article, index: RoleIndex, config: ResolvedConfig): readonly OutlookJudgement[] {
  return outlookVerdicts(article, withRoleAliases(index, config.roles), outlookSettings(config));
}
