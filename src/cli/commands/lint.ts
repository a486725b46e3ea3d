// `career-articles lint`: expand the inputs, read every config first (a bad one stops the
// run before any file is touched), then lint or fix the files (lint-files.ts), print one
// report and return the exit code. A file that cannot be read or written is reported and
// skipped. With --cache, unchanged files are answered from the cache without linting.
import { resolve } from 'node:path';
import { version } from '../../../package.json';
import { codeCacheState } from '../../node/code-cache.js';
import { hintFor, parseChoice, parseCommandArgs, parseCount } from '../args.js';
import { LintCache, cacheFile, hashOf, type CacheWriteRules } from '../cache.js';
import { DatasetLoader } from '../dataset.js';
import { cliSettings, settingsForFiles } from '../settings.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { formatGithub } from '../format/github.js';
import { formatJson } from '../format/json.js';
import { formatJunit } from '../format/junit.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import { LINT_HELP } from '../help.js';
import { expandInputs } from '../inputs.js';
import { PROGRAM, displayPath, useColor, type Io } from '../io.js';
import { lintFiles } from '../lint-files.js';
import { buildStamp } from '../lint-runner.js';
import { limitsFromEnv } from '../../node/limits.js';
import { countTotals, skippedReason, type FileReport, type Formatter } from '../report.js';
import { parseExtensions } from '../inputs.js';
import { addSiteFindings, assertExists, writeOutputFile } from './shared.js';
import { siteSettings } from '../../core/site/settings.js';
import { applyFilters, filterInputs, prepareFilters } from '../lint-filters.js';
import { filesInShard, parseShard } from '../shard.js';
import { writeExtraOutputs } from '../extra-outputs.js';
import type { Severity } from '../../core/index.js';

