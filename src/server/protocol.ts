// The messages between the language server and its lint worker: plain data both ways.
import type { Finding } from '../core/types.js';
import type { PreviewOutcome } from '../core/preview/model.js';
import type { RoleMatch } from '../core/dataset/types.js';
import type { DocumentRef } from '../session/session.js';
import type { FileProblems } from '../session/dataset-choice.js';
import type { EditorOptions } from '../session/editor-options.js';
import type { HoverTable } from '../session/hover.js';
import type { OutlineItem } from '../session/outline.js';
import type { ConvertResponse, NewArticleParams, NewArticleResponse, RolesParams } from '../shared/lsp-protocol.js';
import type { Fix } from '../core/types.js';
import type { RoleAliasEdit, SiteArticleResult } from '../session/site.js';

/** Everything the server answers a document's queries from, computed in one worker job. */
export interface Snapshot {
  version: number;
  isArticle: boolean;
  findings: Finding[];
  /** The standard sections present (their keys). */
  sections: string[];
  roles: [string, string] | undefined;
  outline: OutlineItem[];
  hovers: HoverTable;
  warnings: string[];
  /** The config file and workspace dataset in force, with their problems. */
  problems: FileProblems[];
}

export type Job =
  | { op: 'lint'; doc: DocumentRef }
  | { op: 'fixAll'; doc: DocumentRef }
  | { op: 'preview'; doc: DocumentRef; fileName: string }
  | { op: 'convert'; doc: DocumentRef }
  | { op: 'roles'; params: RolesParams }
  | { op: 'datasetInfo' }
  | { op: 'newArticle'; params: NewArticleParams }
  /** `readability`: the site report shows it; the cross-article check does not. */
  | { op: 'siteArticle'; doc: DocumentRef; readability: boolean }
  | { op: 'refresh'; doc: DocumentRef }
  | { op: 'mapRole'; path: string; root: string | undefined; role: string; soc: string };

export interface JobResults {
  lint: Snapshot;
  fixAll: string | undefined;
  preview: PreviewOutcome;
  convert: ConvertResponse;
  roles: RoleMatch[];
  datasetInfo: { occupations: number };
  newArticle: NewArticleResponse;
  siteArticle: SiteArticleResult;
  /** `left`: figures refresh leaves for the author. */
  refresh: { edits: Fix[]; applied: number; left: number };
  mapRole: RoleAliasEdit;
}

export type Notice =
  | { op: 'roots'; roots: string[] }
  | { op: 'changed'; paths: string[] }
  | { op: 'close'; key: string }
  | { op: 'editor'; options: EditorOptions }
  /** The dataset could not be loaded (over the dataset time limit, out of memory): bundled data until it changes. */
  | { op: 'datasetFailed'; file: string; reason: string };

export type ToWorker = ({ id: number } & Job) | Notice;

export type FromWorker =
  /** The job begins now (the bundled dataset is loaded): the budget counts from here. */
  | { id: number; started: true }
  /** The job first loads this workspace dataset, under the dataset time limit (not the document's budget). */
  | { id: number; loading: string }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string };

/** What runs the session's jobs: a terminable worker under a time budget (Node), or the server's own thread (a web worker). */
export interface JobHost {
  budgetMs: number;
  run<K extends Job['op']>(job: Extract<Job, { op: K }>, isCancelled?: () => boolean): Promise<JobResults[K]>;
  notify(notice: Notice): void;
  warm(): void;
  close(): Promise<void>;
}
