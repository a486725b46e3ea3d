// Each open document's latest snapshot and the lint that will replace it: a keystroke
// schedules a lint after a short pause, a newer version makes an older result stale (never
// published), and a lint over budget leaves a "not checked" snapshot until the next edit.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Snapshot } from './protocol.js';

export interface Linted {
  doc: TextDocument;
  /** undefined when the lint ran over budget. */
  snapshot: Snapshot | undefined;
}

export class DocumentStates {
  private readonly latest = new Map<string, Linted>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly waiting = new Map<string, Array<(linted: Linted) => void>>();

  constructor(
    private readonly delayMs: number,
    private readonly lint: (doc: TextDocument) => Promise<Linted | undefined>,
    private readonly publish: (linted: Linted) => void,
  ) {}

  /** The latest result, possibly for an older version. */
  get(uri: string): Linted | undefined {
    return this.latest.get(uri);
  }

  /** The result for this exact version, waiting for its lint when needed. */
  async current(doc: TextDocument): Promise<Linted> {
    const latest = this.latest.get(doc.uri);
    if (latest?.doc.version === doc.version) return latest;
    if (!this.timers.has(doc.uri)) this.schedule(doc, 0);
    return new Promise((resolve) => this.waiting.set(doc.uri, [...(this.waiting.get(doc.uri) ?? []), resolve]));
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
    const linted = await this.lint(doc);
    // undefined = superseded (a newer version is coming) or closed.
    if (!linted) return;
    this.latest.set(doc.uri, linted);
    this.publish(linted);
    const waiters = this.waiting.get(doc.uri) ?? [];
    this.waiting.delete(doc.uri);
    for (const resolve of waiters) resolve(linted);
  }

  forget(uri: string, closed: TextDocument): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    this.latest.delete(uri);
    // A request waiting on a closed document gets an empty answer, never none.
    const waiters = this.waiting.get(uri) ?? [];
    this.waiting.delete(uri);
    for (const resolve of waiters) resolve({ doc: closed, snapshot: undefined });
  }
}
