// The engine on demand (desktop build): dist/engine.cjs is required on the first lint, not
// at activation. esbuild leaves this require alone (the extension target marks it external).
import type * as EngineModule from '../engine.js';

export type Engine = typeof EngineModule;

declare const require: (id: string) => unknown;

let loaded: Engine | undefined;

export function engine(): Engine {
  loaded ??= require('./engine.cjs') as Engine;
  return loaded;
}
