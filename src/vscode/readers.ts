// The readers bundle on demand (desktop build): dist/readers.cjs (the HTML parser, the
// Markdown writer) is required for the first HTML article or conversion, not at the first
// lint. esbuild leaves this require alone (the extension target marks it external).
import type * as ReadersModule from '../readers.js';

export type Readers = typeof ReadersModule;

declare const require: (id: string) => unknown;

let loaded: Readers | undefined;

export function readers(): Readers {
  loaded ??= require('./readers.cjs') as Readers;
  return loaded;
}
