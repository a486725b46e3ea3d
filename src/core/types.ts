// Plain, serializable data shared by the engine, the CLI, the editor and the preview.
// Nothing here may hold a function or a class instance: findings cross process and
// webview boundaries unchanged.

export type Severity = 'error' | 'warning' | 'info';

/**
 * What a finding is about, declared by its rule: the title, a role's definition, the outline of
 * standard sections (one missing, out of order, twice), a section's content, the front matter,
 * a salary figure, a role the dataset does not know, the salary figures' source, the job
 * outlook, the typical education, the same role's figures across articles, the team's own
 * style, readability, and what a search engine reads (SEO title, meta description, key phrase,
 * the same comparison twice across a site). Hosts read this
 * (and the topic's typed data, finding-data.ts), never rule ids.
 */
export type Topic =
  | 'title'
  | 'definition'
  | 'structure'
  | 'section'
  | 'front-matter'
  | 'salary'
  | 'role'
  | 'citation'
  | 'outlook'
  | 'education'
  | 'consistency'
  | 'style'
  | 'readability'
  | 'seo';

/** 1-based line and column, 0-based UTF-16 offset into the document text. */
export interface Point {
  line: number;
  column: number;
  offset: number;
}

/** An offset edit: replace text in [range[0], range[1]) with `text`. */
export interface Fix {
  range: [number, number];
  text: string;
  /** What the edit does, for a quick fix's label ("Insert a `Work Environment` section"). */
  title?: string;
}

/** A change that needs the author's judgement: offered, never applied by "fix all". */
export interface Suggestion {
  title: string;
  fix: Fix;
}

/** Evidence for a finding: a place in the document or an external source. */
export interface Related {
  message: string;
  start?: Point;
  end?: Point;
  /** An external reference such as a dataset entry's source page. */
  url?: string;
  /** Another document `start`/`end` lie in (cross-article findings): its path or URI. */
  file?: string;
}

export interface Finding {
  ruleId: string;
  /** Its rule's topic (absent only for a rule outside the registry, a test's probe). */
  topic?: Topic;
  messageId: string;
  message: string;
  severity: Severity;
  start: Point;
  end: Point;
  fix?: Fix;
  suggestions?: Suggestion[];
  related?: Related[];
  data?: Record<string, unknown>;
}
