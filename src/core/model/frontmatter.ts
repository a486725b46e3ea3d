// Front matter carries per-article settings (an opt-in flag, SOC pins). It is YAML
// written by hand, so a syntax error is reported (rule front-matter), never thrown, and the
// rest of the article is linted as if there were none.
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line range of the block, fences included. */
  startLine: number;
  endLine: number;
  /** The YAML between the fences. */
  source: string;
  /** Why `data` is empty: the YAML does not parse, or is not a mapping. */
  error?: string;
  /** Document offset of the error's start (the block's start when unknown). */
  errorOffset?: number;
}

/** Offset in the document of the YAML's first character: past the opening `---` line. */
function contentStart(text: string, blockStart: number): number {
  const lineBreak = /\r\n|\r|\n/g;
  lineBreak.lastIndex = blockStart;
  const found = lineBreak.exec(text);
  return found ? found.index + found[0].length : blockStart;
}

export function readFrontMatter(tree: Root, text: string): FrontMatter | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const startLine = node.position?.start.line ?? 1;
  const endLine = node.position?.end.line ?? startLine;
  const blockStart = node.position?.start.offset ?? 0;
  const base = { startLine, endLine, source: node.value };
  try {
    const value: unknown = parseYaml(node.value, { maxAliasCount: 50 });
    if (value === null || value === undefined) return { ...base, data: {} };
    if (typeof value !== 'object' || Array.isArray(value)) {
      return { ...base, data: {}, error: 'expected `key: value` lines', errorOffset: contentStart(text, blockStart) };
    }
    return { ...base, data: value as Record<string, unknown> };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') : String(error);
    const at = (error as { pos?: [number, number] }).pos?.[0];
    const errorOffset = at === undefined ? blockStart : contentStart(text, blockStart) + at;
    return { ...base, data: {}, error: message, errorOffset };
  }
}
