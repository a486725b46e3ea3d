// Each open document's latest snapshot and the lint that will replace it: a keystroke
// schedules a lint after a short pause, a newer version makes an older result stale (never
// published), and a lint over budget leaves a "not checked" snapshot until the next edit.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Snapshot } from './protocol.js';

export interface Linted {
  /** The open document, which later edits update in place: `version` says which text this result is for. */
  doc: TextDocument;
  /** The document's version when its lint started (set by DocumentStates). */
  version?: number;
  /** undefined when the document was not checked (over budget, or its lint failed). */
  snapshot: Snapshot | undefined;
  /** Why there is no snapshot, for the one "not checked: …" diagnostic. */
  reason?: string;
}

interface Waiter {
  /** Only a lint started at or after this run answers (a fresh lint after a config change). */
  after: number;
  /** Only a lint of this version or a later one answers: a lint of an older text may still be in flight. */
  version: number;
  resolve: (linted: Linted) => void;
}

export class DocumentStates {
  private readonly latest = new Map<string, Linted>();
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly waiting = new Map<string, Waiter[]>();
  /** The version of each document's most recently started lint. */
  private readonly started = new Map<string, number>();
  private runs = 0;

  constructor(
    private readonly delayMs: number,
    private readonly lint: (doc: TextDocument) => Promise<Linted | undefined>,
    private readonly publish: (linted: Linted) => void,
  ) {}

  /** The latest result, possibly for an older version. */
  get(uri: string): Linted | undefined {
    return this.latest.get(uri);
  }

  /** Whether a lint is scheduled or waited for: the published state may still change. */
  get busy(): boolean {
    return this.timers.size > 0 || this.waiting.size > 0;
  }

  /** The result for this exact version, waiting for its lint when needed. */
  async current(doc: TextDocument): Promise<Linted> {
    const latest = this.latest.get(doc.uri);
    if (latest?.version === doc.version) return latest;
    if (!this.timers.has(doc.uri)) this.schedule(doc, 0);
    return this.wait(doc.uri, 0, doc.version);
  }

  /** A lint that starts now (after any in flight), and its published result. */
  fresh(doc: TextDocument): Promise<Linted> {
    const after = this.runs + 1;
    this.schedule(doc, 0);
    return this.wait(doc.uri, after, doc.version);
  }

  private wait(uri: string, after: number, version: number): Promise<Linted> {
    return new Promise((resolve) => this.waiting.set(uri, [...(this.waiting.get(uri) ?? []), { after, version, resolve }]));
  }

  schedule(doc: TextDocument, delay = this.delayMs): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => {
        this.timers.delete(doc.uri);
        void this.run(doc);
      }, delay),
    );
  }

  private async run(doc: TextDocument): Promise<void> {
    const run = ++this.runs;
    const version = doc.version;
    this.started.set(doc.uri, version);
    // Whatever goes wrong, the document gets an answer: its waiters must never wait for ever.
    const result = await this.lint(doc).catch((error: unknown) => ({
      doc,
      snapshot: undefined,
      reason: `the lint failed: ${error instanceof Error ? error.message : String(error)}`,
    }));
    // undefined = superseded (a newer version is coming) or closed. A result for a text the
    // document no longer has is never published (its ranges would land on the new text); whoever
    // waits gets the lint of the text they now see.
    if (!result || doc.version !== version) {
      const coming = this.timers.has(doc.uri) || this.started.get(doc.uri) === doc.version;
      if (this.waiting.has(doc.uri) && !coming) this.schedule(doc, 0);
      return;
    }
    const linted = { ...result, version };
    this.latest.set(doc.uri, linted);
    this.publish(linted);
    const waiters = this.waiting.get(doc.uri) ?? [];
    const answers = (w: Waiter) => w.after <= run && version >= w.version;
    const answered = waiters.filter(answers);
    const left = waiters.filter((w) => !answers(w));
    if (left.length > 0) this.waiting.set(doc.uri, left);
    else this.waiting.delete(doc.uri);
    for (const waiter of answered) waiter.resolve(linted);
  }

  forget(uri: string, closed: TextDocument): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.latest.delete(uri);
    this.started.delete(uri);
    // A request waiting on a closed document gets an empty answer, never none.
    const waiters = this.waiting.get(uri) ?? [];
    this.waiting.delete(uri);
    for (const waiter of waiters) waiter.resolve({ doc: closed, snapshot: undefined });
  }
}
