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
import { salaryVerdicts, type SalarySettings, type SalaryJudgement } from './salary-verdicts.js';

function optionsOf<S extends z.ZodObject>(rule: Rule<S>, config: ResolvedConfig): z.output<S> {
  return rule.options.parse(config.rules[rule.id]?.options ?? {});
}

const settings = new WeakMap<ResolvedConfig, SalarySettings>();

/** salary-mismatch's typed options in `config`. */
export function salarySettings(config: ResolvedConfig): SalarySettings {
  let found = settings.get(config);
  if (!found) settings.set(config, (found = optionsOf(salaryMismatch, config)));
  return found;
}

/**
 * The article's salary claims with their verdicts, as salary-mismatch judged them in this lint:
 * the same dataset view (the config's role aliases) and the same options, so the same objects.
 */
export function judgedSalaries(article: Article, index: RoleIndex, config: ResolvedConfig): readonly SalaryJudgement[] {
  return salaryVerdicts(article, withRoleAliases(index, config.roles), salarySettings(config));
}
