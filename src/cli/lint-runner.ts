// Runs lint jobs in lint workers with a time and a memory limit per file: a file that takes
// too long (or crashes its worker, or exhausts its memory) becomes a one-line file error and the
// next file gets a fresh worker. Big runs use a pool of workers, one job each at a time,
// so the limit counts only the file's own linting; small runs lint small files in this thread
// under a time budget (in-thread.ts) and start a single worker only for a file that needs one,
// since each worker costs a bundle load and its own copy of the role dataset.
// Without a built worker (running from sources) the jobs run in this thread, without a limit.
import { statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { tooLarge } from '../node/read-text.js';
import { IN_THREAD_BUDGET_MS, IN_THREAD_BYTES, isStackOverflow, mayLintInThread, withinBudget } from './in-thread.js';
import type { LintJob, LintOutcome } from './lint-job.js';
import type { WorkerRequest, WorkerResponse } from './worker.js';
import { describeStop, limitedWorker, tookTooLong, type WorkerLimits } from '../node/worker-limits.js';
import { workerScript } from './worker-script.js';

export class LintFailure extends Error {}

/** From this many files to lint on, a run uses more than one worker. */
export const POOL_THRESHOLD = 200;
const MAX_WORKERS = 4;

/** Workers for `files` files: one below POOL_THRESHOLD, else one per core up to four. */
export function poolSize(files: number, cores = availableParallelism()): number {
  return files < POOL_THRESHOLD ? 1 : Math.max(1, Math.min(cores, MAX_WORKERS));
}

/**
 * Parsing Markdown allocates a lot of short-lived memory, and V8 lets each worker's heap grow
 * to about four times what is live (about 28 MB: the parser, the rules, the dataset's name
 * tables) before it collects: two workers and the main thread then peaked at 320-390 MB on
 * 1,000 to 10,000 articles. A growth factor of 1.75 keeps that near 250 MB at no time cost
 * we could measure; 1.5 saved a little more memory for some 10% more time (bench/results.md
 * has the figures). V8 reads this flag at each collection; it is set once, before the first
 * worker starts, and applies to every thread of this process.
 */
let heapGrowthLimited = false;
function limitHeapGrowth(): void {
  if (heapGrowthLimited) return;
  heapGrowthLimited = true;
  setFlagsFromString('--heap-growing-percent=75');
}

/** The build of the lint code (the worker bundle's size and time), so a rebuild empties the lint cache. */
export function buildStamp(): string {
  const script = workerScript();
  if (!script) return 'sources';
  const info = statSync(script);
  return `${info.size}:${info.mtimeMs}`;
}

/** One worker and what it already holds, so a config or dataset crosses to it once. */
interface Slot {
  worker: Worker;
  configs: Set<string>;
  datasets: Set<string>;
  busy: boolean;
}

interface Pending {
  job: LintJob;
  resolve: (outcome: LintOutcome) => void;
  reject: (error: LintFailure) => void;
}

export class LintRunner {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private readonly script = workerScript();
  private nextId = 0;
  private started = 0;

  private inThread: boolean;
  private inThreadRuns = 0;

  /** `size`: most workers to run at once (see poolSize); `inThread`: lint small files in this thread. */
  constructor(
    private readonly limits: WorkerLimits,
    private readonly size = 1,
    inThread = false,
  ) {
    this.inThread = inThread && mayLintInThread(limits.memoryMb);
  }

  /** Jobs this thread finished itself. */
  get lintedInThread(): number {
    return this.inThreadRuns;
  }

  /** Workers started so far, replacements included. */
  get workersStarted(): number {
    return this.started;
  }

  async run(job: LintJob): Promise<LintOutcome> {
    if (!this.script) return runHere(job);
    const here = this.inThread ? await this.tryHere(job) : undefined;
    if (here) return here;
    return new Promise((resolve, reject) => {
      this.queue.push({ job, resolve, reject });
      this.dispatch();
    });
  }

  /** The job's outcome from this thread, or undefined when a worker must run it (too large, too slow, too deep). */
  private async tryHere(job: LintJob): Promise<LintOutcome | undefined> {
    const { runLintJob } = await import('./lint-job.js');
    const cap = Math.min(job.maxBytes, IN_THREAD_BYTES);
    const budget = Math.min(IN_THREAD_BUDGET_MS, this.limits.timeoutMs);
    let result;
    try {
      result = withinBudget(() => runLintJob({ ...job, maxBytes: cap }), budget);
    } catch (error) {
      if (isStackOverflow(error)) return undefined;
      throw new LintFailure(error instanceof Error ? describeStop(error, this.limits) : String(error));
    }
    if (!result.done) {
      this.inThread = false;
      if (budget >= this.limits.timeoutMs) throw new LintFailure(tookTooLong(this.limits));
      return undefined;
    }
    const outcome = result.value;
    if (!outcome.ok && cap < job.maxBytes && outcome.reason === tooLarge(cap)) return undefined;
    this.inThreadRuns++;
    return outcome;
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((slot) => slot.worker.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length > 0) {
      const slot = this.slots.find((s) => !s.busy) ?? this.spawn();
      if (!slot) return;
      this.send(slot, this.queue.shift()!);
    }
  }

  private spawn(): Slot | undefined {
    if (this.slots.length >= this.size) return undefined;
    limitHeapGrowth();
    const slot: Slot = { worker: limitedWorker(this.script!, this.limits), configs: new Set(), datasets: new Set(), busy: false };
    this.started++;
    // An idle worker must not keep the process alive (for example after a failed run).
    slot.worker.unref();
    this.slots.push(slot);
    return slot;
  }

  private send(slot: Slot, { job, resolve, reject }: Pending): void {
    const { worker } = slot;
    const id = ++this.nextId;
    slot.busy = true;
    worker.ref();
    const settle = (outcome: LintOutcome | LintFailure, discard: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      slot.busy = false;
      worker.unref();
      if (discard) this.discard(slot);
      if (outcome instanceof LintFailure) reject(outcome);
      else resolve(outcome);
      this.dispatch();
    };
    const onMessage = (response: WorkerResponse) => {
      if (response.id !== id) return;
      if ('error' in response) {
        settle(new LintFailure(response.error), false);
        return;
      }
      settle(response.outcome, false);
    };
    const onError = (error: Error) => settle(new LintFailure(describeStop(error, this.limits)), true);
    const onExit = (code: number) => settle(new LintFailure(`the lint worker stopped with exit code ${code}`), true);
    const timer = setTimeout(() => settle(new LintFailure(tookTooLong(this.limits)), true), this.limits.timeoutMs);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    const request: WorkerRequest = {
      id,
      path: job.path,
      fix: job.fix,
      hash: job.hash,
      maxBytes: job.maxBytes,
      configKey: job.configKey,
      datasetKey: job.dataset?.key,
      ...(job.bytes && { bytes: job.bytes }),
      ...(job.claims && { claims: true }),
      ...(job.readability && { readability: true }),
      ...(job.refresh && { refresh: job.refresh }),
    };
    if (!slot.configs.has(job.configKey)) {
      request.config = job.config;
      slot.configs.add(job.configKey);
    }
    if (job.dataset && !slot.datasets.has(job.dataset.key)) {
      request.dataset = job.dataset;
      slot.datasets.add(job.dataset.key);
    }
    worker.postMessage(request);
  }

  private discard(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
  }
}

async function runHere(job: LintJob): Promise<LintOutcome> {
  try {
    const { runLintJob } = await import('./lint-job.js');
    return runLintJob(job);
  } catch (error) {
    throw new LintFailure(error instanceof Error ? describeStop(error, { timeoutMs: 0, memoryMb: 0 }) : String(error));
  }
}
