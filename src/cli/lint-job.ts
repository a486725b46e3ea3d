// One file's linting as plain data in, plain data out, so it can run in a lint worker
// (worker.ts) or, when there is none, in the main thread. The bundled dataset is loaded on
// the first job that needs it (see role-index.ts).
import { fixAll, lint, type Finding, type LintOptions, type ResolvedConfig } from '../core/index.js';
import type { DatasetOverlay } from './dataset.js';
import { roleIndexFor } from './role-index.js';

export interface LintJob {
  text: string;
  config: ResolvedConfig;
  /** Names `config` (a hash of it), so a worker receives each config once. */
  configKey: string;
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

export async function runLintJob(job: Pick<LintJob, 'text' | 'config' | 'dataset' | 'fix'>): Promise<LintOutcome> {
  const options: LintOptions = { config: job.config };
  if (job.dataset) options.dataset = await roleIndexFor(job.dataset);
  if (!job.fix) {
    const result = lint(job.text, options);
    return { isArticle: result.isArticle, findings: result.findings, text: job.text };
  }
  const fixed = fixAll(job.text, options);
  return { isArticle: fixed.result.isArticle, findings: fixed.result.findings, text: fixed.text };
}
