// The engine in the web build: a web worker cannot require a second file, so it is bundled
// in. esbuild substitutes this module for engine.ts in the web-extension target.
import * as EngineModule from '../engine.js';

export type Engine = typeof EngineModule;

export function engine(): Engine {
  return EngineModule;
}
