// One parser for every consumer: CommonMark + GFM tables + YAML front matter.
// Of GFM only tables matter to the rules (salary tables); the full remark-gfm (autolinks,
// footnotes, strikethrough, task lists) doubles parse time on every keystroke, so the table
// extension is plugged in alone. Each extension costs time on every line it might start on
// (together a fifth of the parse), so a document that cannot hold a table or front matter
// is parsed without them: the tree is the same (test/unit/parse.test.ts checks that).
import { unified, type PluggableList, type Processor } from 'unified';
import remarkParse from 'remark-parse';
import remarkFrontmatter from 'remark-frontmatter';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import type { Root } from 'mdast';

function remarkGfmTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}

type Parser = (text: string) => Root;

function processor(tables: boolean, frontMatter: boolean): Parser {
  const plugins: PluggableList = [];
  if (tables) plugins.push(remarkGfmTables);
  if (frontMatter) plugins.push([remarkFrontmatter, ['yaml']]);
  const frozen = unified().use(remarkParse).use(plugins).freeze();
  return (text) => frozen.parse(text);
}

const parsers = new Map<string, Parser>();

/**
 * A GFM table needs a delimiter row, and a delimiter row without a pipe needs a colon next
 * to a hyphen (":-:", "-:"): "a\n---" is a heading, "a\n:-:" a table.
 */
export function mayHoldTable(text: string): boolean {
  return text.includes('|') || text.includes(':-') || text.includes('-:');
}

/** YAML front matter opens on the document's first line. */
export function mayHoldFrontMatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('\uFEFF---');
}

export function parseMarkdown(text: string, options: { allExtensions?: boolean } = {}): Root {
  const tables = options.allExtensions || mayHoldTable(text);
  const frontMatter = options.allExtensions || mayHoldFrontMatter(text);
  const key = `${tables}:${frontMatter}`;
  let parse = parsers.get(key);
  if (!parse) parsers.set(key, (parse = processor(tables, frontMatter)));
  return parse(text);
}