const FORMATTERS = {
  stylish: formatStylish,
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  junit: formatJunit,
} satisfies Record<string, Formatter>;
const FORMAT_NAMES = Object.keys(FORMATTERS) as Array<keyof typeof FORMATTERS>;
/** --fail-on: the lowest severity that makes the exit code 1. */
const FAIL_LEVELS = ['error', 'warning', 'info'] as const satisfies readonly Severity[];

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  cache: { type: 'boolean' },
  'cache-location': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'no-color': { type: 'boolean' },
  stdin: { type: 'boolean' },
  'stdin-filename': { type: 'string' },
  'output-file': { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  ext: { type: 'string' },
  'no-error-on-unmatched-pattern': { type: 'boolean' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'changed-since': { type: 'string' },
  shard: { type: 'string' },
  'fail-on': { type: 'string' },
  'summary-file': { type: 'string' },
  'sarif-file': { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function openCache(io: Io, location: string | undefined, maxBytes: number, run: CacheWriteRules): Promise<LintCache> {
  const file = await cacheFile(io.cwd, location);
  const shown = displayPath(io.cwd, file);
  return LintCache.open(
    file,
    hashOf(version, buildStamp()),
    maxBytes,
    run,
    (reason) => io.err(`${PROGRAM}: warning: ignoring the cache file ${shown} (${reason}); it will be rebuilt\n`),
    // A --cache-location the cache may not be written to is a mistake: exit 2 before any lint.
    (reason) => {
      if (location !== undefined) throw new CliError(`cannot use ${shown} as the cache file: it ${reason}`);
      io.err(`${PROGRAM}: warning: not using the cache file ${shown}: it ${reason}\n`);
    },
  );
}

/** A file named on the command line that is not an article: one line on stderr, never silence. */
function noteSkipped(reports: readonly FileReport[], positionals: readonly string[], io: Io): void {
  const named = new Set(positionals.map((p) => resolve(io.cwd, p)));
  for (const report of reports) {
    const reason = skippedReason(report);
    if (reason !== undefined && named.has(report.path)) io.err(`${PROGRAM}: ${report.display}: ${reason}; skipped\n`);
  }
}

const debugging = (io: Io) => !['', '0', undefined].includes(io.env.CAREER_ARTICLES_DEBUG);

/** What a report calls text read from stdin without --stdin-filename. */
const STDIN_NAME = '<stdin>';

function checkStdinOptions(
  stdin: boolean,
  values: { fix?: boolean; cache?: boolean; 'stdin-filename'?: string; shard?: string; 'changed-since'?: string },
  positionals: string[],
) {
  const usage = (message: string) => new UsageError(message, hintFor('lint'));
  if (!stdin) {
    if (values['stdin-filename'] !== undefined) throw usage('--stdin-filename needs --stdin');
    if (positionals.length === 0) throw usage('no files, folders or globs to lint');
    return;
  }
  if (positionals.length > 0) throw usage(`--stdin lints the text on stdin, not '${positionals[0]}'`);
  // There is no file to write the fixed text back to, and nothing for a cache to compare.
  if (values.fix) throw usage('--fix cannot be used with --stdin');
  if (values.cache) throw usage('--cache cannot be used with --stdin');
  if (values.shard !== undefined) throw usage('--shard cannot be used with --stdin');
  if (values['changed-since'] !== undefined) throw usage('--changed-since cannot be used with --stdin');
}

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, OPTIONS);
  if (values.help) {
    io.out(LINT_HELP);
    return EXIT.ok;
  }
  const format = parseChoice('format', values.format, FORMAT_NAMES, 'stylish', 'lint');
  const maxWarnings = parseCount('max-warnings', values['max-warnings'], 'lint');
  const failOn = parseChoice('fail-on', values['fail-on'], FAIL_LEVELS, 'error', 'lint');
  const shard = parseShard(values.shard);
  const stdin = values.stdin === true;
  checkStdinOptions(stdin, values, positionals);

  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const limits = limitsFromEnv(io.env);
  // A bad baseline or git ref stops the run before any article is read.
  const filters = await prepareFilters(
    io.cwd,
    { baseline: values.baseline, writeBaseline: values['write-baseline'], changedSince: values['changed-since'] },
    limits.datasetBytes,
  );
  // With --stdin the one "file" is the name it is linted as: it finds its config from there
  // (and nothing is written: --fix is refused with --stdin, so no root is needed).
  const { files: named, roots } = stdin
    ? { files: [resolve(io.cwd, values['stdin-filename'] ?? STDIN_NAME)], roots: [] }
    : await expandInputs(positionals, io.cwd, {
        extensions: parseExtensions(values.ext),
        allowUnmatched: values['no-error-on-unmatched-pattern'] === true,
        unmatchedHint: '(use --no-error-on-unmatched-pattern to allow it)',
      });
  const files = shard ? filesInShard(named, io.cwd, shard) : named;
  const configs = await settingsForFiles(files, cliSettings(io, limits, { configFile, datasetFile }), io);
  // What this run reads: no output of it (report, cache) may replace one of these.
  const runInputs = [...files, ...(configFile ? [configFile] : []), ...(datasetFile ? [datasetFile] : []), ...filterInputs(filters)];
  const cache =
    values.cache || values['cache-location'] !== undefined
      ? await openCache(io, values['cache-location'], limits.cacheBytes, { inputs: runInputs, force: values.force === true })
      : undefined;

  const stdinBytes = stdin ? ((await io.readStdin?.(limits.fileBytes)) ?? new Uint8Array()) : undefined;
  const { reports, stats } = await lintFiles({
    cwd: io.cwd,
    files,
    configs,
    datasets: new DatasetLoader(io, limits, datasetFile),
    fix: values.fix === true,
    roots,
    limits,
    cache,
    ...(stdinBytes && { stdin: stdinBytes }),
    // Claims cross from the workers only when there is another article to compare with, or
    // when the json output carries them for `report --from`.
    claims: format === 'json' || values['summary-file'] !== undefined || (shard === undefined && files.length > 1),
    // Of the outputs, only the json (read back by `report --from`) shows readability.
    readability: format === 'json',
  });
  // One shard sees part of the site: `report --from` runs the cross-article pass over all shards.
  if (!shard) addSiteFindings(reports, configs);
  if (format === 'json') reports.forEach((report, i) => report.claims && (report.siteRules = siteSettings(configs[i]!.config)));
  if (cache) {
    const dropped = await cache.save().catch((error: unknown) => {
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      io.err(`${PROGRAM}: warning: cannot write the cache file ${displayPath(io.cwd, cache.file)}: ${reason}\n`);
    });
    if (dropped)
      io.err(
        `${PROGRAM}: warning: ignoring ${dropped} damaged entries of the cache file ${displayPath(io.cwd, cache.file)} (nested too deeply); it was rebuilt without them\n`,
      );
  }
  if (debugging(io)) {
    const here = stats.inThread > 0 ? ` (${stats.inThread} of them in the main thread)` : '';
    const compiled = codeCacheState() ?? 'not used (run from sources)';
    io.err(
      `${PROGRAM}: debug: ${stats.files} files, ${stats.cached} from the cache, ${stats.linted} linted by ${stats.workers} workers${here}; code cache ${compiled}\n`,
    );
  }

  await applyFilters(reports, filters, {
    cwd: io.cwd,
    maxBytes: limits.fileBytes,
    ...(stdinBytes && { stdin: stdinBytes }),
    inputs: runInputs,
    force: values.force === true,
  });
  if (!values.quiet) noteSkipped(reports, positionals, io);
  const all = countTotals(reports);
  const shown = values.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  const outputFile = values['output-file'];
  const color = outputFile === undefined && useColor(io, values['no-color']);
  const output = FORMATTERS[format](shown, { cwd: io.cwd, color, fixed: values.fix === true });
  if (outputFile === undefined) io.out(output);
  else await writeOutputFile(io.cwd, outputFile, output, { inputs: runInputs, force: values.force === true });
  const extra = { summaryFile: values['summary-file'], sarifFile: values['sarif-file'] };
  await writeExtraOutputs(shown, extra, { cwd: io.cwd, inputs: runInputs, force: values.force === true, fixed: values.fix === true });

  if (all.failedFiles > 0) return EXIT.failure;
  if (all.errors > 0) return EXIT.problems;
  if (failOn !== 'error' && (all.warnings > 0 || (failOn === 'info' && all.infos > 0))) return EXIT.problems;
  if (maxWarnings !== undefined && all.warnings > maxWarnings) {
    io.err(`career-articles: ${all.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
