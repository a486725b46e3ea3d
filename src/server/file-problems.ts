// A config file's or workspace dataset's problems, shown on that file (line and JSON path),
// and the session's warnings, each said once: the author sees why the defaults or the bundled
// data apply, and linting goes on. A file that is fine again loses its diagnostics.
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver';
import type { SourceError } from '../core/author-files/json-source.js';
import { SOURCE } from './convert.js';
import type { Snapshot } from './protocol.js';

function describe(error: SourceError): string {
  return `${error.path ? `${error.path}: ` : ''}${error.message}`;
}

function toDiagnostic(error: SourceError): Diagnostic {
  const line = Math.max(0, (error.line ?? 1) - 1);
  const character = Math.max(0, (error.column ?? 1) - 1);
  return {
    range: { start: { line, character }, end: { line, character: character + 1 } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    message: describe(error),
  };
}

export class FileProblemPublisher {
  /** URI -> the problems shown there, as JSON (published again only when they change). */
  private readonly shown = new Map<string, string>();
  private readonly said = new Set<string>();

  constructor(
    private readonly connection: Connection,
    private readonly uriOf: (path: string) => string,
  ) {}

  report(snapshot: Snapshot): void {
    for (const { file, errors } of snapshot.problems) {
      const uri = this.uriOf(file);
      const key = JSON.stringify(errors);
      if ((this.shown.get(uri) ?? '[]') === key) continue;
      if (errors.length === 0) this.shown.delete(uri);
      else this.shown.set(uri, key);
      void this.connection.sendDiagnostics({ uri, diagnostics: errors.map(toDiagnostic) });
      const first = errors[0];
      if (first) this.offerToOpen(uri, first);
    }
    for (const warning of snapshot.warnings) {
      if (this.said.has(warning)) continue;
      this.said.add(warning);
      this.connection.console.warn(`career-articles: ${warning}`);
      // Problems of a file are offered with a link to it above; the rest (trust, confinement) are said here.
      if (!snapshot.problems.some((p) => p.errors.length > 0 && warning.includes(p.file)))
        this.connection.window.showWarningMessage(`Career Articles: ${warning}`);
    }
  }

  private offerToOpen(uri: string, first: SourceError): void {
    const line = Math.max(0, (first.line ?? 1) - 1);
    const name = decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
    void this.connection.window
      .showWarningMessage(`Career Articles: ${name}:${line + 1}: ${describe(first)}. Using the defaults until it is fixed.`, {
        title: 'Open File',
      })
      .then((choice) => {
        if (choice)
          void this.connection.window.showDocument({
            uri,
            takeFocus: true,
            selection: { start: { line, character: 0 }, end: { line, character: 0 } },
          });
      });
  }
}
