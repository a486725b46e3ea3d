// Problems in the project's own files (a config file, a workspace dataset), shown as
// diagnostics at the line the parser named.
import * as vscode from 'vscode';

export interface FileProblem {
  message: string;
  line?: number;
  column?: number;
  path?: string;
}

export function describeProblem(problem: FileProblem): string {
  return `${problem.path ? `${problem.path}: ` : ''}${problem.message}`;
}

export function problemDiagnostics(problems: readonly FileProblem[]): vscode.Diagnostic[] {
  return problems.map((problem) => {
    const line = Math.max(0, (problem.line ?? 1) - 1);
    const column = Math.max(0, (problem.column ?? 1) - 1);
    const range = new vscode.Range(line, column, line, column + 1);
    const diagnostic = new vscode.Diagnostic(range, describeProblem(problem), vscode.DiagnosticSeverity.Error);
    diagnostic.source = 'career-articles';
    return diagnostic;
  });
}
