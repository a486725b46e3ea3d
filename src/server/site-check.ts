// The cross-article findings in the editor. Lint Workspace (and the site report) lint a set of
// files together; their site-scope findings (cross-article-salary, any site rule) are published
// with each file's own, so the Problems panel, the notification, the status bar and the report
// count the same. The set is kept: saving one of its files checks the site again and publishes
// what changed. A finding's evidence in another file is related information with that file's
// URI, named only when the file is one of the set (files the client found in the workspace).
import type { CancellationToken, Connection, TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../core/types.js';
import { siteFindingsOf, type SitePart } from '../session/site.js';
import * as P from '../shared/lsp-protocol.js';
import { notCheckedDiagnostic, toDiagnostic } from './convert.js';
import type { JobHost } from './protocol.js';
import { Cancelled, notCheckedReason } from './budget.js';

interface Member {
  part: SitePart;
  /** The text the part was linted from: its findings' offsets are into it. */
  text: string;
}

export class SiteFindings {
  private readonly members = new Map<string, Member>();
  /** The files checked together last; other members keep their part, so their own findings can be shown without the site's. */
  private together = new Set<string>();
  private site = new Map<string, Finding[]>();
  /** The workspace folders' URIs: only files inside them are checked together and named (none known: any). */
  roots: string[] = [];

  private inside(uri: string): boolean {
    return this.roots.length === 0 || this.roots.some((root) => uri.startsWith(root.endsWith('/') ? root : `${root}/`));
  }

  /** Whether the file was checked with the others last (a save checks them again). */
  has(uri: string): boolean {
    return this.together.has(uri);
  }

  displayOf(uri: string): string | undefined {
    return this.members.get(uri)?.part.display;
  }

  /** The file's part of the set, linted from `text` (replacing an older one). */
  record(part: SitePart, text: string): void {
    // Site findings found in another text must not be placed in this one: the next check finds them again.
    if (this.members.get(part.key)?.text !== text) this.site.delete(part.key);
    this.members.set(part.key, { part, text });
  }

  /** Drops deleted files from the set; whether any was checked with the others (the site must be checked again). */
  forget(uris: readonly string[]): boolean {
    let wasTogether = false;
    for (const uri of uris) {
      wasTogether = this.together.delete(uri) || wasTogether;
      this.members.delete(uri);
    }
    return wasTogether;
  }

  /** The related file's URI when it is one of the set: the only other files a finding may name. */
  readonly locate = (file: string): string | undefined => (this.together.has(file) ? file : undefined);

  /** The site-scope findings of the file, when they were found in this very text (stale ones are never placed on edited text). */
  findingsFor(uri: string, text: string): Finding[] {
    const member = this.members.get(uri);
    return member?.text === text ? (this.site.get(uri) ?? []) : [];
  }

  /**
   * Runs the cross-article pass over the files linted together (`keep`, this time; else the
   * last set) and answers the files whose site findings changed (a file left out of the set
   * loses its), and the findings now.
   */
  check(keep?: ReadonlySet<string>): { changed: string[]; findings: Finding[] } {
    if (keep) this.together = new Set([...keep].filter((uri) => this.members.has(uri) && this.inside(uri)));
    const before = this.site;
    this.site = siteFindingsOf([...this.together].map((uri) => this.members.get(uri)!.part));
    const uris = new Set([...before.keys(), ...this.site.keys()]);
    const changed = [...uris].filter((uri) => JSON.stringify(before.get(uri) ?? []) !== JSON.stringify(this.site.get(uri) ?? []));
    return { changed, findings: [...this.site.values()].flat() };
  }

  /** A closed file's diagnostics: its own findings and its site findings, placed in the text they were found in. */
  closedDiagnostics(uri: string) {
    const member = this.members.get(uri);
    if (!member || 'error' in member.part) return undefined;
    const doc = TextDocument.create(uri, '', 0, member.text);
    return [...member.part.findings, ...(this.site.get(uri) ?? [])].map((f) => toDiagnostic(doc, f, this.locate));
  }
}

export interface SiteCheckContext {
  documents: TextDocuments<TextDocument>;
  site: SiteFindings;
  /** Publishes an open document's latest lint again (its diagnostics now carry its site findings). */
  republishOpen: (uri: string) => void;
}

/** Publishes the files whose site findings changed: an open one through its lint, a closed one from the set. */
export function publishSiteChanges(connection: Connection, { documents, site, republishOpen }: SiteCheckContext, changed: string[]): void {
  for (const uri of changed) {
    if (documents.get(uri)) republishOpen(uri);
    else {
      const diagnostics = site.closedDiagnostics(uri);
      if (diagnostics) void connection.sendDiagnostics({ uri, diagnostics });
    }
  }
}

/** The counts of findings by severity, as the Problems panel shows them. */
export function severityTotals(findings: readonly Finding[]): P.SeverityTotals {
  const count = (severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;
  return { errors: count('error'), warnings: count('warning'), infos: count('info') };
}

export interface SiteRequestContext extends SiteCheckContext {
  host: JobHost;
  pathOf: (uri: string) => string | undefined;
}

/** Lint Workspace's requests (lintFile, siteCheck) and the check after a set file is saved. */
export function registerSiteCheck(connection: Connection, context: SiteRequestContext): void {
  const { documents, site, host, pathOf } = context;
  /** Lints one file of the set (an open one as the editor holds it) and records its part. */
  const lintMember = async (uri: string, display: string, given: string, isCancelled: () => boolean) => {
    const open = documents.get(uri);
    const text = open?.getText() ?? given;
    try {
      const doc = { key: uri, path: pathOf(uri), text, version: open?.version ?? 0 };
      const result = await host.run({ op: 'siteArticle', doc }, isCancelled);
      site.record({ key: uri, display, ...result }, text);
      return { text, result };
    } catch (error) {
      if (error instanceof Cancelled) throw error;
      // Over budget, failed, a URI with no path: this file is "not checked", the others go on.
      const reason = notCheckedReason(error, host.budgetMs);
      site.record({ key: uri, display, error: reason }, text);
      return { text, reason };
    } finally {
      if (!documents.get(uri)) host.notify({ op: 'close', key: uri });
    }
  };

  connection.onRequest(P.LINT_FILE_REQUEST, async ({ uri, text, display }: P.LintFileParams, token: CancellationToken) => {
    const linted = await lintMember(uri, display ?? uri, text, () => token.isCancellationRequested);
    const open = documents.get(uri) !== undefined;
    if (!linted.result) {
      if (!open) void connection.sendDiagnostics({ uri, diagnostics: [notCheckedDiagnostic(linted.reason)] });
      return { isArticle: false, errors: 0, warnings: 0, infos: 0, notChecked: linted.reason } satisfies P.LintFileResponse;
    }
    // An open file's diagnostics are its own lint's (of the same text); a closed one's are published here.
    if (!open) void connection.sendDiagnostics({ uri, diagnostics: site.closedDiagnostics(uri) ?? [] });
    return { isArticle: linted.result.isArticle, ...severityTotals(linted.result.findings) } satisfies P.LintFileResponse;
  });

  connection.onRequest(P.SITE_CHECK_REQUEST, ({ uris }: P.SiteCheckParams): P.SiteCheckResponse => {
    const { changed, findings } = site.check(new Set(uris));
    publishSiteChanges(connection, context, changed);
    return severityTotals(findings);
  });

  // Saving a file of the set checks the site again: a corrected figure clears the others' findings.
  documents.onDidSave(({ document }) => {
    if (!site.has(document.uri)) return;
    const display = site.displayOf(document.uri) ?? document.uri;
    void lintMember(document.uri, display, document.getText(), () => false)
      .then(() => publishSiteChanges(connection, context, [...new Set([document.uri, ...site.check().changed])]))
      .catch((error: unknown) => connection.console.error(`career-articles: site check after saving ${document.uri}: ${String(error)}`));
  });
}
