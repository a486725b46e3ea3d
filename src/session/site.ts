// Workspace-wide queries of the session, asked by an editor host over many documents at once:
// the site report (every article linted with its config, its salary claims, the cross-article
// pass), the refresh of an article's figures as edits, and the edit that maps an unknown role
// in the nearest config. Each answer is plain data the host applies or shows; nothing is
// written here. Kept beside session.ts so the CLI, the server and a client ask the same code.
import type { SiteClaim } from '../core/site/claims.js';
import { sitePage, type SitePage, type SitePageNeeds } from '../core/site/page.js';
import { siteScopeFindings, withSiteFindings } from '../core/site/check.js';
import { claimsOf, refreshDocumentAsEdits } from './lint-document.js';
import { buildSiteReport, type ReportInput, type SiteReport } from '../core/report/model.js';
import { setRoleAlias } from '../core/config/edit.js';
import { CONFIG_FILE_NAME } from '../core/config/file-name.js';
import { formatSourceError } from '../core/author-files/json-source.js';
import type { Finding, Fix } from '../core/types.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import { documentText, type DocumentRef, type Session } from './session.js';
import type { SessionFileSystem } from './file-system.js';

/** A document of the workspace, with the name the report shows for it. */
export interface SiteDocument extends DocumentRef {
  display: string;
}

/** One document's part of the site report: its findings and, for an article, its claims and config. */
export interface SiteArticleResult {
  isArticle: boolean;
  findings: Finding[];
  claims: SiteClaim[];
  /** An article's roles, and its readability when asked for (site/page.ts). */
  page?: SitePage;
  config: ResolvedConfig;
}

/**
 * Lints one document for the site report or the cross-article check (a host may run each in
 * its own budgeted job): the session's own lint, so its findings are the ones the editor shows
 * for it. `needs.readability`: the report shows it; the cross-article check does not read it.
 */
export async function siteArticle(session: Session, doc: DocumentRef, needs: SitePageNeeds): Promise<SiteArticleResult> {
  const { result, dataset, config } = await session.lint(doc);
  const claims = claimsOf(result, { config, ...(dataset && { dataset }) });
  const page = result.isArticle ? { page: sitePage(result.article, config, needs) } : {};
  return { isArticle: result.isArticle, findings: result.findings, claims, ...page, config };
}

/** One document's part of a site: its result, or why it was not linted. */
export type SitePart = { key: string; display: string } & (SiteArticleResult | { error: string });

const asSiteArticle = (part: SitePart) =>
  'error' in part || !part.isArticle
    ? undefined
    : { path: part.key, display: part.display, claims: part.claims, ...(part.page && { page: part.page }), config: part.config };

/** The cross-article pass's own findings, by document key (documents with none are left out). */
export function siteFindingsOf(parts: readonly SitePart[]): Map<string, Finding[]> {
  const scoped = siteScopeFindings(parts.map((part) => ({ site: asSiteArticle(part) })));
  return new Map(parts.flatMap((part, i) => (scoped[i]!.length > 0 ? [[part.key, scoped[i]!] as const] : [])));
}

/** The documents' results with the cross-article pass, as the site report; `error` marks a document not linted. */
export function assembleSiteReport(parts: readonly SitePart[]): {
  report: SiteReport;
  findings: Map<string, Finding[]>;
} {
  const merged = withSiteFindings(parts.map((part) => ({ findings: 'error' in part ? [] : part.findings, site: asSiteArticle(part) })));
  const inputs: Array<ReportInput & { key: string }> = parts.map((part, i) =>
    'error' in part
      ? { key: part.key, display: part.display, isArticle: false, error: part.error, findings: [] }
      : { key: part.key, display: part.display, isArticle: part.isArticle, findings: merged[i]!, claims: part.claims, page: part.page },
  );
  return { report: buildSiteReport(inputs), findings: new Map(inputs.map((input) => [input.key, [...input.findings]])) };
}

/**
 * The site report over `docs`, as `career-articles report` builds it: findings, claims and the
 * cross-article pass. `onProgress` is told as each document is done.
 */
export async function siteReport(
  session: Session,
  docs: readonly SiteDocument[],
  onProgress?: (done: number, total: number) => void,
): Promise<{ report: SiteReport; findings: Map<string, Finding[]> }> {
  const parts = [];
  for (const [i, doc] of docs.entries()) {
    parts.push({ key: doc.key, display: doc.display, ...(await siteArticle(session, doc, { readability: true })) });
    // The session keeps no parser or result of a document linted once for the report.
    session.close(doc.key);
    onProgress?.(i + 1, docs.length);
  }
  return assembleSiteReport(parts);
}

/** The edits that bring a document's figures to the current release (none when nothing is out of date). */
export async function refreshEditsFor(session: Session, doc: DocumentRef): Promise<{ edits: Fix[]; applied: number; left: Finding[] }> {
  const settings = await session.lintSettings(doc.path);
  if (!settings.dataset) return { edits: [], applied: 0, left: [] };
  return refreshDocumentAsEdits(documentText(doc), settings);
}

export type RoleAliasEdit =
  { ok: true; file: string; text: string; created: boolean; title: string; soc: string } | { ok: false; message: string };

/**
 * The nearest config of the document at `path` with `role` mapped to `soc`, or, when no config
 * governs it, a new one at `root` (the workspace folder holding it). The SOC code must be an
 * occupation of the document's dataset.
 */
export async function roleAliasEdit(
  session: Session,
  fs: SessionFileSystem,
  request: { path: string; root: string | undefined; role: string; soc: string },
): Promise<RoleAliasEdit> {
  const outcome = await session.configs.forFile(request.path);
  if (!outcome.ok) return { ok: false, message: `invalid config file: ${formatSourceError(outcome.errors[0]!)}` };
  const occupation = (await session.roleIndex(request.path)).bySoc(request.soc);
  if (!occupation) return { ok: false, message: `unknown SOC code '${request.soc}': the dataset has no such occupation` };
  const existing = outcome.value.file;
  const file = existing ?? fs.resolve(request.root ?? fs.parent(request.path) ?? request.path, CONFIG_FILE_NAME);
  let text: string | undefined;
  if (existing !== undefined) {
    const read = await fs.readFile(existing);
    if (!read.ok) return { ok: false, message: `cannot read ${existing} (${read.reason})` };
    text = read.text;
  }
  const edit = setRoleAlias(text, file, request.role, occupation.soc);
  if (!edit.ok) return { ok: false, message: `invalid config file: ${formatSourceError(edit.errors[0]!)}` };
  return { ok: true, file, text: edit.text, created: existing === undefined, title: occupation.title, soc: occupation.soc };
}
