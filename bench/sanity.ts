// What each measured run of `npm run bench` must show before its time counts: every file of
// the corpus linted (or parsed), and the same number of findings from every run of the same
// linter on the same corpus (a cached re-run included). A run that fails a check stops the
// benchmark with a SanityError naming the corpus, the contender and the run, so a table never
// rests on work that was not done. Each contender says what it did in its own output:
// career-articles with CAREER_ARTICLES_DEBUG=1 (its debug line, then the stylish summary),
// markdownlint-cli2 with its progress lines (Linting: N file(s), Summary: N error(s)), and
// bench/parse-only.mjs with "parsed N files".
import type { Measured } from './measure.js';

export class SanityError extends Error {}

export interface Work {
  /** Files the contender says it read. */
  files: number;
  /** Files it linted itself (not answered from a cache). */
  linted: number;
  /** Findings it reported; NaN for the parse-only reference, which reports none. */
  findings: number;
}

export type Reader = (run: Measured) => Work;

function exited(run: Measured, allowed: readonly number[]): void {
  if (run.timedOut) throw new SanityError('timed out');
  if (run.code === null || !allowed.includes(run.code)) throw new SanityError(`exit ${run.code ?? run.signal}: ${run.stderr}`);
}

/** career-articles lint (stylish output, CAREER_ARTICLES_DEBUG=1). */
export const readOurs: Reader = (run) => {
  exited(run, [0, 1]);
  const debug = /debug: (\d+) files, (\d+) from the cache, (\d+) linted/.exec(run.output.stderr);
  if (!debug) throw new SanityError(`no debug line ("N files, N from the cache, N linted") on stderr: ${run.stderr}`);
  // Stylish prints nothing at all when there is nothing to report.
  const summary = /^✖ (\d+) problems? /m.exec(run.output.stdout);
  if (!summary && run.output.stdout.trim() !== '') throw new SanityError('output without a stylish summary line');
  return { files: Number(debug[1]), linted: Number(debug[3]), findings: summary ? Number(summary[1]) : 0 };
};

/** markdownlint-cli2 with noProgress off: its progress lines go to stdout, its findings to stderr. */
export const readMarkdownlint: Reader = (run) => {
  exited(run, [0, 1]);
  const files = /^Linting: (\d+) file\(s\)$/m.exec(run.output.stdout);
  const summary = /^Summary: (\d+) error\(s\)$/m.exec(run.output.stdout);
  if (!files || !summary) throw new SanityError(`no "Linting:" and "Summary:" lines on stdout: ${run.output.stdout.slice(0, 300)}`);
  return { files: Number(files[1]), linted: Number(files[1]), findings: Number(summary[1]) };
};

export const readParseOnly: Reader = (run) => {
  exited(run, [0]);
  const parsed = /^parsed (\d+) files$/m.exec(run.output.stdout);
  if (!parsed) throw new SanityError(`no "parsed N files" line on stdout: ${run.stderr}`);
  return { files: Number(parsed[1]), linted: Number(parsed[1]), findings: NaN };
};

/**
 * Checks one contender's runs on one corpus: each read every file and linted `lintedEach` of
 * them (all, or none for a cache that answers everything), and all found as many problems as
 * the first run, or as `findings` when given (the cold runs' count, for the cached re-runs).
 */
export function checkRuns(
  what: string,
  runs: readonly Measured[],
  read: Reader,
  expect: { files: number; lintedEach: number; findings?: number },
): number {
  let findings = expect.findings;
  runs.forEach((run, i) => {
    const label = `${what}, run ${i + 1} of ${runs.length}`;
    let work: Work;
    try {
      work = read(run);
    } catch (error) {
      throw new SanityError(`${label}: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (work.files !== expect.files) throw new SanityError(`${label}: read ${work.files} files, the corpus has ${expect.files}`);
    if (work.linted !== expect.lintedEach) throw new SanityError(`${label}: linted ${work.linted} files, expected ${expect.lintedEach}`);
    if (Number.isNaN(work.findings)) return;
    findings ??= work.findings;
    if (work.findings !== findings)
      throw new SanityError(
        `${label}: ${work.findings} findings, where ${expect.findings === undefined ? 'run 1' : 'the cold runs'} found ${findings}`,
      );
  });
  return findings ?? NaN;
}
