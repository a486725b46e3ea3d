// The messages between the language server and its lint worker: plain data both ways.
import type { Finding } from '../core/types.js';
import type { PreviewOutcome } from '../core/preview/model.js';
import type { DocumentRef } from '../session/session.js';
import type { HoverTable } from '../session/hover.js';
import type { OutlineItem } from '../session/outline.js';

/** Everything the server answers a document's queries from, computed in one worker job. */
export interface Snapshot {
  version: number;
  isArticle: boolean;
  findings: Finding[];
  outline: OutlineItem[];
  hovers: HoverTable;
  warnings: string[];
}

export type Job =
  { op: 'lint'; doc: DocumentRef } | { op: 'fixAll'; doc: DocumentRef } | { op: 'preview'; doc: DocumentRef; fileName: string };

export interface JobResults {
  lint: Snapshot;
  fixAll: string | undefined;
  preview: PreviewOutcome;
}

export type ToWorker =
  ({ id: number } & Job) | { op: 'roots'; roots: string[] } | { op: 'changed'; paths: string[] } | { op: 'close'; key: string };

export type FromWorker =
  /** The job begins now (the bundled dataset is loaded): the budget counts from here. */
  { id: number; started: true } | { id: number; ok: true; value: unknown } | { id: number; ok: false; error: string };
