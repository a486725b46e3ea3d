// The page's side of the language server in a web worker: JSON-RPC messages posted both ways
// (what vscode-languageserver/browser reads and writes), requests under a time limit. The
// worker runs the server's session in its own thread; when a request outlives its limit the
// page ends the worker, so a parse that never finishes can never freeze the tab.
export class OverBudget extends Error {}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: ReturnType<typeof setTimeout>;
}

interface Message {
  id?: number | string;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

export interface ClientHandlers {
  /** A request from the server (a file read): its answer. */
  onRequest: (method: string, params: unknown) => unknown;
  onNotification: (method: string, params: unknown) => void;
  /** The worker stopped (over budget, or it failed to load): why. */
  onStopped: (reason: string) => void;
}

export class WorkerClient {
  private readonly worker: Worker;
  private readonly url: string;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private stopped = false;

  constructor(
    source: string,
    private readonly handlers: ClientHandlers,
  ) {
    // From file:// Chromium refuses `new Worker('server.js')` (an opaque origin): the server's
    // code comes in a script of the page and starts from a blob (CSP `worker-src blob:`).
    this.url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    this.worker = new Worker(this.url);
    this.worker.addEventListener('message', (event: MessageEvent<Message>) => void this.receive(event.data));
    this.worker.addEventListener('error', (event) => {
      event.preventDefault();
      this.stop(`the checker failed: ${event.message}`);
    });
  }

  request<T>(method: string, params: unknown, limitMs: number): Promise<T> {
    if (this.stopped) return Promise.reject(new Error('the checker is stopped'));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        const error = new OverBudget(`over ${Math.round(limitMs / 100) / 10} s`);
        reject(error);
        this.stop(`the article takes too long to check (${error.message})`);
      }, limitMs);
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject, timer });
      this.worker.postMessage({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    if (!this.stopped) this.worker.postMessage({ jsonrpc: '2.0', method, params });
  }

  /** Ends the worker; every request still waiting fails with `reason`. */
  stop(reason: string): void {
    if (this.stopped) return;
    this.stopped = true;
    this.worker.terminate();
    URL.revokeObjectURL(this.url);
    for (const { reject, timer } of this.pending.values()) {
      clearTimeout(timer);
      reject(new Error(reason));
    }
    this.pending.clear();
    this.handlers.onStopped(reason);
  }

  private async receive(message: Message): Promise<void> {
    if (message.method === undefined) {
      const waiting = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!waiting) return;
      this.pending.delete(message.id as number);
      clearTimeout(waiting.timer);
      if (message.error) waiting.reject(new Error(message.error.message));
      else waiting.resolve(message.result);
      return;
    }
    if (message.id === undefined) {
      this.handlers.onNotification(message.method, message.params);
      return;
    }
    try {
      const result = await this.handlers.onRequest(message.method, message.params);
      this.worker.postMessage({ jsonrpc: '2.0', id: message.id, result: result ?? null });
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.worker.postMessage({ jsonrpc: '2.0', id: message.id, error: { code: -32601, message: text } });
    }
  }
}
