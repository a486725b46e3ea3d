// The requests and notifications the Career Articles language server adds to LSP, shared by
// the server and the VS Code client (and open to any other client): plain data both ways.
import type { RoleMatch } from '../core/dataset/types.js';
import type { PreviewOutcome } from '../core/preview/model.js';
import type { Finding, Fix, Severity, Topic } from '../core/types.js';
import type { Syntax } from '../core/syntax/syntax.js';
import type { NewArticleResult } from '../core/templates/new-article.js';
import type { EditorOptions } from '../session/editor-options.js';

export interface TextDocumentParams {
  textDocument: { uri: string };
}

/** What the client may pass in `initializationOptions` (and, `editor`, in didChangeConfiguration's `careerArticles`). */
export interface InitializationOptions {
  /** The time budget of one lint, in ms (default 3000). */
  timeBudgetMs?: number;
  /** The editor's settings and trust (see session/editor-options.ts). */
  editor?: EditorOptions;
  /** Publish diagnostics (push) even when the client could pull them. */
  pushDiagnostics?: boolean;
  /** Lint on save only (`onSave`), or also as the author types (default). */
  lintOn?: 'onType' | 'onSave';
  /** Documents longer than this many characters are linted on save only. */
  maxFileSize?: number;
  /** The bundled dataset's URI, for a server that reads files through the client (the web one). */
  bundledDataset?: string;
}

/** Sent after each published lint of an open document (the status bar and the preview follow it). */
export interface LintedParams {
  uri: string;
  version: number;
  isArticle: boolean;
  /** The standard sections present (their keys). */
  sections: string[];
  findings: Array<{ ruleId: string; topic?: Topic; severity: Severity }>;
  /** The lint ran over the time budget: the document was not checked. */
  notChecked: boolean;
  /** Typing does not lint this document (too large, or lint on save): the result may be older. */
  onSaveOnly: boolean;
}
export const LINTED_NOTIFICATION = 'careerArticles/linted';

/** Lints an open document now; answers once its diagnostics are published. */
export const LINT_REQUEST = 'careerArticles/lint';
export interface LintResponse {
  version: number;
  isArticle: boolean;
  notChecked: boolean;
}

/** Findings by severity, as the Problems panel counts them. */
export interface SeverityTotals {
  errors: number;
  warnings: number;
  infos: number;
}

/**
 * Lints a file for Lint Workspace and publishes its diagnostics (an open file's are its lint's):
 * the file joins the set the next `siteCheck` judges together.
 */
export const LINT_FILE_REQUEST = 'careerArticles/lintFile';
export interface LintFileParams {
  uri: string;
  /** The file's text (an open file is linted as the editor holds it). */
  text: string;
  /** The name a cross-article finding shows for it (workspace-relative; default: the URI). */
  display?: string;
}
export interface LintFileResponse extends SeverityTotals {
  isArticle: boolean;
  /** Why the file was not checked (over the time budget, its lint failed): then it is not known to be an article or not. */
  notChecked?: string;
}

/**
 * The cross-article pass over the files linted by `lintFile` (narrowed to `uris`): its findings
 * are published with each file's own, and checked again as any of these files is saved.
 * Answers the site findings' totals, which Lint Workspace adds to the files' own.
 */
export const SITE_CHECK_REQUEST = 'careerArticles/siteCheck';
export interface SiteCheckParams {
  uris: string[];
}
export type SiteCheckResponse = SeverityTotals;

/** Every safe fix of an open document as one edit of its whole text, or null when nothing changes. */
export const FIX_ALL_REQUEST = 'careerArticles/fixAll';

/** The current version's findings (plain data, fixes included) and the article's two roles. */
export const FINDINGS_REQUEST = 'careerArticles/findings';
export interface FindingsResponse {
  version: number;
  findings: Finding[];
  roles: [string, string] | undefined;
}

/** The fix that inserts a preview row's missing section (or a column's definition), for the version it was found in. */
export const MISSING_FIX_REQUEST = 'careerArticles/missingFix';
export interface MissingFixParams extends TextDocumentParams {
  /** A preview row: `definitions` or a section key. */
  row: string;
  /** The definitions' column (0: the title's first role). */
  column?: 0 | 1;
}
export interface MissingFixResponse {
  version: number;
  fix: Fix | undefined;
}

export const PREVIEW_REQUEST = 'careerArticles/preview';
export interface PreviewParams extends TextDocumentParams {
  /** The name the preview shows (default: the URI's last segment). */
  fileName?: string;
}
export type PreviewResponse = PreviewOutcome;

/** Searches the role dataset (the workspace's, when its first folder names one). */
export const ROLES_REQUEST = 'careerArticles/roles';
export interface RolesParams {
  query: string;
  limit?: number;
  /** `best`: the role's own match (as an article's role is matched), else the best search hit. */
  mode?: 'search' | 'best';
}
/** A role match with what a picker shows and inserts, worded by the server from the dataset. */
export interface RoleHit extends RoleMatch {
  /** "Mean $… · Median $… · 10th–90th $…–$…". */
  summary: string;
  /** The figures' source and period ("BLS OEWS May 2025"). */
  citation: string;
  /** "Product managers earn an average salary of $… per year (…)." when the data has a mean. */
  salarySentence?: string;
}
export type RolesResponse = RoleHit[];

/**
 * A new comparison article for two roles, filled from the dataset (the template of
 * `career-articles new`): any client can offer "new article" with it.
 */
export const NEW_ARTICLE_REQUEST = 'careerArticles/newArticle';
export interface NewArticleParams {
  roles: [string, string];
  /** The syntax to write (default Markdown). */
  syntax?: Syntax;
}
export type NewArticleResponse = NewArticleResult;

/** The dataset's size, for a client that wants to say what it checks against. */
export const DATASET_INFO_REQUEST = 'careerArticles/datasetInfo';
export interface DatasetInfoResponse {
  occupations: number;
}

/** A plain-text or HTML article as a Markdown article in the standard shape. */
export const CONVERT_REQUEST = 'careerArticles/convert';
export type ConvertResponse = { ok: true; markdown: string } | { ok: false; reason: string };

/** Server to client, for a server that cannot read files itself (the web extension's): a file's text. */
export const READ_FILE_REQUEST = 'careerArticles/readFile';
export const EXISTS_REQUEST = 'careerArticles/exists';
export interface PathParams {
  path: string;
}
