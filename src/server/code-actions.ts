// Code actions from a document's snapshot: each finding's fix, suggestions and disable
// comment in the requested range, and "fix all" (source.fixAll.careerArticles) when
// anything in the document is fixable.
import { CodeAction, CodeActionKind, type CancellationToken, type CodeActionParams, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_KIND, findingActions, toDiagnostic } from './convert.js';
import type { Linted } from './documents.js';
import { unknownRole } from '../core/site/unknown-role.js';
import { MAP_ROLE_COMMAND, type MapRoleArguments } from '../shared/site-protocol.js';
import type { Finding } from '../core/types.js';

type FixAll = (uri: string) => Promise<{ doc: TextDocument; edit: TextEdit } | undefined>;

const wants = (only: string[] | undefined, kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));

/** "Map `Growth Hacker` to an occupation…": a command the client implements with a quick pick (the finding carries the nearest occupations). */
function mapRoleActions(doc: TextDocument, finding: Finding): CodeAction[] {
  const data = unknownRole(finding);
  if (!data) return [];
  const args: MapRoleArguments = { uri: doc.uri, role: data.role, nearest: data.suggestions };
  const action = CodeAction.create(
    `Map \`${data.role}\` to an occupation…`,
    { title: 'Map to an occupation', command: MAP_ROLE_COMMAND, arguments: [args] },
    CodeActionKind.QuickFix,
  );
  action.diagnostics = [toDiagnostic(doc, finding)];
  action.isPreferred = true;
  return [action];
}

export async function codeActions(
  { doc, snapshot }: Linted,
  params: CodeActionParams,
  token: CancellationToken,
  fixAll: FixAll,
): Promise<CodeAction[]> {
  if (!snapshot) return [];
  const { only } = params.context;
  const actions: CodeAction[] = [];
  const start = doc.offsetAt(params.range.start);
  const end = doc.offsetAt(params.range.end);
  if (wants(only, CodeActionKind.QuickFix)) {
    for (const finding of snapshot.findings) {
      if (finding.end.offset < start || finding.start.offset > end) continue;
      actions.push(...mapRoleActions(doc, finding), ...findingActions(doc, finding, toDiagnostic(doc, finding)));
    }
  }
  const fixable = snapshot.findings.some((f) => f.fix);
  if (fixable && (wants(only, FIX_ALL_KIND) || wants(only, CodeActionKind.QuickFix)) && !token.isCancellationRequested) {
    const fixed = await fixAll(doc.uri);
    if (fixed) {
      const kind = only && wants(only, FIX_ALL_KIND) ? FIX_ALL_KIND : CodeActionKind.QuickFix;
      actions.push(CodeAction.create('Fix all Career Articles problems', { changes: { [doc.uri]: [fixed.edit] } }, kind));
    }
  }
  return actions;
}
