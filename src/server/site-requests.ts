// The site requests (shared/site-protocol.ts): the site report, Update Figures and the map-role
// edit. Each article is one job of the lint worker under the time budget, so a long workspace
// never holds the worker for one long job; this thread only assembles the answers.
import type {
  Connection,
  CancellationToken,
  TextDocuments,
  WorkspaceEdit,
  TextDocumentEdit,
  AnnotatedTextEdit,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { assembleSiteReport, type SitePart } from '../session/site.js';
import type { SiteFindings } from './site-check.js';
import { reportBody } from '../core/report/html.js';
import { PAGE_SCRIPT, PAGE_STYLE } from '../core/report/page-script.js';
import * as S from '../shared/site-protocol.js';
import type { JobHost } from './protocol.js';
import { OverBudget, formatSeconds } from './budget.js';

export interface SiteContext {
  documents: TextDocuments<TextDocument>;
  host: JobHost;
  pathOf: (uri: string) => string | undefined;
  uriOf: (path: string) => string;
  /** The files linted together last, whose cross-article findings the editor shows. */
  site: SiteFindings;
  /** Publishes the files whose site findings changed. */
  publishSite: (changed: string[]) => void;
}

/** The file's path, or why it has none (`file:///a%2Fb.md`, `file://otherhost/…`): that one file is not checked, the request goes on. */
function mapped(pathOf: SiteContext['pathOf'], uri: string): { path: string | undefined } | { error: string } {
  try {
    return { path: pathOf(uri) };
  } catch (error) {
    return { error: `not checked: ${error instanceof Error ? error.message : String(error)}` };
  }
}

const ANNOTATION = 'careerArticles.updateFigures';

export function registerSiteRequests(connection: Connection, { documents, host, pathOf, uriOf, site, publishSite }: SiteContext): void {
  /** A closed file is linted once: its parser and result are dropped after. */
  const done = (uri: string) => {
    if (!documents.get(uri)) host.notify({ op: 'close', key: uri });
  };
  const notChecked = () => `not checked: it takes longer than ${formatSeconds(host.budgetMs)} to lint`;

  connection.onRequest(
    S.SITE_REPORT_REQUEST,
    async ({ files, title }: S.SiteReportParams, token: CancellationToken): Promise<S.SiteReportResponse> => {
      const parts: SitePart[] = [];
      for (const file of files) {
        if (token.isCancellationRequested) break;
        const open = documents.get(file.uri);
        const text = open?.getText() ?? file.text;
        const where = mapped(pathOf, file.uri);
        let part: SitePart;
        if ('error' in where) part = { key: file.uri, display: file.display, error: where.error };
        else {
          const doc = { key: file.uri, path: where.path, text, version: open?.version ?? 0 };
          try {
            part = {
              key: file.uri,
              display: file.display,
              ...(await host.run({ op: 'siteArticle', doc, readability: true }, () => token.isCancellationRequested)),
            };
          } catch (error) {
            if (!(error instanceof OverBudget)) throw error;
            part = { key: file.uri, display: file.display, error: notChecked() };
          } finally {
            done(file.uri);
          }
        }
        parts.push(part);
        site.record(part, text);
      }
      // The files of the report are the set the editor shows cross-article findings for.
      if (!token.isCancellationRequested) publishSite(site.check(new Set(parts.map((p) => p.key))).changed);
      const { report } = assembleSiteReport(parts);
      return { report, page: { body: reportBody(report, title), style: PAGE_STYLE, script: PAGE_SCRIPT } };
    },
  );

  connection.onRequest(
    S.UPDATE_FIGURES_REQUEST,
    async ({ files }: S.UpdateFiguresParams, token: CancellationToken): Promise<S.UpdateFiguresResponse> => {
      const documentChanges: TextDocumentEdit[] = [];
      let figures = 0;
      let left = 0;
      const notUpdated: S.UpdateFiguresResponse['notChecked'] = [];
      for (const file of files) {
        if (token.isCancellationRequested) break;
        const open = documents.get(file.uri);
        const text = open?.getText() ?? file.text;
        const version = open?.version ?? null;
        const where = mapped(pathOf, file.uri);
        if ('error' in where) {
          notUpdated.push({ uri: file.uri, reason: where.error });
          continue;
        }
        try {
          const refreshed = await host.run(
            { op: 'refresh', doc: { key: file.uri, path: where.path, text, version: version ?? 0 } },
            () => token.isCancellationRequested,
          );
          left += refreshed.left;
          if (refreshed.edits.length === 0) continue;
          figures += refreshed.applied;
          const doc = open ?? TextDocument.create(file.uri, 'markdown', 0, text);
          const edits: AnnotatedTextEdit[] = refreshed.edits.map((fix) => ({
            range: { start: doc.positionAt(fix.range[0]), end: doc.positionAt(fix.range[1]) },
            newText: fix.text,
            annotationId: ANNOTATION,
          }));
          documentChanges.push({ textDocument: { uri: file.uri, version }, edits });
        } catch (error) {
          if (!(error instanceof OverBudget)) throw error;
          notUpdated.push({ uri: file.uri, reason: notChecked() });
        } finally {
          done(file.uri);
        }
      }
      const edit: WorkspaceEdit = {
        documentChanges,
        changeAnnotations: {
          [ANNOTATION]: {
            label: 'Update figures to the current release',
            description: 'salary and outlook figures judged out of date',
            needsConfirmation: true,
          },
        },
      };
      return { edit, figures, files: documentChanges.length, left, notChecked: notUpdated };
    },
  );

  connection.onRequest(S.MAP_ROLE_REQUEST, async (params: S.MapRoleParams): Promise<S.MapRoleResponse> => {
    const path = pathOf(params.uri);
    if (path === undefined) return { ok: false, message: 'only a saved file can be mapped in a config' };
    const edit = await host.run({
      op: 'mapRole',
      path,
      root: params.root === undefined ? undefined : pathOf(params.root),
      role: params.role,
      soc: params.soc,
    });
    if (!edit.ok) return edit;
    const { file, ...rest } = edit;
    return { ...rest, uri: uriOf(file) };
  });
}
