// Linting a small file in the main thread, when a run has few files: a worker costs a thread,
// a second copy of the bundle and of the dataset, which is most of a one-file run. The
// guarantees a worker gives still hold:
// - Time: the job runs under vm's timeout, which interrupts synchronous JavaScript (a regex,
//   micromark's quadratic splicing) in this thread. A job over the budget is abandoned and
//   handed to a worker with the full limit; the thread's half-built caches are not trusted
//   again, so the rest of the run goes to workers too.
// - Memory: only files up to IN_THREAD_BYTES come here. What the parser and the rules keep
//   grows with the text, not faster (mdast, the article model and micromark's events hold each
//   character a bounded number of times; the quadratic inputs are quadratic in time, which the
//   budget stops), so such a file needs tens of MB (bench/results.md, adversarial table)
//   where this thread's heap has GBs (a 64 KB table of salary cells, the worst we know, keeps
//   about 140 MB). Runs with a memory limit below IN_THREAD_MIN_MEMORY_MB, or in a process
//   whose heap is under IN_THREAD_MIN_HEAP_MB, keep every file in workers, so a tight limit is
//   enforced exactly as before.
// - Stack: this thread's stack is smaller than a worker's, so a stack overflow here is handed
//   to a worker too, which says whether the file is really nested too deeply.
import { getHeapStatistics } from 'node:v8';
import { Script, createContext, type Context } from 'node:vm';

/** Files up to this size may be linted in the main thread. */
export const IN_THREAD_BYTES = 64 * 1024;
/** How long the main thread gives one file (wall time) before handing it to a worker. */
export const IN_THREAD_BUDGET_MS = 3000;
/** Below this worker memory limit (CAREER_ARTICLES_MAX_MEMORY_MB), every file goes to a worker. */
export const IN_THREAD_MIN_MEMORY_MB = 512;
/** Nor in a process started with a small heap (--max-old-space-size). */
export const IN_THREAD_MIN_HEAP_MB = 1024;

/** Whether this process may lint small files in its main thread, given the worker memory limit. */
export function mayLintInThread(memoryMb: number): boolean {
  return memoryMb >= IN_THREAD_MIN_MEMORY_MB && getHeapStatistics().heap_size_limit >= IN_THREAD_MIN_HEAP_MB * 1024 * 1024;
}

let context: Context | undefined;
const script = new Script('run()', { filename: 'career-articles-in-thread.js' });

export type Budgeted<T> = { done: true; value: T } | { done: false };

/** Runs `work` (synchronous) for at most `ms`; `done: false` when it was interrupted. Its own errors are thrown. */
export function withinBudget<T>(work: () => T, ms: number): Budgeted<T> {
  context ??= createContext({ run: undefined });
  context.run = work;
  try {
    return { done: true, value: script.runInContext(context, { timeout: Math.max(1, Math.round(ms)) }) as T };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') return { done: false };
    throw error;
  } finally {
    context.run = undefined;
  }
}

export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
