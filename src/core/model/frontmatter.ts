// Front matter carries per-article settings (an opt-in flag, SOC pins). It is YAML
// written by hand, so a syntax error is reported, never thrown.
import { parse as parseYaml } from 'yaml';
import type { Root } from 'mdast';

export interface FrontMatter {
  data: Record<string, unknown>;
  /** 1-based line range of the block, fences included. */
  startLine: number;
  endLine: number;
  error?: string;
}

export function readFrontMatter(tree: Root): FrontMatter | undefined {
  const node = tree.children[0];
  if (!node || node.type !== 'yaml') return undefined;
  const startLine = node.position?.start.line ?? 1;
  const endLine = node.position?.end.line ?? startLine;
  try {
    const value: unknown = parseYaml(node.value, { maxAliasCount: 50 });
    const data = value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
    return { data, startLine, endLine };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return { data: {}, startLine, endLine, error: message };
  }
}
