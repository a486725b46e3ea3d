// `career-articles report`: lint every article of the site with its claims, run the
// cross-article pass, and write one report: a self-contained HTML page (default), the same
// content as JSON, or a Markdown summary for a pull-request comment. A progress bar goes to
// stderr while it runs on a terminal.
import { dirname, relative, resolve, sep } from 'node:path';
import cliProgress from 'cli-progress';
import { buildSiteReport } from '../../core/report/model.js';
import { hintFor, parseChoice, parseCommandArgs } from '../args.js';
import { DatasetLoader } from '../dataset.js';
import { cliSettings, settingsForFiles } from '../settings.js';
import { EXIT, UsageError } from '../errors.js';
import { REPORT_HELP } from '../help.js';
import { expandInputs } from '../inputs.js';
import type { Io } from '../io.js';
import { lintFiles } from '../lint-files.js';
import { limitsFromEnv } from '../../node/limits.js';
import type { FileReport } from '../report.js';
import { reportsFromResults } from '../results.js';
import { renderHtml } from '../site/html.js';
import { renderMarkdown } from '../site/markdown.js';
import { addSiteFindings, assertExists, writeOutputFile } from './shared.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  format: { type: 'string', short: 'f' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  from: { type: 'string', multiple: true },
  help: { type: 'boolean', short: 'h' },
} as const;

function progressBar(io: Io) {
  if (io.stderrIsTTY !== true) return undefined;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: 'Linting {bar} {value}/{total} files', clearOnComplete: true, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update: (done: number, total: number) => {
      if (!started) bar.start(total, done);
      else bar.update(done);
      started = true;
    },
    stop: () => bar.stop(),
  };
}

export async function reportCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', args, OPTIONS);
  if (values.help) {
    io.out(REPORT_HELP);
    return EXIT.ok;
  }
  const format = parseChoice('format', values.format, ['html', 'json', 'markdown'], 'html', 'report');
  if (values.from !== undefined && (values.config !== undefined || values.dataset !== undefined))
    throw new UsageError('--from joins results of lint runs; --config and --dataset belong to those runs', hintFor('report'));
  const { reports, inputs } =
    values.from === undefined
      ? await lintSite(io, positionals, values)
      : await reportsFromResults(io.cwd, [...values.from, ...positionals], limitsFromEnv(io.env).datasetBytes);
  // Links in the page are relative to where the page is written.
  const base = values.output === undefined ? io.cwd : dirname(resolve(io.cwd, values.output));
  const linkPath = (path: string) => relative(base, path).split(sep).join('/');
  const report = buildSiteReport(reports.map((r) => ({ ...r, display: format === 'html' ? linkPath(r.path) : r.display })));
  const text = format === 'html' ? renderHtml(report) : format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderMarkdown(report);
  if (values.output === undefined) io.out(text);
  else {
    await writeOutputFile(io.cwd, values.output, text, { inputs, force: values.force === true });
  }
  return report.summary.failed > 0 ? EXIT.failure : report.summary.errors > 0 ? EXIT.problems : EXIT.ok;
}

/** Lints every article named, with claims, and runs the cross-article pass over them. */
async function lintSite(
  io: Io,
  positionals: string[],
  values: { config?: string; dataset?: string },
): Promise<{ reports: FileReport[]; inputs: string[] }> {
  if (positionals.length === 0) throw new UsageError('no files, folders or globs to report on', hintFor('report'));
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const limits = limitsFromEnv(io.env);
  const { files, roots } = await expandInputs(positionals, io.cwd);
  const configs = await settingsForFiles(files, cliSettings(io, limits, { configFile, datasetFile }), io);
  const progress = progressBar(io);
  let reports;
  try {
    ({ reports } = await lintFiles({
      cwd: io.cwd,
      files,
      configs,
      datasets: new DatasetLoader(io, limits, datasetFile),
      fix: false,
      roots,
      limits,
      cache: undefined,
      claims: true,
      readability: true,
      ...(progress && { onProgress: progress.update }),
    }));
  } finally {
    progress?.stop();
  }
  addSiteFindings(reports, configs);
  return { reports, inputs: [...files, ...(configFile ? [configFile] : []), ...(datasetFile ? [datasetFile] : [])] };
}
