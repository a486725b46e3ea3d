// The language server's lint worker (dist/lsp-worker.cjs): holds the session and runs one job
// at a time, so the server can terminate it when a document takes too long to parse. The
// bundled dataset's index is built as the worker starts, and a workspace dataset before the job
// that first needs it; a job says "started" once they are, so the budget never counts the
// worker's boot or a dataset's load, only the document's lint.
import { parentPort } from 'node:worker_threads';
import { applyNotice, runJob } from './jobs.js';
import { prepareClaimTables } from '../core/index.js';
import { createNodeSession } from './node-session.js';
import type { FromWorker, ToWorker } from './protocol.js';
import { describeStop } from '../node/worker-limits.js';
import { limitsFromEnv } from '../node/limits.js';

const session = createNodeSession();
// The bundled role index (and its name tables, shared by every overlay's index) is built
// as the worker starts. A failed load is reported by the job that needs the dataset, not here.
const warm = session.datasets
  .index(undefined)
  .then((chosen) => prepareClaimTables(chosen.index))
  .catch(() => undefined);

parentPort?.on('message', (message: ToWorker) => {
  if (!('id' in message)) {
    applyNotice(session, message);
    return;
  }
  const { id } = message;
  warm
    .then(async () => {
      // A workspace dataset not loaded yet loads first, under the dataset time limit, so a big one
      // never makes the document "not checked"; the server gives it up if it takes too long.
      const dataset = await ('doc' in message ? session.pendingDataset(message.doc.path) : session.pendingDataset(undefined, false)).catch(
        () => undefined,
      );
      if (dataset !== undefined) {
        parentPort!.postMessage({ id, loading: dataset } satisfies FromWorker);
        const chosen = await session.datasets.index(dataset).catch(() => undefined);
        // The index builds its name tables on first use: built here, they count as the load.
        chosen?.index.match('warm up');
        chosen?.index.suggest('warm up', 1);
        // So do the claim engine's tables (about a second of CPU for 120,000 occupations).
        if (chosen) prepareClaimTables(chosen.index);
      }
      parentPort!.postMessage({ id, started: true } satisfies FromWorker);
      return runJob(session, message);
    })
    .then(
      (value) => parentPort!.postMessage({ id, ok: true, value } satisfies FromWorker),
      (error: unknown) =>
        parentPort!.postMessage({
          id,
          ok: false,
          // "nested too deeply (stack overflow)", as the CLI says it.
          error:
            error instanceof Error
              ? describeStop(error, { timeoutMs: 0, memoryMb: limitsFromEnv(process.env).workerMemoryMb })
              : String(error),
        } satisfies FromWorker),
    );
});
