// Reading hand-written JSON files (config, workspace dataset) so that every problem is
// reported with the file, the line and the JSON path, never thrown. Comments and
// trailing commas are accepted, as in VS Code's own settings files.
import { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode, type ParseError, type Node } from 'jsonc-parser';
import type { z } from 'zod';
import { describeIssues } from '../dataset/issues.js';

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
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('');
}

/**
 * A value that may be "a severity or an object" fails as a whole union; the author wants to
 * hear about the branch they meant: the one whose problems lie deepest (`minWords`, not the rule).
 */
function unwrapUnions(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
  // A branch of the wrong type ("expected object, received string") is not the one meant.
  const wrongType = (branch: z.core.$ZodIssue[]) => branch.some((i) => i.path.length === 0 && i.code === 'invalid_type');
  const depth = (branch: z.core.$ZodIssue[]) => Math.max(...branch.map((i) => i.path.length));
  const meant = issue.errors.filter((branch) => !wrongType(branch));
  if (meant.length === 0) return [issue];
  const branch = meant.reduce((best, candidate) => (depth(candidate) > depth(best) ? candidate : best));
  return branch.flatMap((inner) => unwrapUnions({ ...inner, path: [...issue.path, ...inner.path] }));
}

export type JsonPath = ReadonlyArray<string | number>;

/** The text parsed as JSON(C), or its syntax errors with line and column. */
export function parseJsonTree(text: string, file: string): { ok: true; tree: Node; value: unknown } | { ok: false; errors: SourceError[] } {
  if (text.trim() === '') return { ok: false, errors: [{ file, message: 'invalid JSON: the file is empty', line: 1, column: 1 }] };
  const syntax: ParseError[] = [];
  const tree = parseTree(text, syntax, { allowTrailingComma: true, disallowComments: false });
  if (syntax.length === 0 && tree) return { ok: true, tree, value: getNodeValue(tree) };
  // "CommaExpected" -> "comma expected": the parser's codes read as plain words.
  const words = (e: ParseError) =>
    printParseErrorCode(e.error)
      .replace(/(?<=[a-z])(?=[A-Z])/g, ' ')
      .toLowerCase();
  const errors = syntax.map((e) => ({ file, message: `invalid JSON: ${words(e)}`, ...position(text, e.offset) }));
  return { ok: false, errors: errors.length ? errors : [{ file, message: 'invalid JSON', line: 1, column: 1 }] };
}

/** A problem at `path`, placed at the line of the nearest value that exists. */
export function locatedError(text: string, tree: Node, file: string, path: JsonPath, message: string): SourceError {
  const node = nearestNode(tree, path);
  return { file, message, path: formatPath(path) || '(root)', ...(node ? position(text, node.offset) : {}) };
}

/** Parses `text` as JSON(C) and validates it with `schema`. */
export function parseJsonSource<S extends z.ZodType>(text: string, file: string, schema: S): ParseOutcome<z.output<S>> {
  const parsed = parseJsonTree(text, file);
  if (!parsed.ok) return parsed;
  const result = schema.safeParse(parsed.value);
  if (result.success) return { ok: true, value: result.data };
  const issues = describeIssues(result.error.issues.flatMap(unwrapUnions), parsed.value);
  return { ok: false, errors: issues.map(({ path, message }) => locatedError(text, parsed.tree, file, path, message)) };
}

function nearestNode(tree: Node, path: JsonPath): Node | undefined {
  const segments = [...path];
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
