// What `lint` reports of what it found: only new problems. --baseline drops the findings a
// baseline file knows (baseline.ts), --write-baseline records every finding first (and so
// reports none), --changed-since keeps the findings a git change touches (changed-lines.ts).
// The baseline and the ref are read before any article is linted: a bad one stops the run
// with exit 2 at once. The filters apply to the finished reports, after the cross-article
// pass, so each finding is judged as a full run judged it.
import { resolve } from 'node:path';
import { decodeText, readText } from '../node/read-text.js';
import { applyBaseline, baselineOf, readBaseline, writeBaseline, type TextOf } from './baseline.js';
import type { BaselineFile } from './baseline-file.js';
import { changedSince, keepChanged, type ChangedLines } from './changed-lines.js';
import { displayPath } from './io.js';
import type { FileReport } from './report.js';

export interface FindingFilters {
  baseline?: { file: string; baseline: BaselineFile };
  writeBaseline?: string;
  changed?: ChangedLines;
}

export async function prepareFilters(
  cwd: string,
  options: { baseline?: string; writeBaseline?: string; changedSince?: string },
  maxBytes: number,
): Promise<FindingFilters> {
  return {
    ...(options.baseline !== undefined && { baseline: await readBaseline(cwd, options.baseline, maxBytes) }),
    ...(options.writeBaseline !== undefined && { writeBaseline: resolve(cwd, options.writeBaseline) }),
    ...(options.changedSince !== undefined && { changed: await changedSince(cwd, options.changedSince) }),
  };
}

/** The baseline file is one more input of the run: no output of it may replace the file. */
export const filterInputs = (filters: FindingFilters): string[] => (filters.baseline ? [filters.baseline.file] : []);

/** The text of each file with findings, as the linter read it (after --fix, as written). */
async function findingTexts(reports: readonly FileReport[], maxBytes: number, stdin: Uint8Array | undefined): Promise<TextOf> {
  const texts = new Map<string, string>();
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const read = stdin ? decodeText(stdin) : await readText(report.path, maxBytes);
    if (read.ok) texts.set(report.path, read.text);
  }
  return (path) => texts.get(path);
}

/** Applies the filters to `reports` in place; writes the baseline when asked. */
export async function applyFilters(
  reports: FileReport[],
  filters: FindingFilters,
  run: { cwd: string; maxBytes: number; stdin?: Uint8Array; inputs: readonly string[]; force: boolean },
): Promise<void> {
  let known = filters.baseline;
  if (filters.baseline || filters.writeBaseline) {
    const textOf = await findingTexts(reports, run.maxBytes, run.stdin);
    if (filters.writeBaseline) {
      const baseline = baselineOf(reports, textOf, filters.writeBaseline);
      await writeBaseline(filters.writeBaseline, displayPath(run.cwd, filters.writeBaseline), baseline, run);
      // What was just recorded is known: a run that writes the baseline reports nothing it holds.
      known = { file: filters.writeBaseline, baseline };
    }
    if (known) applyBaseline(reports, known.baseline, textOf, known.file);
  }
  if (filters.changed) keepChanged(reports, filters.changed);
}
