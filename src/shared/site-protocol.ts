// The requests the site features add to the Career Articles language server (beside
// shared/lsp-protocol.ts): the site report, Update Figures, and mapping an unknown role.
// Plain data both ways, open to any client.
import type { SiteReport } from '../core/report/model.js';

export interface SiteFile {
  uri: string;
  text: string;
  /** The name the report shows (workspace-relative). */
  display: string;
}

/** Lints every file with its claims and the cross-article pass; answers the site report. */
export const SITE_REPORT_REQUEST = 'careerArticles/siteReport';
export interface SiteReportParams {
  files: SiteFile[];
  /** The page's title (its heading). */
  title: string;
}
export interface SiteReportResponse {
  report: SiteReport;
  /** The report as a page's parts (`career-articles report`'s): article text escaped, no CSP of its own. */
  page: { body: string; style: string; script: string };
}

/**
 * Every file's out-of-date figures updated to the current release, as one WorkspaceEdit (LSP),
 * its edits annotated `needsConfirmation` so an editor shows its refactor preview.
 */
export const UPDATE_FIGURES_REQUEST = 'careerArticles/updateFigures';
export interface UpdateFiguresParams {
  /** `version`: the open document's version, so a stale edit is refused. */
  files: Array<{ uri: string; text: string; version?: number }>;
}
export interface UpdateFiguresResponse {
  /** An LSP WorkspaceEdit (documentChanges with change annotations). */
  edit: unknown;
  /** Figures updated, and in how many files. */
  figures: number;
  files: number;
  /** Figures left for the author (a role matching several occupations, a dated label). */
  left: number;
  /** Files not checked (a URI with no file behind it, over the time budget), each with why. */
  notChecked: Array<{ uri: string; reason: string }>;
}

/** The client command a `salary-unknown-role` code action carries: pick an occupation, then map. */
export const MAP_ROLE_COMMAND = 'careerArticles.mapRole';
export interface MapRoleArguments {
  uri: string;
  role: string;
  /** The nearest occupations, from the finding's data. */
  nearest: Array<{ soc: string; title: string }>;
}

/** The nearest config's new text with the role mapped (the client writes it), or why not. */
export const MAP_ROLE_REQUEST = 'careerArticles/mapRoleEdit';
export interface MapRoleParams {
  uri: string;
  /** The workspace folder holding the document: a new config goes there. */
  root?: string;
  role: string;
  soc: string;
}
export type MapRoleResponse =
  { ok: true; uri: string; text: string; created: boolean; title: string; soc: string } | { ok: false; message: string };
