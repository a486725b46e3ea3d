// Every message between the preview page and the extension: one discriminated union each
// way, validated with zod on receipt on both sides (neither side trusts the other's bytes:
// the page renders article text, the extension edits documents). zod/mini, imported as a
// namespace, keeps the page bundle small: esbuild keeps only the validators used here.
import * as z from 'zod/mini';
import { ROW_IDS, type PreviewModel } from '../core/preview/types.js';

const line = z.number().check(z.int(), z.minimum(1));
const lineRange = z.object({ startLine: line, endLine: line });
const percent = z.number().check(z.minimum(0), z.maximum(100));
const rowId = z.enum(ROW_IDS);
const column = z.union([z.literal(0), z.literal(1)]);

const finding = z.object({
  ruleId: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  lines: lineRange,
  column: z.number().check(z.int(), z.minimum(1)),
});

const sentence = z.object({ text: z.string(), shared: z.boolean(), lines: lineRange });

const cell = z.object({
  sentences: z.array(sentence),
  lines: z.optional(lineRange),
  caption: z.optional(z.string()),
  missing: z.boolean(),
  fixable: z.boolean(),
});

const mark = z.object({ value: z.number(), atLeast: z.boolean(), pct: percent, label: z.string() });

const roleSalary = z.object({
  role: z.string(),
  unavailable: z.optional(z.string()),
  occupation: z.optional(
    z.object({
      title: z.string(),
      soc: z.string(),
      citation: z.string(),
      period: z.string(),
      source: z.string(),
      url: z.optional(z.string()),
    }),
  ),
  outlook: z.optional(
    z.object({
      period: z.string(),
      citation: z.string(),
      change: z.string(),
      openings: z.string(),
      employment: z.optional(z.string()),
      selfEmployed: z.optional(z.string()),
      education: z.string(),
      url: z.optional(z.string()),
    }),
  ),
  alternatives: z.array(z.string()),
  band: z.optional(
    z.object({
      p10: z.optional(mark),
      p25: z.optional(mark),
      median: z.optional(mark),
      mean: z.optional(mark),
      p75: z.optional(mark),
      p90: z.optional(mark),
    }),
  ),
  claims: z.array(
    z.object({
      raw: z.string(),
      label: z.string(),
      from: percent,
      to: percent,
      fits: z.optional(z.boolean()),
      clipped: z.boolean(),
      detail: z.string(),
      lines: lineRange,
    }),
  ),
});

const salaryChart = z.object({
  axis: z.object({ min: z.number(), max: z.number(), ticks: z.array(z.object({ pct: percent, label: z.string() })) }),
  roles: z.tuple([roleSalary, roleSalary]),
});

const readability = z.object({
  text: z.string(),
  numbers: z.object({
    words: z.number(),
    sentences: z.number(),
    syllables: z.number(),
    readingEase: z.nullable(z.number()),
    longSentenceShare: z.number(),
    passiveShare: z.number(),
    longestParagraphWords: z.number(),
  }),
});

export const previewModelSchema = z.object({
  uri: z.string(),
  fileName: z.string(),
  version: z.number().check(z.int()),
  title: z.string(),
  roles: z.tuple([z.string(), z.string()]),
  header: z.object({ findings: z.array(finding), lines: z.optional(lineRange), readability: z.optional(readability) }),
  rows: z.array(
    z.object({
      id: rowId,
      label: z.string(),
      missing: z.boolean(),
      fixable: z.boolean(),
      ranges: z.array(lineRange),
      cells: z.tuple([cell, cell]),
      findings: z.array(finding),
      salary: z.optional(salaryChart),
      readability: z.optional(readability),
    }),
  ),
  findingCount: z.number().check(z.int(), z.minimum(0)),
  onSaveOnly: z.boolean(),
});

/** What the page reports about its own DOM, for the tests: read-only facts, no article-controlled code. */
export const pageSnapshotSchema = z.object({
  /** The document of the model on the page, and its version. */
  uri: z.nullable(z.string()),
  version: z.nullable(z.number()),
  title: z.string(),
  /** The body's theme class, set by VS Code: vscode-light, vscode-dark, vscode-high-contrast. */
  theme: z.string(),
  /** Computed colours (CSS `rgb(…)` strings) of the page and of a sentence cell, as drawn. */
  colors: z.object({ text: z.string(), background: z.string(), cellText: z.string() }),
  heading: z.string(),
  /** The header's readability line, as drawn ('' without one). */
  readability: z.string(),
  /** Every script element: its src, `#id`, or `inline`. */
  scripts: z.array(z.string()),
  eventHandlerAttributes: z.number(),
  javascriptUrls: z.number(),
  embeds: z.number(),
  highlighted: z.nullable(z.string()),
  scrollY: z.number(),
  rows: z.array(
    z.object({
      id: z.string(),
      missing: z.boolean(),
      findings: z.number(),
      cells: z.array(z.object({ text: z.string(), sentences: z.number(), shared: z.number() })),
    }),
  ),
  charts: z.array(z.object({ role: z.string(), text: z.string(), claims: z.array(z.string()) })),
});

export type PageSnapshot = z.infer<typeof pageSnapshotSchema>;

/** Extension -> page. */
export const toPageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('render'), model: previewModelSchema }),
  z.object({ type: z.literal('empty'), reason: z.string(), uri: z.optional(z.string()) }),
  z.object({ type: z.literal('highlight'), row: z.nullable(rowId) }),
  z.object({ type: z.literal('query'), id: z.number().check(z.int()) }),
  // For the tests: click a cell, one of its sentences or the row's insert button, as the user would.
  z.object({
    type: z.literal('click'),
    row: rowId,
    column: z.optional(column),
    sentence: z.optional(z.number().check(z.int(), z.minimum(0))),
    button: z.optional(z.literal('insert')),
  }),
]);

/** Page -> extension. */
export const toExtensionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('rendered'), version: z.number().check(z.int()) }),
  z.object({ type: z.literal('reveal'), lines: lineRange }),
  z.object({ type: z.literal('insertMissing'), row: rowId, column: z.optional(column) }),
  z.object({ type: z.literal('export'), target: z.enum(['clipboard', 'file']) }),
  z.object({ type: z.literal('queryResult'), id: z.number().check(z.int()), snapshot: pageSnapshotSchema }),
]);

export type ToPage = z.infer<typeof toPageSchema>;
export type ToExtension = z.infer<typeof toExtensionSchema>;

/** What the page keeps in vscode.setState, and the serializer reads back after a reload. */
export const pageStateSchema = z.object({ uri: z.optional(z.string()), scrollY: z.optional(z.number()) });
export type PageState = z.infer<typeof pageStateSchema>;

/** The message, or undefined when it does not have the shape it must have. */
export function parseToPage(data: unknown): ToPage | undefined {
  const parsed = toPageSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

export function parseToExtension(data: unknown): ToExtension | undefined {
  const parsed = toExtensionSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}

// The schema and the core's view-model type must describe the same data.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const schemaMatchesModel: Same<z.infer<typeof previewModelSchema>, PreviewModel> = true;
