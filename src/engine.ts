// The lint engine, as one module: what the editor needs that costs load time (the Markdown
// parser, the rules' zod schemas, YAML, the dataset readers). The desktop extension loads it
// as its own bundle (dist/engine.cjs) on first use, so activation only compiles the adapter;
// the web build bundles it in (src/vscode/engine.web.ts).
export { lint, fixAll, RULES, createIncrementalParser } from './core/index.js';
export { parseConfigFile, mergeConfigFiles, validateConfigObject } from './core/config/parse.js';
export { resolveConfig, withSeverityOverrides } from './core/config/resolve.js';
export { parseDatasetFile } from './core/dataset/parse-file.js';
