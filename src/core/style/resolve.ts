// Resolves the `style` key into the rules the style rules run: presets first, the team's
// own lists merged over them (a team rule with a preset rule's id replaces it), then what
// `off` names removed. Each rule carries its id and where it came from, for messages and `style test`.
import type { AcronymRule, PatternRule, StyleFile, TermRule } from './schema.js';
import { CAREERS_PRESET } from './careers-preset.js';
import { TermMatcher } from './terms.js';

/** The id of the careers preset's job-title check, for `style.off`. */
export const JOB_TITLE_CASE_ID = 'careers/job-title-case';

export interface Located<R> {
  rule: R;
  id: string;
  /** JSON path of the rule in its file (`style.terms[3]`) or the preset's name. */
  where: string;
}

export interface ResolvedStyle {
  terms: Located<TermRule>[];
  patterns: Located<PatternRule & { compiled: RegExp }>[];
  acronyms: Located<AcronymRule>[];
  /** Every term rule's avoided forms in one matcher. */
  matcher: TermMatcher<Located<TermRule>>;
  /** The careers preset's check of job titles capitalised in running text (rule style-job-title-case). */
  jobTitleCase: boolean;
}

const PRESET_FILES: Record<string, StyleFile> = { careers: CAREERS_PRESET };

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');
const termId = (t: TermRule) => t.id ?? slug([t.use].flat()[0]!);
const patternId = (p: PatternRule) => p.id ?? `pattern-${slug(p.pattern).slice(0, 40)}`;
const acronymId = (a: AcronymRule) => a.id ?? slug(a.acronym);

function merge<R>(lists: [R[] | undefined, string][], idOf: (r: R) => string, off: Set<string>): Located<R>[] {
  const byId = new Map<string, Located<R>>();
  for (const [list, where] of lists) {
    (list ?? []).forEach((rule, i) => {
      const id = idOf(rule);
      byId.delete(id);
      byId.set(id, { rule, id, where: `${where}[${i}]` });
    });
  }
  return [...byId.values()].filter((r) => !off.has(r.id));
}

/** `prefix` starts each team rule's path: `style.` inside the config, nothing in a style file of its own. */
export function resolveStyle(file: StyleFile = {}, prefix = 'style.'): ResolvedStyle {
  const sources: [StyleFile, string][] = [
    ...(file.presets ?? []).map((name): [StyleFile, string] => [PRESET_FILES[name]!, `preset ${name}:`]),
    [file, prefix],
  ];
  const off = new Set(file.off ?? []);
  const terms = merge(
    sources.map(([f, w]) => [f.terms, `${w}terms`]),
    termId,
    off,
  );
  const patterns = merge(
    sources.map(([f, w]) => [f.patterns, `${w}patterns`]),
    patternId,
    off,
  ).map((p) => ({
    ...p,
    rule: { ...p.rule, compiled: new RegExp(p.rule.pattern, `${p.rule.flags ?? ''}gu`) },
  }));
  const acronyms = merge(
    sources.map(([f, w]) => [f.acronyms, `${w}acronyms`]),
    acronymId,
    off,
  );
  const matcher = new TermMatcher<Located<TermRule>>();
  for (const term of terms) for (const form of term.rule.avoid) matcher.add(term, form, term.rule.caseSensitive ?? false);
  // Not a term list: the rule reads the dataset's titles, so the preset switches it on by id.
  const jobTitleCase = (file.presets ?? []).includes('careers') && !off.has(JOB_TITLE_CASE_ID);
  return { terms, patterns, acronyms, matcher, jobTitleCase };
}

export const EMPTY_STYLE = resolveStyle();
