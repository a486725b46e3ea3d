// Reading hand-written JSON files (config, workspace dataset) so that every problem is
// reported with the file, the line and the JSON path, never thrown. Comments and
// trailing commas are accepted, as in VS Code's own settings files.
import { createScanner, getNodeValue, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import { LineIndex } from '../model/lines.js';
import type { z } from 'zod';
import { describeIssues } from './issues.js';

export interface SourceError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** JSON path such as `rules.empty-section.minWords` or `occupations[3].wages.mean`. */
  path?: string;
}

export type ParseOutcome<T> = { ok: true; value: T } | { ok: false; errors: SourceError[] };

/**
 * Line and column of offsets in one text, from one index of its line starts: 40,000 errors
 * in a config are 40,000 look-ups, not 40,000 scans of the file. Kept per text.
 */
const lineIndexes = new Map<string, LineIndex>();
function position(text: string, offset: number): { line: number; column: number } {
  let index = lineIndexes.get(text);
  if (!index) {
    // Only the texts of the file being reported; a config is read once per change.
    if (lineIndexes.size > 4) lineIndexes.clear();
    lineIndexes.set(text, (index = new LineIndex(text)));
  }
  const { line, column } = index.point(offset);
  return { line, column };
}

/** Deeper than this, a JSON file is not a config or a dataset but an attack on the parser's stack. */
export const MAX_JSON_DEPTH = 64;

// jsonc-parser's SyntaxKind is a const enum, which isolated modules cannot read.
const OPEN_BRACE: number = 1;
const CLOSE_BRACE: number = 2;
const OPEN_BRACKET: number = 3;
const CLOSE_BRACKET: number = 4;
const EOF: number = 17;

/** Where the nesting first gets deeper than MAX_JSON_DEPTH, by the scanner (which does not recurse). */
function tooDeepAt(text: string): number | undefined {
  const scanner = createScanner(text, false);
  let depth = 0;
  for (let token: number = scanner.scan(); token !== EOF; token = scanner.scan()) {
    if (token === OPEN_BRACE || token === OPEN_BRACKET) {
      if (++depth > MAX_JSON_DEPTH) return scanner.getTokenOffset();
    } else if (token === CLOSE_BRACE || token === CLOSE_BRACKET) {
      depth--;
    }
  }
  return undefined;
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
  // The tree parser, the validation and the walks over the value all recurse.
  const deep = tooDeepAt(text);
  if (deep !== undefined)
    return {
      ok: false,
      errors: [{ file, message: `invalid JSON: nested more than ${MAX_JSON_DEPTH} levels deep`, ...position(text, deep) }],
    };
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

/** An object node's properties by key, built once per node (findNodeAtLocation scans them every time). */
const propertyTables = new WeakMap<Node, Map<string, Node>>();
function child(node: Node, step: string | number): Node | undefined {
  if (node.type === 'array') return typeof step === 'number' ? node.children?.[step] : undefined;
  if (node.type !== 'object' || typeof step !== 'string') return undefined;
  let table = propertyTables.get(node);
  if (!table) {
    table = new Map();
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      // The first occurrence, as findNodeAtLocation finds it.
      if (key && value && !table.has(String(key.value))) table.set(String(key.value), value);
    }
    propertyTables.set(node, table);
  }
  return table.get(step);
}

function nearestNode(tree: Node, path: JsonPath): Node | undefined {
  let node = tree;
  for (const step of path) {
    const next = child(node, step);
    if (!next) break;
    node = next;
  }
  return node.parent?.type === 'property' ? node.parent : node;
}

export function formatSourceError(error: SourceError): string {
  const where = [error.file, error.line, error.column].filter((p) => p !== undefined).join(':');
  return `${where}: ${error.path ? `${error.path}: ` : ''}${error.message}`;
}
