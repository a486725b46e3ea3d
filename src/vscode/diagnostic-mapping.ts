// Findings -> vscode.Diagnostic. The rule id is a link to the rule's page shipped with
// the extension (works offline), and related evidence becomes relatedInformation.
import * as vscode from 'vscode';
import type { Finding, Point } from '../core/index.js';

const SEVERITY: Record<Finding['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function toPosition(point: Point): vscode.Position {
  return new vscode.Position(point.line - 1, point.column - 1);
}

export function findingRange(finding: Pick<Finding, 'start' | 'end'>): vscode.Range {
  return new vscode.Range(toPosition(finding.start), toPosition(finding.end));
}

export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}

export function toDiagnostic(finding: Finding, document: vscode.Uri, extensionUri: vscode.Uri): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(findingRange(finding), finding.message, SEVERITY[finding.severity]);
  diagnostic.source = 'career-articles';
  diagnostic.code = { value: finding.ruleId, target: ruleDocUri(extensionUri, finding.ruleId) };
  if (finding.related?.length) {
    diagnostic.relatedInformation = finding.related.map((related) => {
      const location = related.start
        ? new vscode.Location(document, findingRange({ start: related.start, end: related.end ?? related.start }))
        : new vscode.Location(vscode.Uri.parse(related.url ?? 'https://www.bls.gov/oes/'), new vscode.Position(0, 0));
      return new vscode.DiagnosticRelatedInformation(location, related.message);
    });
  }
  return diagnostic;
}

/** The finding behind a diagnostic shown in the editor (code actions get copies, not the objects). */
export function sameSpot(finding: Finding, diagnostic: vscode.Diagnostic): boolean {
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return code === finding.ruleId && diagnostic.message === finding.message && diagnostic.range.isEqual(findingRange(finding));
}
