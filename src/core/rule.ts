// The contract every rule implements, after ESLint's `meta` + `check`: a rule declares
// what it is (id, docs, options with defaults, message templates, fixability) and
// reports plain data. The engine turns reports into findings.
import type { z } from 'zod';
import type { Article } from './model/article.js';
import type { Fix, Severity } from './types.js';
import type { SynonymTable } from './model/sections.js';
import type { RoleIndex } from './dataset/types.js';

export const DOCS_BASE_URL = 'https://github.com/career-articles/career-articles/blob/main/docs/rules/';

export interface Report {
  messageId: string;
  /** Values for the message template's `{name}` placeholders. */
  values?: Record<string, string | number>;
  start: number;
  end: number;
  fix?: Fix;
  suggestions?: Array<{ title: string; fix: Fix }>;
  related?: Array<{ message: string; start?: number; end?: number; url?: string }>;
  data?: Record<string, unknown>;
}

export interface RuleContext<O> {
  article: Article;
  options: O;
  synonyms: SynonymTable;
  /** The role dataset; only rules that declare `usesDataset` get one. */
  dataset: RoleIndex | undefined;
  report: (report: Report) => void;
}

export interface Rule<S extends z.ZodObject = z.ZodObject> {
  id: string;
  description: string;
  severity: Severity;
  fixable: boolean;
  usesDataset?: boolean;
  /**
   * `site`: the rule judges several articles together, in the cross-article pass
   * (site/check.ts) over their claims; the engine never calls its `check`.
   */
  scope?: 'site';
  options: S;
  messages: Record<string, string>;
  check(context: RuleContext<z.output<S>>): void;
}

/** Keeps each rule file's type inference local: `options` types `check`'s context. */
export function defineRule<S extends z.ZodObject>(rule: Rule<S>): Rule<S> {
  return rule;
}

export function ruleUrl(id: string): string {
  return `${DOCS_BASE_URL}${id}.md`;
}

export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
