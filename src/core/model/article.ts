// The article model: what every rule, the CLI's `inspect`, the hover and the preview read.
// Built in one pass over the top-level nodes of the tree, so rules never re-parse.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { LineIndex } from './lines.js';
import type { Article, Definition, Heading, RolesSource, Section, TitleSource } from './article-types.js';
import { isWordCharacter } from '../text/word-character.js';
import { discussesRole } from '../text/loose-mentions.js';
import { parseMarkdown } from './parse.js';
import { readFrontMatter } from './frontmatter.js';
import { parseComparison, type ParsedTitle } from './title.js';
import { createSectionMatcher, DEFAULT_SYNONYMS, type SectionKey, type SectionMatcher } from './sections.js';
import { frontMatterTitle } from './frontmatter-title.js';
import { findParts, rolesAsThey } from './parts.js';
import { roleMentionsIn, roleNamesIn } from './article-roles.js';
import type { Syntax } from './article-types.js';

export type { Article, Definition, Heading, RolesSource, Section, TitleSource } from './article-types.js';

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
      key: keyOf(heading.text),
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

  const frontMatter = readFrontMatter(tree, text);
  const h1 = headings.find((h) => h.depth === 1);
  const fromFrontMatter = h1 ? undefined : frontMatterTitle(frontMatter, lines);
  const title: Heading | undefined =
    h1 ??
    (fromFrontMatter && {
      depth: 1,
      text: fromFrontMatter.text,
      start: lines.point(fromFrontMatter.start),
      end: lines.point(fromFrontMatter.end),
      index: -1,
      source: 'front-matter',
    });
  const comparisonTitle = title ? parseComparison(title.text) : undefined;

  const titleRoles = comparisonTitle ? roleNamesIn(text, comparisonTitle.roles) : undefined;
  // "What is the difference between an electrician and an HVAC tech?" names both roles: a
  // heading that does is a comparison, never a definition. Any name the article gives a role counts.
  const namesBoth = (text: string) =>
    titleRoles !== undefined && titleRoles.every((role) => role.names.some((name) => discussesRole(text, name)));
  // "Where Do RNs and PAs Work?" is "Where Do They Work?": a heading about both roles reads them as "they".
  function keyOf(heading: string): SectionKey | undefined {
    const key = matcher(heading);
    if (key || !titleRoles || !namesBoth(heading)) return key;
    const mentions = titleRoles.flatMap((role) => roleMentionsIn(heading, role));
    return mentions.length > 0 ? matcher(rolesAsThey(heading, mentions)) : undefined;
  }

  const parts = findParts(headings, keyOf, matcher, namesBoth, titleRoles !== undefined);
  const definitions: Definition[] = parts.definitions.map(({ index, role, article }) => Object.assign(sectionOf(index), { role, article }));
  const comparison = parts.comparison >= 0 ? sectionOf(parts.comparison) : undefined;
  const sections = parts.sections.map(sectionOf);

  const { roles, rolesFrom } = readRoles(title, comparisonTitle, comparison, definitions);
  const titleSource: TitleSource | undefined = title ? (title.source ?? 'h1') : undefined;
  return {
    text,
    syntax,
    contentEnd,
    tree,
    lines,
    frontMatter,
    title,
    titleSource,
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
  // A front-matter title that is not a comparison may be the site's page title: the headings still name the roles.
  if (title && title.source !== 'front-matter') return { roles: undefined, rolesFrom: undefined };
  const fromHeading = comparison && parseComparison(comparison.heading.text);
  if (fromHeading) return { roles: fromHeading.roles, rolesFrom: 'comparison' };
  const [a, b] = definitions;
  if (definitions.length === 2 && a!.role.toLowerCase() !== b!.role.toLowerCase()) {
    return { roles: [a!.role, b!.role], rolesFrom: 'definitions' };
  }
  return { roles: undefined, rolesFrom: undefined };
}
