// `report --from results-*.json`: the json output of several `lint --shard` runs joined into
// the reports one run over the whole site would give. Each article's entry carries its
// findings with their offsets and topics, its salary claims and the site rules' settings
// (format/json.ts), so the cross-article pass runs again over every shard's claims here
// (the findings each shard computed for it, over its part only, are dropped first) and no
// article is read again: the merge job needs the shards' results, not the site.
import { resolve } from 'node:path';
import fg from 'fast-glob';
import type { RuleSetting } from '../core/config/resolve.js';
import { configWithSiteSettings, isSiteFinding, siteSettingProblem } from '../core/site/settings.js';
import type { Finding, Topic } from '../core/types.js';
import { z } from '../core/zod.js';
import { CliError } from './errors.js';
import { displayPath } from './io.js';
import { readJsonInput } from './json-input.js';
import { siteFindingsOf, type FileReport } from './report.js';

const severity = z.enum(['error', 'warning', 'info']);
const whole = (min: number) => z.number().int().min(min);
const point = z.strictObject({ line: whole(1), column: whole(1), offset: whole(0) });

const findingSchema = z.strictObject({
  ruleId: z.string().min(1),
  messageId: z.string().min(1),
  topic: z.string().optional(),
  severity,
  message: z.string(),
  line: whole(1),
  column: whole(1),
  endLine: whole(1),
  endColumn: whole(1),
  offset: whole(0),
  endOffset: whole(0),
  data: z.record(z.string(), z.unknown()).optional(),
});

const claimSchema = z.strictObject({
  role: z.string(),
  raw: z.string(),
  annual: z.number(),
  isRange: z.boolean(),
  start: point,
  end: point,
  status: z.enum(['current', 'outdated', 'mismatched', 'unknown-role', 'unchecked']),
  occupation: z
    .strictObject({
      soc: z.string(),
      title: z.string(),
      citation: z.string(),
      mean: z.number().optional(),
      median: z.number().optional(),
      p10: z.number().optional(),
      p90: z.number().optional(),
    })
    .optional(),
  place: z.string().optional(),
  staleRelease: z.string().optional(),
});

/** An article's roles and readability (site/page.ts): the duplicate-pair check and the report's table read them. */
const pageSchema = z.strictObject({
  roles: z.tuple([z.string(), z.string()]).optional(),
  start: point,
  end: point,
  readability: z.strictObject({
    words: z.number(),
    sentences: z.number(),
    syllables: z.number(),
    readingEase: z.number().nullable(),
    longSentenceShare: z.number(),
    passiveShare: z.number(),
    longestParagraphWords: z.number(),
  }),
});

const entrySchema = z.strictObject({
  file: z.string().min(1),
  error: z.string().optional(),
  skipped: z.string().optional(),
  findings: z.array(findingSchema),
  site: z
    .strictObject({
      claims: z.array(claimSchema),
      page: pageSchema.optional(),
      rules: z.record(
        z.string(),
        z.strictObject({ severity: z.enum(['error', 'warning', 'info', 'off']), options: z.record(z.string(), z.unknown()) }),
      ),
    })
    .optional(),
});

/** The json output of `career-articles lint` (an array of entries, one per file). */
export const resultsSchema = z.array(entrySchema);
type Entry = z.output<typeof entrySchema>;

const toFinding = (f: Entry['findings'][number]): Finding => ({
  ruleId: f.ruleId,
  ...(f.topic !== undefined && { topic: f.topic as Topic }),
  messageId: f.messageId,
  message: f.message,
  severity: f.severity,
  start: { line: f.line, column: f.column, offset: f.offset },
  end: { line: f.endLine, column: f.endColumn, offset: f.endOffset },
  ...(f.data !== undefined && { data: f.data }),
});

/** The files `--from` names, globs expanded (a shell that did not expand them leaves them to us), in order. */
function namedFiles(cwd: string, patterns: readonly string[]): string[] {
  const files: string[] = [];
  for (const pattern of patterns) {
    if (!fg.isDynamicPattern(pattern)) files.push(pattern);
    else {
      const found = fg.sync(pattern, { cwd, onlyFiles: true }).sort();
      if (found.length === 0) throw new CliError(`no results files match the pattern: ${pattern}`);
      files.push(...found);
    }
  }
  return files;
}

/**
 * The reports of every file of the results named, in the order one run lists them, with the
 * cross-article findings computed over all of them; `inputs` are the results files read.
 */
export async function reportsFromResults(
  cwd: string,
  patterns: readonly string[],
  maxBytes: number,
): Promise<{ reports: FileReport[]; inputs: string[] }> {
  const seen = new Map<string, string>();
  const reports: Array<FileReport & { rules: Record<string, RuleSetting> }> = [];
  const inputs: string[] = [];
  for (const name of namedFiles(cwd, patterns)) {
    const { file, value } = await readJsonInput(cwd, name, 'results file', resultsSchema, maxBytes);
    const shown = displayPath(cwd, file);
    inputs.push(file);
    value.forEach((entry, i) => {
      const earlier = seen.get(entry.file);
      if (earlier !== undefined)
        throw new CliError(
          `invalid results file: ${shown}: [${i}].file: ${entry.file} is also in ${earlier}; give each shard's results once`,
        );
      seen.set(entry.file, shown);
      for (const [id, setting] of Object.entries(entry.site?.rules ?? {})) {
        const problem = siteSettingProblem(id, setting);
        if (problem !== undefined) throw new CliError(`invalid results file: ${shown}: [${i}].site.rules.${id}: ${problem}`);
      }
      const isArticle = entry.error === undefined && entry.skipped === undefined;
      if (isArticle && !entry.site)
        throw new CliError(
          `invalid results file: ${shown}: [${i}].site: missing the article's claims (write the results with this version's \`lint --format json\`)`,
        );
      reports.push({
        path: resolve(cwd, entry.file),
        display: entry.file,
        isArticle,
        ...(entry.error !== undefined && { error: entry.error }),
        findings: entry.findings.map(toFinding).filter((f) => !isSiteFinding(f)),
        ...(entry.site && { claims: entry.site.claims }),
        ...(entry.site?.page && { page: entry.site.page }),
        rules: entry.site?.rules ?? {},
      });
    });
  }
  // One run lists files sorted by their display path (inputs.ts); the site pass's order follows it.
  reports.sort((a, b) => (a.display < b.display ? -1 : a.display > b.display ? 1 : 0));
  const merged = siteFindingsOf(reports, (r) => configWithSiteSettings(r.rules));
  return { reports: reports.map(({ rules: _rules, ...report }, i) => ({ ...report, findings: merged[i]! })), inputs };
}
