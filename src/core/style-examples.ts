// `career-articles style test`: every style rule's own examples, each linted with that rule
// alone. A `flag` text must give that rule a finding, a `pass` text none, so a team can keep
// its style honest in CI the way a rule's fixtures keep it honest here.
import { lint } from './lint.js';
import { resolveConfig, type ResolvedConfig } from './config/resolve.js';
import { RULES } from './rules/index.js';
import { resolveStyle, type Located } from './style/resolve.js';
import type { StyleFile } from './style/schema.js';

export interface ExampleFailure {
  /** Where the rule is written: `style.terms[2]` or `preset careers:terms[0]`. */
  where: string;
  id: string;
  kind: 'flag' | 'pass';
  text: string;
}

type Kind = 'terms' | 'patterns' | 'acronyms';
const RULE_OF: Record<Kind, string> = { terms: 'style-term', patterns: 'style-pattern', acronyms: 'style-acronym' };

function configWith(kind: Kind, rule: Located<{ examples?: unknown }>): ResolvedConfig {
  const rules = Object.fromEntries(RULES.map((r) => [r.id, r.id === RULE_OF[kind] ? 'warning' : 'off'] as const));
  const { where: _where, ...located } = rule;
  const style = resolveStyle({ [kind]: [{ ...located.rule, id: located.id }] });
  return { ...resolveConfig({ rules }), style };
}

/** Every failing example; none means the style passes its own tests. */
export function testStyleExamples(file: StyleFile, prefix?: string): { failures: ExampleFailure[]; checked: number } {
  const style = resolveStyle(file, prefix);
  const failures: ExampleFailure[] = [];
  let checked = 0;
  for (const kind of ['terms', 'patterns', 'acronyms'] as const) {
    for (const rule of style[kind] as Located<{ examples?: { flag?: string[]; pass?: string[] } }>[]) {
      const examples = rule.rule.examples;
      if (!examples) continue;
      const config = configWith(kind, rule);
      const flagged = (text: string) => lint(text, { config, force: true }).findings.some((f) => f.ruleId === RULE_OF[kind]);
      for (const [kindOf, texts, want] of [
        ['flag', examples.flag ?? [], true],
        ['pass', examples.pass ?? [], false],
      ] as const) {
        for (const text of texts) {
          checked++;
          if (flagged(text) !== want) failures.push({ where: rule.where, id: rule.id, kind: kindOf, text });
        }
      }
    }
  }
  return { failures, checked };
}

export function describeFailure(f: ExampleFailure): string {
  const expected = f.kind === 'flag' ? 'should be flagged but is not' : 'should pass but is flagged';
  return `${f.where} (${f.id}): example ${JSON.stringify(f.text)} ${expected}`;
}
