// The article model: what every rule, the CLI's `inspect`, the hover and the preview read.
// Built in one pass over the top-level nodes of the tree, so rules never re-parse.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Point } from '../types.js';
import { LineIndex } from './lines.js';
import { isWordCharacter } from '../text/word-character.js';
import { discussesRole } from '../text/loose-mentions.js';
import { parseMarkdown } from './parse.js';
import { readFrontMatter, type FrontMatter } from './frontmatter.js';
import { parseComparison, parseDefinitionHeading, type ParsedTitle } from './title.js';
import { createSectionMatcher, DEFAULT_SYNONYMS, type SectionKey, type SectionMatcher } from './sections.js';
import type { Syntax } from '../syntax/syntax.js';

export interface Heading {
  depth: number;
  text: string;
  start: Point;
  end: Point;
  /** Index of the heading among the root's children. */
  index: number;
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

/** Runs of letters and digits (any script), as /[\p{L}\p{N}]+/gu would count them, only faster. */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const point = text.codePointAt(i)!;
    if (point > 0xffff) i++;
    const isWord = isWordCharacter(point);
    if (isWord && !inWord) count++;
    inWord = isWord;
  }
  return count;
}

function nodeText(nodes: RootContent[]): string {
  return nodes
    .filter((n) => n.type !== 'html' && n.type !== 'yaml')
    .map((n) => toString(n))
    .join('\n');
}

export function buildArticle(
  text: string,
  matcher: SectionMatcher = createSectionMatcher(DEFAULT_SYNONYMS),
  parse: (text: string) => Root = parseMarkdown,
  syntax: Syntax = 'markdown',
): Article {
  const tree = parse(text);
  const lines = new LineIndex(text);
  const children = tree.children;
  const lastEnd = children.at(-1)?.position?.end.offset;
  const contentEnd = syntax === 'markdown' || lastEnd === undefined ? text.length : lastEnd;

  const headings: Heading[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'heading' || !node.position) return;
    headings.push({
      depth: node.depth,
      text: toString(node).trim(),
      start: lines.point(node.position.start.offset ?? 0),
      end: lines.point(node.position.end.offset ?? 0),
      index,
    });
  });

  const sectionOf = (i: number): Section => {
    const heading = headings[i]!;
    let next = i + 1;
    while (next < headings.length && headings[next]!.depth > heading.depth) next++;
    const endIndex = next < headings.length ? headings[next]!.index : children.length;
    const nodes = children.slice(heading.index + 1, endIndex);
    const bodyEnd = next < headings.length ? headings[next]!.start.offset : contentEnd;
    // Text and word count on first use: the comparison part's text (everything under it) is
    // rarely read, and its subsections are counted anyway.
    let body: string | undefined;
    let words: number | undefined;
    return {
      heading,
      key: matcher(heading.text),
      bodyStart: heading.end.offset,
      bodyEnd,
      nodes,
      get text() {
        return (body ??= nodeText(nodes));
      },
      get words() {
        return (words ??= countWords(this.text));
      },
    };
  };

  const titleIndex = headings.findIndex((h) => h.depth === 1);
  const title = titleIndex >= 0 ? headings[titleIndex] : undefined;
  const comparisonTitle = title ? parseComparison(title.text) : undefined;

  const definitions: Definition[] = [];
  let comparisonIndex = -1;
  const titleRoles = comparisonTitle?.roles;
  // "What is the difference between an electrician and an HVAC tech?" names both roles: a
  // heading that does is a comparison, never a definition.
  const namesBoth = (text: string) => titleRoles !== undefined && titleRoles.every((role) => discussesRole(text, role));
  // Any heading naming both roles ("Which Should You Choose: A or B?") is taken for the
  // comparison part only when standard sections sit under it.
  const hasKeyedChild = (i: number) => {
    for (let j = i + 1; j < headings.length && headings[j]!.depth > 2; j++)
      if (headings[j]!.depth === 3 && matcher(headings[j]!.text)) return true;
    return false;
  };
  headings.forEach((h, i) => {
    if (h.depth !== 2) return;
    const definition = parseDefinitionHeading(h.text);
    if (definition && !namesBoth(definition.role)) definitions.push(Object.assign(sectionOf(i), definition));
    // "Responsibilities of Electricians vs. HVAC Techs" is a section that compares, not the comparison part.
    else if (comparisonIndex < 0 && !matcher(h.text) && (parseComparison(h.text) || (namesBoth(h.text) && hasKeyedChild(i)))) {
      comparisonIndex = i;
    }
  });

  let comparison: Section | undefined;
  const sections: Section[] = [];
  if (comparisonIndex >= 0) {
    comparison = sectionOf(comparisonIndex);
    const depth = headings[comparisonIndex]!.depth;
    for (let i = comparisonIndex + 1; i < headings.length && headings[i]!.depth > depth; i++) {
      if (headings[i]!.depth === depth + 1) sections.push(sectionOf(i));
    }
  }
  // "Comparing Electricians to HVAC Techs" may hold only a table, with the sections as its
  // siblings: a comparison part without subsections leaves them where they are.
  if (sections.length === 0) {
    headings.forEach((h, i) => {
      if (h.depth >= 2 && matcher(h.text)) sections.push(sectionOf(i));
    });
  }

  const { roles, rolesFrom } = readRoles(title, comparisonTitle, comparison, definitions);
  return {
    text,
    syntax,
    contentEnd,
    tree,
    lines,
    frontMatter: readFrontMatter(tree),
    title,
    comparisonTitle,
    roles,
    rolesFrom,
    headings,
    definitions,
    comparison,
    sections,
  };
}

/**
 * The roles, from the title; without a title (a page copied without its first line), from
 * the "A vs. B" heading, else from the two definitions. A title that is not a comparison
 * names no roles: the document is something else.
 */
function readRoles(
  title: Heading | undefined,
  comparisonTitle: ParsedTitle | undefined,
  comparison: Section | undefined,
  definitions: Definition[],
): { roles: [string, string] | undefined; rolesFrom: RolesSource | undefined } {
  if (comparisonTitle) return { roles: comparisonTitle.roles, rolesFrom: 'title' };
  if (title) return { roles: undefined, rolesFrom: undefined };
  const fromHeading = comparison && parseComparison(comparison.heading.text);
  if (fromHeading) return { roles: fromHeading.roles, rolesFrom: 'comparison' };
  const [a, b] = definitions;
  if (definitions.length === 2 && a!.role.toLowerCase() !== b!.role.toLowerCase()) {
    return { roles: [a!.role, b!.role], rolesFrom: 'definitions' };
  }
  return { roles: undefined, rolesFrom: undefined };
}
