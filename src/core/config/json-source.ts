// Reading hand-written JSON files (config, workspace dataset) so that every problem is
// reported with the file, the line and the JSON path, never thrown. Comments and
// trailing commas are accepted, as in VS Code's own settings files.
import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { z } from 'zod';

export interface SourceError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** JSON path such as `rules.empty-section.minWords` or `occupations[3].wages.mean`. */
  path?: string;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; errors: SourceError[] };

function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

export function formatPath(path: ReadonlyArray<PropertyKey>): string {
  return path
    .map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`))
    .join('');
}

function describeIssue(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
  return issue.message;
}

/** Parses `text` as JSON(C) and validates it with `schema`. */
export function parseJsonSource<S extends z.ZodType>(text: string, file: string, schema: S): ParseOutcome<z.output<S>> {
  if (text.trim() === '') return { ok: false, errors: [{ file, message: 'invalid JSON: the file is empty', line: 1, column: 1 }] };
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  if (syntax.length > 0 || !tree) {
    // "CommaExpected" -> "comma expected": the parser's codes read as plain words.
    const words = (e: ParseError) => printParseErrorCode(e.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
    const errors = syntax.map((e) => ({ file, message: `invalid JSON: ${words(e)}`, ...position(text, e.offset) }));
    return { ok: false, errors: errors.length ? errors : [{ file, message: 'invalid JSON', line: 1, column: 1 }] };
  }
  const result = schema.safeParse(getNodeValue(tree));
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: result.error.issues.map((issue) => {
      const node = nearestNode(tree, issue.path);
      return {
        file,
        message: describeIssue(issue),
        path: formatPath(issue.path) || '(root)',
        ...(node ? position(text, node.offset) : {}),
      };
    }),
  };
}

function nearestNode(tree: Node, path: ReadonlyArray<PropertyKey>): Node | undefined {
  const segments = path.filter((p): p is string | number => typeof p !== 'symbol');
  for (let length = segments.length; length >= 0; length--) {
    const node = findNodeAtLocation(tree, segments.slice(0, length));
    if (node) return node.parent?.type === 'property' ? node.parent : node;
  }
  return undefined;
}

export function formatSourceError(error: SourceError): string {
  const where = [error.file, error.line, error.column].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.path ? `${error.path}: ` : ''}${error.message}`;
}
