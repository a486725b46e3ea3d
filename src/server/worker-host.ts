// Runs the session's jobs in a worker thread under a time budget, one job at a time so the
// budget counts only that job. A job over budget terminates the worker (a parse cannot be
// interrupted any other way) and a fresh one takes the next job: the server's own thread
// never parses, so it keeps answering. Without a built worker (running from sources) the
// jobs run in this thread, without a budget.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Worker } from 'node:worker_threads';
import type { Session } from '../session/session.js';
import { limitsFromEnv } from '../node/limits.js';
import { describeStop, limitedWorker, tookTooLong, type WorkerLimits } from '../node/worker-limits.js';
import type { FromWorker, Job, JobHost, JobResults, Notice, ToWorker } from './protocol.js';

import { Cancelled, OverBudget, formatSeconds } from './budget.js';

export { Cancelled, OverBudget, formatSeconds };

interface Queued {
  job: Job;
  isCancelled: () => boolean;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

/** dist/lsp-worker.cjs (the worker's launcher, src/server/worker-launcher.ts) beside this bundle. */
function workerScript(): string | undefined {
  const url = new URL('./lsp-worker.cjs', import.meta.url);
  return url.protocol === 'file:' && existsSync(url) ? fileURLToPath(url) : undefined;
}

export class WorkerHost implements JobHost {
  private worker: Worker | undefined;
  private readonly queue: Queued[] = [];
  private busy = false;
  private nextId = 0;
  /** Replayed to every fresh worker: the last roots and editor options. */
  private readonly standing = new Map<Notice['op'], Notice>();
  private readonly script = workerScript();
  /** The CLI's worker heap limit (CAREER_ARTICLES_MAX_MEMORY_MB): a worker out of memory is stopped and reported, the server lives on. */
  private readonly limits: WorkerLimits = (({ timeoutMs, workerMemoryMb }) => ({ timeoutMs, memoryMb: workerMemoryMb }))(
    limitsFromEnv(process.env),
  );
  /** Workspace datasets that could not be loaded (file -> why), told to every fresh worker until they change. */
  private readonly failedDatasets = new Map<string, string>();
  private local: Promise<{ session: Session; notice: (n: Notice) => void }> | undefined;
  /** Workers started, replacements included (for the tests' and benchmarks' eyes). */
  started = 0;
  /** The client said `shutdown`. */
  closed = false;

  constructor(public budgetMs: number) {}

  run<K extends Job['op']>(job: Extract<Job, { op: K }>, isCancelled: () => boolean = () => false): Promise<JobResults[K]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ job, isCancelled, resolve: resolve as (value: unknown) => void, reject });
      this.dispatch();
    });
  }

  notify(notice: Notice): void {
    if (notice.op === 'roots' || notice.op === 'editor') this.standing.set(notice.op, notice);
    if (notice.op === 'changed') for (const path of notice.paths) this.failedDatasets.delete(path);
    if (this.script) this.worker?.postMessage(notice);
    else void this.inThread().then((local) => local.notice(notice));
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  /** Starts the worker ahead of the first job, so its boot and dataset load overlap the client's start. */
  warm(): void {
    if (this.script) this.worker ??= this.spawn();
  }

  private spawn(): Worker {
    const worker = limitedWorker(this.script!, this.limits);
    this.started++;
    worker.unref();
    // A worker that dies between jobs (out of memory while it loads) is replaced by the next job;
    // the job in flight, if any, hears of it through its own listeners.
    worker
      .on('error', () => undefined)
      .once('exit', () => {
        if (this.worker === worker) this.worker = undefined;
      });
    for (const notice of this.standing.values()) worker.postMessage(notice);
    for (const [file, reason] of this.failedDatasets) worker.postMessage({ op: 'datasetFailed', file, reason } satisfies Notice);
    return worker;
  }

  private inThread() {
    this.local ??= Promise.all([import('./node-session.js'), import('./jobs.js')]).then(([{ createNodeSession }, { applyNotice }]) => {
      const session = createNodeSession();
      for (const notice of this.standing.values()) applyNotice(session, notice);
      return { session, notice: (n: Notice) => applyNotice(session, n) };
    });
    return this.local;
  }

  private dispatch(): void {
    if (this.busy) return;
    const next = this.queue.shift();
    if (!next) return;
    if (next.isCancelled()) {
      next.reject(new Cancelled('cancelled'));
      this.dispatch();
      return;
    }
    this.busy = true;
    const done = () => {
      this.busy = false;
      this.dispatch();
    };
    if (!this.script) {
      void this.inThread()
        .then(async ({ session }) => (await import('./jobs.js')).runJob(session, next.job))
        .then(next.resolve, (error: unknown) => next.reject(error instanceof Error ? error : new Error(String(error))))
        .finally(done);
      return;
    }
    this.send(next, done);
  }

  private send(queued: Queued, done: () => void): void {
    const worker = (this.worker ??= this.spawn());
    const id = ++this.nextId;
    worker.ref();
    const settle = (outcome: { value: unknown } | { error: Error }, discard: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      worker.unref();
      if (discard) {
        if (this.worker === worker) this.worker = undefined;
        void worker.terminate();
      }
      if ('error' in outcome) queued.reject(outcome.error);
      else queued.resolve(outcome.value);
      done();
    };
    let timer: NodeJS.Timeout | undefined;
    /** The workspace dataset the worker is loading for this job, if any. */
    let loading: string | undefined;
    // A dataset that cannot be loaded (too slow, too big for the heap) is given up until it
    // changes, and the job runs again in a fresh worker on the bundled data: the document is
    // checked, and the dataset's problem shown on the dataset file.
    const giveUpDataset = (file: string, reason: string) => {
      this.failedDatasets.set(file, reason);
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (this.worker === worker) this.worker = undefined;
      void worker.terminate();
      this.queue.unshift(queued);
      done();
    };
    const onMessage = (response: FromWorker) => {
      if (response.id !== id) return;
      if ('loading' in response) {
        const file = (loading = response.loading);
        timer = setTimeout(() => giveUpDataset(file, tookTooLong(this.limits)), this.limits.timeoutMs);
        return;
      }
      if ('started' in response) {
        loading = undefined;
        clearTimeout(timer);
        timer = setTimeout(() => settle({ error: new OverBudget(`over ${formatSeconds(this.budgetMs)}`) }, true), this.budgetMs);
        return;
      }
      settle(response.ok ? { value: response.value } : { error: new Error(response.error) }, false);
    };
    const onError = (error: Error) => {
      if (loading !== undefined) giveUpDataset(loading, describeStop(error, this.limits));
      else settle({ error: new Error(describeStop(error, this.limits)) }, true);
    };
    const onExit = (code: number) => {
      const reason = `the lint worker stopped with exit code ${code}`;
      if (loading !== undefined) giveUpDataset(loading, reason);
      else settle({ error: new Error(reason) }, true);
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage({ id, ...queued.job } satisfies ToWorker);
  }
}
