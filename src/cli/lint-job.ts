// One file's linting as plain data in, plain data out, so it can run in the lint worker
// (worker.ts) or, when there is none, in the main thread. The bundled dataset is loaded on
// the first job that needs it and each role index is built once per overlay.
import { fixAll, lint, type Finding, type LintOptions, type ResolvedConfig } from '../core/index.js';
import { createRoleIndex, type RoleIndex } from '../core/dataset/index.js';
import { loadBundledDataset } from '../node/bundled-dataset.js';
import type { DatasetOverlay } from './dataset.js';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  /** Present only when an enabled rule uses the dataset. */
  dataset?: DatasetOverlay;
  fix: boolean;
}

export interface LintOutcome {
  isArticle: boolean;
  findings: Finding[];
  /** The text after fixes (the input text when nothing was fixed). */
  text: string;
}

const indexes = new Map<string, Promise<RoleIndex>>();

export function roleIndexFor(overlay: DatasetOverlay): Promise<RoleIndex> {
  let index = indexes.get(overlay.key);
  if (!index) {
    index = loadBundledDataset().then((bundled) => createRoleIndex(bundled, overlay.occupations));
    indexes.set(overlay.key, index);
  }
  return index;
}

export async function runLintJob(job: LintJob): Promise<LintOutcome> {
  const options: LintOptions = { config: job.config };
  if (job.dataset) options.dataset = await roleIndexFor(job.dataset);
  if (!job.fix) {
    const result = lint(job.text, options);
    return { isArticle: result.isArticle, findings: result.findings, text: job.text };
  }
  const fixed = fixAll(job.text, options);
  return { isArticle: fixed.result.isArticle, findings: fixed.result.findings, text: fixed.text };
}
