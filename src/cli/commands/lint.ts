// `career-articles lint`: expand the inputs, read every config first (a bad one stops the
// run before any file is touched), then lint or fix each file, print one report and
// return the exit code. A file that cannot be read or written is reported and skipped.
import { formatSourceError, type SourceError } from '../../core/index.js';
import { ConfigLoader, type LoadedConfig } from '../../node/config-loader.js';
import { encodeText, readText } from '../../node/read-text.js';
import { WriteError, writeFileAtomic } from '../../node/write-atomic.js';
import { hintFor, parseChoice, parseCommandArgs, parseCount } from '../args.js';
import { DatasetProvider, needsDataset } from '../dataset.js';
import { EXIT, UsageError } from '../errors.js';
import { formatJson } from '../format/json.js';
import { formatSarif } from '../format/sarif.js';
import { formatStylish } from '../format/stylish.js';
import type { LintJob } from '../lint-job.js';
import { LintFailure, LintRunner, timeoutFromEnv } from '../lint-runner.js';
import { LINT_HELP } from '../help.js';
import { expandInputs } from '../inputs.js';
import { displayPath, useColor, type Io } from '../io.js';
import { countTotals, type FileReport, type Formatter } from '../report.js';
import { assertExists, configError } from './shared.js';

const FORMATTERS: Record<string, Formatter> = { stylish: formatStylish, json: formatJson, sarif: formatSarif };

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  fix: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  'max-warnings': { type: 'string' },
  'no-color': { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

async function loadConfigs(files: string[], loader: ConfigLoader, cwd: string): Promise<LoadedConfig[]> {
  const outcomes = await Promise.all(files.map((file) => loader.forFile(file)));
  const errors = new Map<string, SourceError>();
  for (const outcome of outcomes) {
    if (!outcome.ok) for (const e of outcome.errors) errors.set(formatSourceError(e), e);
  }
  if (errors.size > 0) throw configError([...errors.values()], cwd);
  return outcomes.map((outcome) => (outcome as { ok: true; value: LoadedConfig }).value);
}

interface FileContext {
  runner: LintRunner;
  datasets: DatasetProvider;
  fix: boolean;
  cwd: string;
}

async function lintFile(path: string, loaded: LoadedConfig, { runner, datasets, fix, cwd }: FileContext): Promise<FileReport> {
  const report: FileReport = { path, display: displayPath(cwd, path), isArticle: false, findings: [] };
  const read = await readText(path);
  if (!read.ok) return { ...report, error: `${read.reason}, not linted` };
  const job: LintJob = { text: read.text, config: loaded.config, fix };
  if (needsDataset(loaded.config)) job.dataset = await datasets.get(loaded.dataset);
  try {
    const outcome = await runner.run(job);
    if (outcome.text !== read.text) {
      try {
        await writeFileAtomic(path, encodeText(outcome.text, read.bom));
      } catch (error) {
        if (!(error instanceof WriteError)) throw error;
        // Nothing was written: report what is still wrong with the file on disk.
        const before = await runner.run({ ...job, fix: false });
        return { ...report, isArticle: true, error: error.message, findings: before.findings };
      }
    }
    return { ...report, isArticle: outcome.isArticle, findings: outcome.findings };
  } catch (error) {
    // One odd file (too slow, too deep for the parser) must not end the run for the others.
    if (!(error instanceof LintFailure)) throw error;
    return { ...report, error: `${error.message}, not linted` };
  }
}

export async function lintCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lint', args, OPTIONS);
  if (values.help) {
    io.out(LINT_HELP);
    return EXIT.ok;
  }
  const format = parseChoice('format', values.format, ['stylish', 'json', 'sarif'], 'stylish', 'lint');
  const maxWarnings = parseCount('max-warnings', values['max-warnings'], 'lint');
  if (positionals.length === 0) throw new UsageError('no files, folders or globs to lint', hintFor('lint'));

  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const files = await expandInputs(positionals, io.cwd);
  const configs = await loadConfigs(files, new ConfigLoader(configFile), io.cwd);
  const context: FileContext = {
    runner: new LintRunner(timeoutFromEnv(io.env)),
    datasets: new DatasetProvider(io, datasetFile),
    fix: values.fix === true,
    cwd: io.cwd,
  };
  const reports: FileReport[] = [];
  try {
    for (const [i, file] of files.entries()) reports.push(await lintFile(file, configs[i]!, context));
  } finally {
    await context.runner.close();
  }

  const all = countTotals(reports);
  const shown = values.quiet ? reports.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === 'error') })) : reports;
  io.out(FORMATTERS[format]!(shown, { cwd: io.cwd, color: useColor(io, values['no-color']), fixed: values.fix === true }));

  if (all.failedFiles > 0) return EXIT.failure;
  if (all.errors > 0) return EXIT.problems;
  if (maxWarnings !== undefined && all.warnings > maxWarnings) {
    io.err(`career-articles: ${all.warnings} warnings, more than --max-warnings ${maxWarnings}\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
