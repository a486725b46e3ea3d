// The language client on demand (desktop build): dist/client.cjs (vscode-languageclient and
// its protocol) is required when the first article opens, not at activation. esbuild leaves
// this require alone (the extension target marks it external).
import type * as ClientModule from './language-client.js';

export type LanguageClientModule = typeof ClientModule;

declare const require: (id: string) => unknown;

export function languageClientModule(): LanguageClientModule {
  return require('./client.cjs') as LanguageClientModule;
}
