// The contract every rule implements, after ESLint's `meta` + `check`: a rule declares
// what it is (id, docs, options with defaults, message templates, fixability) and
// reports plain data. The engine turns reports into findings.
import type { z } from 'zod';
import type { Article } from './model/article.js';
import type { Fix, Severity, Topic } from './types.js';
import type { SynonymTable } from './model/sections.js';
import type { RoleIndex } from './dataset/types.js';
import type { TopicData } from './finding-data.js';
import type { ResolvedStyle } from './style/resolve.js';
import { MAX_VALUE_LENGTH, shorten } from './text/shorten.js';

export { MAX_VALUE_LENGTH, shorten };

export const DOCS_BASE_URL = 'https://github.com/career-articles/career-articles/blob/main/docs/rules/';

/** The data a rule of topic `T` reports (any plain data for a rule without one, a test's probe). */
export type DataOf<T extends Topic | undefined> = T extends Topic ? TopicData[T] : Record<string, unknown>;

/** What a rule reports; `M` is the rule's message ids, so an unknown id does not compile; `D` its topic's data. */
export interface Report<M extends string = string, D = Record<string, unknown>> {
  messageId: M;
  /** Values for the message template's `{name}` placeholders. */
  values?: Record<string, MessageValue>;
  start: number;
  end: number;
  /** Only from a rule that declares `fixable: true`. */
  fix?: Fix;
  suggestions?: { title: string; fix: Fix }[];
  related?: { message: string; start?: number; end?: number; url?: string }[];
  data?: D;
  /** A lower severity than the rule's for this one report (an `info` note beside warnings). */
  severity?: Severity;
}

export interface RuleContext<O, M extends string = string, D = Record<string, unknown>> {
  article: Article;
  options: O;
  synonyms: SynonymTable;
  /** The role dataset; only rules that declare `usesDataset` (or `readsLoadedDataset`) get one. */
  dataset: RoleIndex | undefined;
  /** The house style from the config (`style`): what the style-* rules check. */
  style: ResolvedStyle;
  /**
   * `this: void`: rules destructure it from the context (`check({ article, report })`). A
   * method, not a function-typed property: that keeps a rule with its own message ids
   * assignable to `Rule` (method parameters are compared both ways).
   */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- `this: void` is what unbound-method asks for here
  report(this: void, report: Report<M, D>): void;
}

/** What every rule declares, whether it judges one article or several together. */
interface RuleMeta<S extends z.ZodObject, M extends string, T extends Topic | undefined> {
  id: string;
  description: string;
  /**
   * What the rule's findings are about: hosts group and place findings by topic (the status
   * bar's salary count, the preview's rows, the report's completeness), never by rule id. Every
   * rule of the registry declares one (rules/index.ts); a test's probe may leave it out.
   */
  topic?: T;
  severity: Severity;
  /**
   * The rule runs only when the config names a severity for it (`"readability": "info"`):
   * for checks whose targets a team sets itself, which would be noise on every article otherwise.
   */
  offByDefault?: boolean;
  fixable: boolean;
  usesDataset?: boolean;
  /**
   * The rule reads a dataset that another rule had loaded (salary-missing-figure reads the claims
   * salary-mismatch judges, attributed with the dataset's names) but never makes one load.
   */
  readsLoadedDataset?: boolean;
  /**
   * The rule has work only when the house style asks for it (a preset's check): otherwise it is
   * not run, and a dataset it uses is not loaded for it.
   */
  activeWith?: (style: ResolvedStyle) => boolean;
  options: S;
  messages: Record<M, string>;
  /**
   * Message ids whose fix (or, without one, first suggestion) brings a figure to the dataset's
   * current release: `career-articles refresh` and *Update Figures* apply exactly those.
   */
  refreshes?: ReadonlyArray<NoInfer<M>>;
}

/** What a rule file declares; defineRule adds what follows from it (the docs `url`). */
export interface RuleDefinition<
  S extends z.ZodObject = z.ZodObject,
  M extends string = string,
  T extends Topic | undefined = Topic | undefined,
> extends RuleMeta<S, M, T> {
  scope?: undefined;
  check(context: RuleContext<z.output<S>, M, DataOf<T>>): void;
}

/** What defineRule and defineSiteRule add to a declaration: its topic as declared, and its docs page. */
type Declared<D, T> = D & {
  topic: T;
  /** The rule's documentation page. */
  url: string;
};

export type Rule<
  S extends z.ZodObject = z.ZodObject,
  M extends string = string,
  T extends Topic | undefined = Topic | undefined,
> = Declared<RuleDefinition<S, M, T>, T>;

/**
 * A rule that judges several articles together, in the cross-article pass (site/check.ts) over
 * their claims, after each was linted alone: it has options, messages and a severity like any
 * rule, and no `check`, since no single article can break it.
 */
export interface SiteRuleDefinition<
  S extends z.ZodObject = z.ZodObject,
  M extends string = string,
  T extends Topic = Topic,
> extends RuleMeta<S, M, T> {
  scope: 'site';
  fixable: false;
}

export type SiteRule<S extends z.ZodObject = z.ZodObject, M extends string = string, T extends Topic = Topic> = Declared<
  SiteRuleDefinition<S, M, T>,
  T
>;

/** Any rule of the registry: its config, schema, docs and severity are handled alike. */
export type AnyRule = Rule | SiteRule;

/**
 * Keeps each rule file's type inference local: `options` types `check`'s context, and the
 * keys of `messages` are the only ids `report` accepts.
 */
export function defineRule<S extends z.ZodObject, const M extends string, const T extends Topic | undefined = undefined>(
  rule: RuleDefinition<S, M, T>,
): Rule<S, M, T> {
  return { ...rule, topic: rule.topic as T, url: ruleUrl(rule.id) };
}

/** A site rule's declaration, typed as defineRule types an article rule's. */
export function defineSiteRule<S extends z.ZodObject, const M extends string, const T extends Topic>(
  rule: SiteRuleDefinition<S, M, T>,
): SiteRule<S, M, T> {
  return { ...rule, topic: rule.topic as T, url: ruleUrl(rule.id) };
}

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

/**
 * A value a rule composed itself from parts it has already shortened (a list of nearest
 * titles): inserted as it is, since cutting it would cut a title in half.
 */
export class ComposedValue {
  constructor(readonly text: string) {}
}

export type MessageValue = string | number | ComposedValue;

export function formatMessage(template: string, values: Record<string, MessageValue> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!(name in values)) return whole;
    const value = values[name]!;
    return value instanceof ComposedValue ? value.text : shorten(String(value));
  });
}
