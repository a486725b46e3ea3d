// The `style` key of `.career-articles.json`: the team's own terms, patterns and acronyms.
// Every problem a rule could cause at lint time (an empty term, a pattern that matches
// nothing or everything, one that can backtrack catastrophically) is refused here, with the
// JSON path of the rule, so the editor never meets it.
import { z } from '../zod.js';
import { unsafePattern } from './regex-safety.js';
import { WORD } from './words.js';

const severity = z.enum(['error', 'warning', 'info']).optional().describe("Severity of this rule's findings (default: the style rule's).");
const examples = z
  .object({
    flag: z.array(z.string()).optional().describe('Texts the rule must flag.'),
    pass: z.array(z.string()).optional().describe('Texts the rule must leave alone.'),
  })
  .strict()
  .optional()
  .describe('Examples `career-articles style test` checks, so a team can test its style in CI.');
const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9/_-]*$/, 'expected a lowercase id such as `registered-nurse`')
  .optional()
  .describe('An id to switch the rule off by (`style.off`) or to replace a preset rule.');
const word = (what: string) =>
  z
    .string()
    .trim()
    .refine((s) => WORD.test(s), `expected ${what} with at least one letter or digit (an empty term would match everywhere)`);

export const termRuleSchema = z
  .object({
    id,
    use: z
      .union([word('a term'), z.array(word('a term')).min(1)])
      .describe('The term to write; several: the author chooses (no automatic fix).'),
    avoid: z.array(word('a term')).min(1).describe('Forms to flag; plurals and possessives are matched too.'),
    caseSensitive: z.boolean().optional().describe('Match the avoided forms with their exact case (default false).'),
    message: z.string().optional().describe('Why, appended to the finding.'),
    severity,
    examples,
  })
  .strict()
  .refine((t) => !t.avoid.some((a) => [t.use].flat().some((u) => (t.caseSensitive ? u === a : u.toLowerCase() === a.toLowerCase()))), {
    error: 'a term cannot both be used and avoided',
  });

const RX_FLAGS = /^i?$/;
export const patternRuleSchema = z
  .object({
    id,
    pattern: z.string().min(1).describe('A regular expression (JavaScript syntax, no back-references or nested quantifiers).'),
    flags: z.string().regex(RX_FLAGS, 'expected `i` or nothing').optional().describe('`i` to ignore case.'),
    message: z.string().min(1).describe('What the finding says.'),
    severity,
    examples,
  })
  .strict()
  .superRefine((rule, ctx) => {
    let compiled: RegExp;
    try {
      compiled = new RegExp(rule.pattern, `${rule.flags ?? ''}u`);
    } catch (error) {
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: `not a regular expression: ${(error as Error).message}` });
      return;
    }
    const unsafe = unsafePattern(rule.pattern);
    if (unsafe) ctx.addIssue({ code: 'custom', path: ['pattern'], message: `pattern can backtrack catastrophically: ${unsafe}` });
    else if (compiled.test(''))
      ctx.addIssue({ code: 'custom', path: ['pattern'], message: 'pattern matches empty text (it would match everywhere)' });
  });

export const acronymRuleSchema = z
  .object({
    id,
    acronym: z.string().regex(/^[A-Za-z0-9&-]{2,12}$/, 'expected an acronym such as `RN`'),
    expansion: word('the expansion').describe('What it stands for: "registered nurse" for "registered nurse (RN)".'),
    severity,
    examples,
  })
  .strict();

export const PRESETS = ['careers'] as const;

export const styleSchema = z
  .object({
    presets: z.array(z.enum(PRESETS)).optional().describe('Bundled rule lists to use, merged under the team\'s own: `["careers"]`.'),
    off: z.array(z.string()).optional().describe("Ids of rules (the team's or a preset's) to switch off."),
    terms: z.array(termRuleSchema).optional().describe('Terms to use instead of others.'),
    patterns: z.array(patternRuleSchema).optional().describe('Regular expressions to flag, each with a message.'),
    acronyms: z.array(acronymRuleSchema).optional().describe('Acronyms to spell out at first use: "registered nurse (RN)".'),
  })
  .strict()
  .describe("The team's house style: terms, patterns and acronyms (rules style-term, style-pattern, style-acronym).");

export type StyleFile = z.output<typeof styleSchema>;
export type TermRule = z.output<typeof termRuleSchema>;
export type PatternRule = z.output<typeof patternRuleSchema>;
export type AcronymRule = z.output<typeof acronymRuleSchema>;
