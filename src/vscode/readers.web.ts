// The readers in the web build: a web worker cannot require a second file, so they are
// bundled in. esbuild substitutes this module for readers.ts in the web-extension target.
import * as ReadersModule from '../readers.js';

export type Readers = typeof ReadersModule;

export function readers(): Readers {
  return ReadersModule;
}
