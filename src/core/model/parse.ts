// One parser for every consumer: CommonMark + GFM tables + YAML front matter.
// Of GFM only tables matter to the rules (salary tables); the full remark-gfm (autolinks,
// footnotes, strikethrough, task lists) doubles parse time on every keystroke, so the table
// extension is plugged in alone. The processor is frozen once; parsing is the only
// per-document cost.
import { unified, type Processor } from 'unified';
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

const processor = unified().use(remarkParse).use(remarkGfmTables).use(remarkFrontmatter, ['yaml']).freeze();

export function parseMarkdown(text: string): Root {
  return processor.parse(text);
}
