// The language client in the web build: a web worker cannot require a second file, so it is
// bundled in. esbuild substitutes this module for client-loader.ts in the web-extension target.
import * as ClientModule from './language-client.web.js';

export type LanguageClientModule = typeof ClientModule;

export function languageClientModule(): LanguageClientModule {
  return ClientModule;
}
