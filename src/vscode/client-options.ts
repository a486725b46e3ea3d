// What the client tells vscode-languageclient, shared by the desktop and web builds: which
// documents go to the server, the diagnostic collection's name, and the rule links pointed at
// the rule pages shipped with the extension (they work offline).
import * as vscode from 'vscode';
import type { LanguageClientOptions } from 'vscode-languageclient';
import type { InitializationOptions } from '../shared/lsp-protocol.js';
import { ARTICLE_LANGUAGES } from './documents.js';
import { ruleDocUri } from './diagnostic-mapping.js';

export const DIAGNOSTIC_COLLECTION = 'career-articles';
export const LINTABLE_SCHEMES = ['file', 'untitled', 'vscode-vfs', 'vscode-remote', 'vscode-test-web', 'memfs'];

function withLocalDocs(extensionUri: vscode.Uri, diagnostic: vscode.Diagnostic): vscode.Diagnostic {
  const code = diagnostic.code;
  if (typeof code === 'object' && /^[a-z-]+$/.test(String(code.value)))
    diagnostic.code = { value: code.value, target: ruleDocUri(extensionUri, String(code.value)) };
  return diagnostic;
}

export function clientOptions(extensionUri: vscode.Uri, initializationOptions: InitializationOptions): LanguageClientOptions {
  return {
    documentSelector: ARTICLE_LANGUAGES.flatMap((language) => LINTABLE_SCHEMES.map((scheme) => ({ language, scheme }))),
    diagnosticCollectionName: DIAGNOSTIC_COLLECTION,
    initializationOptions: { ...initializationOptions, pushDiagnostics: true },
    middleware: {
      // The server's hover cards use theme icons ($(warning)) as the extension's own did.
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        for (const content of hover?.contents ?? []) if (content instanceof vscode.MarkdownString) content.supportThemeIcons = true;
        return hover;
      },
      handleDiagnostics: (uri, diagnostics, next) =>
        next(
          uri,
          diagnostics.map((d) => withLocalDocs(extensionUri, d)),
        ),
    },
  };
}
