// Inline suppression comments, after markdownlint's and ESLint's:
//   <!-- career-articles-disable rule-a rule-b -->   (no ids: every rule)
//   <!-- career-articles-enable rule-a -->
//   <!-- career-articles-disable-next-line rule-a -->
// The comments are read from the tree's html nodes, so a comment inside a code block
// (which is text, not html) does not count.
import type { Root, Html } from 'mdast';
import { visit } from 'unist-util-visit';

// The rule list stops at the next `<` too: otherwise each of many unclosed `<!--` would scan
// on to the end of the comment (quadratic: 400 KB of them took 6 s).
const DIRECTIVE = /<!--\s*career-articles-(disable-next-line|disable|enable)\b([^<>]*?)-->/g;
const ALL = '*';

interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  rules: string[];
  line: number;
}

export class Suppressions {
  private readonly directives: Directive[] = [];

  constructor(tree: Root) {
    visit(tree, 'html', (node: Html) => {
      if (!node.position || !node.value.includes('career-articles-')) return;
      const baseLine = node.position.start.line;
      for (const match of node.value.matchAll(DIRECTIVE)) {
        const before = node.value.slice(0, match.index);
        const line = baseLine + (before.match(/\n/g)?.length ?? 0);
        const ids = match[2]!
          .trim()
          .split(/[\s,]+/)
          .filter(Boolean);
        this.directives.push({ kind: match[1] as Directive['kind'], rules: ids.length ? ids : [ALL], line });
      }
    });
    this.directives.sort((a, b) => a.line - b.line);
  }

  get isEmpty(): boolean {
    return this.directives.length === 0;
  }

  /** True when `ruleId` is switched off at `line` (1-based). */
  isSuppressed(ruleId: string, line: number): boolean {
    let disabled = false;
    for (const d of this.directives) {
      const applies = d.rules.includes(ruleId) || d.rules.includes(ALL);
      if (!applies) continue;
      if (d.kind === 'disable-next-line') {
        if (d.line + 1 === line) return true;
        continue;
      }
      if (d.line > line) break;
      disabled = d.kind === 'disable';
    }
    return disabled;
  }
}
