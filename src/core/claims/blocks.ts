// Prose blocks of an article with their document offsets, and the role a statement in one is
// about, decided by the same grammar as salary figures (salary/attribution.ts): the role named
// nearest before it in its sentence, the role after "for", else the one role named after it.
import type { RootContent } from 'mdast';
import type { Article, Section } from '../model/article.js';
import { attributeFigures } from './attribution.js';
import type { SalaryFigure } from './expressions.js';
import type { ClaimRoles } from './claim-roles.js';

export interface Block {
  start: number;
  text: string;
  /** A table's cells are read by their labels (table-cells.ts), not as prose. */
  table: boolean;
}

const PROSE = new Set(['paragraph', 'list', 'blockquote', 'table']);

function blockOf(article: Article, node: RootContent): Block[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined || !PROSE.has(node.type)) return [];
  return [{ start, text: article.text.slice(start, end), table: node.type === 'table' }];
}

/** Blocks of the given sections, or of the whole article. */
export function proseBlocks(article: Article, sections?: readonly Section[]): Block[] {
  const nodes = sections ? sections.flatMap((section) => section.nodes) : article.tree.children;
  return nodes.flatMap((node) => blockOf(article, node));
}

/**
 * The statements found in a block (spans relative to `block.text`), each with the role it is
 * about and its span moved to document offsets.
 */
export function claimsInBlock<T extends { start: number; end: number }>(
  block: Block,
  found: readonly T[],
  roles: ClaimRoles,
): Array<T & { role: string | undefined }> {
  // Most blocks state nothing: finding the roles they name would be wasted.
  if (found.length === 0) return [];
  const owners = attributeFigures(block.text, found as unknown as SalaryFigure[], roles);
  return found.map((claim, i) => {
    const owner = owners[i];
    return {
      ...claim,
      role: owner === undefined ? undefined : roles[owner],
      start: block.start + claim.start,
      end: block.start + claim.end,
    };
  });
}
