// `career-articles refresh [--dry-run] <paths>`: rewrite the salary and outlook figures that
// salary-mismatch and outlook-mismatch judge out of date or mismatched to the dataset's current
// release, with their citation, in each sentence's own form. The edits are the rules' own
// (core/refresh.ts); the files are written like --fix writes them (atomically, only inside
// what was named, never over a file that changed meanwhile). --dry-run prints a unified diff
// and writes nothing. Every named file left alone says why; so does every figure left alone.
import { resolve } from 'node:path';
import { parseCommandArgs } from '../args.js';
import { DatasetLoader } from '../dataset.js';
import { cliSettings, settingsForFiles } from '../settings.js';
import { EXIT, UsageError } from '../errors.js';
import { REFRESH_HELP } from '../help.js';
import { hintFor } from '../args.js';
import { expandInputs, parseExtensions } from '../inputs.js';
import { PROGRAM, type Io } from '../io.js';
import { lintFiles } from '../lint-files.js';
import { limitsFromEnv } from '../../node/limits.js';
import { skippedReason, type FileReport } from '../report.js';
import { assertExists } from './shared.js';

const OPTIONS = {
  'dry-run': { type: 'boolean', short: 'n' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  ext: { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
} as const;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** stderr: named files not refreshed and why, files that failed, figures left for the author. */
function notes(reports: readonly FileReport[], named: ReadonlySet<string>, io: Io, quiet: boolean): void {
  for (const report of reports) {
    if (report.error !== undefined) {
      // A write error says "not fixed" (lint's word): here the file was not refreshed.
      io.err(`${PROGRAM}: ${report.display}: ${report.error.replace(/, not fixed\b.*$/, '')}; not refreshed\n`);
      continue;
    }
    const reason = skippedReason(report);
    if (reason !== undefined) {
      if (named.has(report.path) && !quiet) io.err(`${PROGRAM}: ${report.display}: ${reason}; not refreshed\n`);
      continue;
    }
    if (quiet) continue;
    for (const finding of report.refreshed?.left ?? []) {
      io.err(`${report.display}:${finding.start.line}:${finding.start.column}: left as it is: ${finding.message} (${finding.ruleId})\n`);
    }
  }
}

export async function refreshCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('refresh', args, OPTIONS);
  if (values.help) {
    io.out(REFRESH_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new UsageError('no files, folders or globs to refresh', hintFor('refresh'));
  const dryRun = values['dry-run'] === true;
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const limits = limitsFromEnv(io.env);
  const { files, roots } = await expandInputs(positionals, io.cwd, { extensions: parseExtensions(values.ext) });
  const configs = await settingsForFiles(files, cliSettings(io, limits, { configFile, datasetFile }), io);
  const { reports } = await lintFiles({
    cwd: io.cwd,
    files,
    configs,
    datasets: new DatasetLoader(io, limits, datasetFile),
    fix: false,
    refresh: dryRun ? 'dry-run' : 'write',
    roots,
    limits,
    cache: undefined,
  });

  notes(reports, new Set(positionals.map((p) => resolve(io.cwd, p))), io, values.quiet === true);
  const changed = reports.filter((r) => r.error === undefined && (r.refreshed?.applied ?? 0) > 0);
  const figures = changed.reduce((n, r) => n + r.refreshed!.applied, 0);
  const left = reports.reduce((n, r) => n + (r.refreshed?.left.length ?? 0), 0);
  const articles = reports.filter((r) => r.isArticle).length;
  const failed = reports.filter((r) => r.error !== undefined).length;
  if (dryRun) {
    io.out(changed.map((r) => r.refreshed?.patch ?? '').join(''));
  } else {
    for (const r of changed) io.out(`${r.display}: refreshed ${plural(r.refreshed!.applied, 'figure')}\n`);
  }
  const done =
    figures === 0
      ? `nothing ${failed > 0 ? 'else ' : ''}to refresh in ${plural(articles, 'article')}`
      : `${dryRun ? 'would refresh' : 'refreshed'} ${plural(figures, 'figure')} in ${plural(changed.length, 'article')}`;
  const summary = [done, left > 0 && `${plural(left, 'figure')} left as they are`, failed > 0 && `${plural(failed, 'file')} not refreshed`];
  if (!values.quiet) io.err(`${PROGRAM}: ${summary.filter(Boolean).join('; ')}\n`);

  if (failed > 0) return EXIT.failure;
  // 1 when figures that are out of date are still on disk: to be written (--dry-run) or left.
  return (dryRun && figures > 0) || left > 0 ? EXIT.problems : EXIT.ok;
}
