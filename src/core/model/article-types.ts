// The article model's shape: what buildArticle (article.ts) returns and every rule reads. Apart
// from the builder, so the helpers it calls (parts.ts, article-roles.ts) name these types
// without importing the builder that imports them.
import type { Root, RootContent } from 'mdast';
import type { Point } from '../types.js';
import type { LineIndex } from './lines.js';
import type { FrontMatter } from './frontmatter.js';
import type { ParsedTitle } from './title.js';
import type { SectionKey } from './sections.js';

/** The three syntaxes an article comes in (syntax/syntax.ts tells them apart). */
export type Syntax = 'markdown' | 'html' | 'text';

export interface Heading {
  depth: number;
  text: string;
  start: Point;
  end: Point;
  /** Index of the heading among the root's children (-1 for a title read from front matter). */
  index: number;
  /** Set for a title read from front matter: its span is the value as written there. */
  source?: 'front-matter';
}

export interface Section {
  heading: Heading;
  key: SectionKey | undefined;
  /** Offsets of the body: from the end of the heading to the next heading of the same or higher rank. */
  bodyStart: number;
  bodyEnd: number;
  nodes: RootContent[];
  text: string;
  words: number;
}

export interface Definition extends Section {
  role: string;
  article: string | undefined;
}

/** Where the roles were read from: a crawl that lost its title still names them in its headings. */
export type RolesSource = 'title' | 'comparison' | 'definitions';

/** Where the title was read: the body's H1, or the front matter of a page whose generator prints it. */
export type TitleSource = 'h1' | 'front-matter';

export interface Article {
  text: string;
  /** The syntax the text is written in; fixes are written in it too. */
  syntax: Syntax;
  /** End of the article's own content: the text's end in Markdown, before a page's or site's trailer otherwise. */
  contentEnd: number;
  tree: Root;
  lines: LineIndex;
  frontMatter: FrontMatter | undefined;
  title: Heading | undefined;
  titleSource: TitleSource | undefined;
  comparisonTitle: ParsedTitle | undefined;
  roles: [string, string] | undefined;
  rolesFrom: RolesSource | undefined;
  headings: Heading[];
  definitions: Definition[];
  /** The "A vs. B" part that holds the standard sections. */
  comparison: Section | undefined;
  /** Subsections of the comparison part (or, without one, every keyed heading). */
  sections: Section[];
}
