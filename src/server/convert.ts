// Findings, outlines and hovers as LSP data. Positions come from the text the snapshot was
// computed for (its own TextDocument), so a stale snapshot never lands on shifted lines.
import { CodeAction, CodeActionKind, DiagnosticSeverity, DocumentSymbol, SymbolKind, TextEdit } from 'vscode-languageserver';
import type { Diagnostic, Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, Fix, Point, Severity } from '../core/types.js';
import { ruleUrl } from '../core/rule.js';
import type { OutlineItem, OutlineKind } from '../session/outline.js';

export const SOURCE = 'career-articles';
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.careerArticles`;

const SEVERITIES: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** What a diagnostic carries for code actions and for clients that read it. */
export interface DiagnosticData {
  ruleId: string;
  messageId: string;
  fix?: Fix;
  suggestions?: Finding['suggestions'];
  data?: Record<string, unknown>;
  /** The web pages the finding's evidence is on (a dataset entry's source page). */
  sources?: Array<{ message: string; url: string }>;
}

export function rangeOf(doc: TextDocument, start: number, end: number): Range {
  return { start: doc.positionAt(start), end: doc.positionAt(end) };
}

/** A point of another document as an LSP position: its 1-based line and column (no text needed). */
const positionOf = (point: Point) => ({ line: Math.max(0, point.line - 1), character: Math.max(0, point.column - 1) });

/**
 * Where a finding's evidence in another document is, as a URI the client can open: the file
 * (a path or URI, as the finding names it) mapped and confined to the workspace, or undefined
 * when it is not a file this server may name (then the evidence is left out, never guessed).
 */
export type LocateFile = (file: string) => string | undefined;

export function toDiagnostic(doc: TextDocument, finding: Finding, locate?: LocateFile): Diagnostic {
  const data: DiagnosticData = { ruleId: finding.ruleId, messageId: finding.messageId };
  if (finding.fix) data.fix = finding.fix;
  if (finding.suggestions) data.suggestions = finding.suggestions;
  if (finding.data) data.data = finding.data;
  const diagnostic: Diagnostic = {
    range: rangeOf(doc, finding.start.offset, finding.end.offset),
    severity: SEVERITIES[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleUrl(finding.ruleId) },
    message: finding.message,
    data,
  };
  // The evidence. A place in a document is related information (the editor names the file and
  // line, the message says what is there). A web page is not a file position: VS Code would show
  // "oes291141.htm(1, 1): …" above the hover, so it travels in `data.sources` (the hover card
  // links the same page) and the message stays the one every host shows. A place in another
  // document (a cross-article finding's other figures) is located by its line and column, since
  // this document's text cannot place it.
  const related = (finding.related ?? []).flatMap((r) => {
    if (!r.start) return [];
    if (r.file === undefined || r.file === doc.uri)
      return [{ location: { uri: doc.uri, range: rangeOf(doc, r.start.offset, (r.end ?? r.start).offset) }, message: r.message }];
    const uri = locate?.(r.file);
    if (uri === undefined) return [];
    return [{ location: { uri, range: { start: positionOf(r.start), end: positionOf(r.end ?? r.start) } }, message: r.message }];
  });
  const sources = (finding.related ?? []).flatMap((r) => (!r.start && r.url ? [{ message: r.message, url: r.url }] : []));
  if (sources.length > 0) data.sources = sources;
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function notCheckedDiagnostic(reason: string): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Warning,
    source: SOURCE,
    code: 'not-checked',
    message: `not checked: ${reason}`,
  };
}

function edit(doc: TextDocument, fix: Fix): TextEdit {
  return TextEdit.replace(rangeOf(doc, fix.range[0], fix.range[1]), fix.text);
}

/** The fix's own title, which says what it does; a rule that gives none gets a generic one. */
export function fixTitle(finding: Finding): string {
  return finding.fix?.title ?? `Apply the safe fix (${finding.ruleId})`;
}

/** The quick fixes of one finding: its fix (preferred), its suggestions, a disable comment. */
export function findingActions(doc: TextDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const actions: CodeAction[] = [];
  const changes = (e: TextEdit[]) => ({ changes: { [doc.uri]: e } });
  if (finding.fix) {
    const action = CodeAction.create(fixTitle(finding), changes([edit(doc, finding.fix)]), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    action.isPreferred = true;
    actions.push(action);
  }
  for (const suggestion of finding.suggestions ?? []) {
    const action = CodeAction.create(suggestion.title, changes([edit(doc, suggestion.fix)]), CodeActionKind.QuickFix);
    action.diagnostics = [diagnostic];
    actions.push(action);
  }
  const lineStart = doc.offsetAt({ line: finding.start.line - 1, character: 0 });
  const indent = /^[ \t]*/.exec(doc.getText().slice(lineStart))?.[0] ?? '';
  const comment = `${indent}<!-- career-articles-disable-next-line ${finding.ruleId} -->\n`;
  const disable = CodeAction.create(
    `Disable ${finding.ruleId} for this line`,
    changes([TextEdit.insert(doc.positionAt(lineStart), comment)]),
    CodeActionKind.QuickFix,
  );
  disable.diagnostics = [diagnostic];
  actions.push(disable);
  return actions;
}

const KINDS: Record<OutlineKind, SymbolKind> = {
  title: SymbolKind.File,
  definition: SymbolKind.Class,
  comparison: SymbolKind.Namespace,
  section: SymbolKind.String,
};

export function toSymbols(doc: TextDocument, items: OutlineItem[]): DocumentSymbol[] {
  return items.map((item) =>
    DocumentSymbol.create(
      item.name || '(untitled)',
      item.kind,
      KINDS[item.kind],
      rangeOf(doc, item.start, item.end),
      rangeOf(doc, item.selectionStart, item.selectionEnd),
      toSymbols(doc, item.children),
    ),
  );
}
