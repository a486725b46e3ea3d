// Activation and keystroke costs of the desktop extension, for the issue notes.
// THIS IS A BENCHMARK, NOT A TEST. It loads the production bundle (esbuild.mjs's `extension`
// target with --production) in plain Node child processes, with a minimal fake `vscode` module
// injected through Module._load only so that the bundle can be required and activate() can run.
// The extension lints nothing itself since it became the language server's client (issue #16):
// each child then starts the server the extension starts (dist/lsp.js over stdio) and opens the
// article in it. Nothing here proves behaviour (test/integration and test/vsix do, in a real VS
// Code), but every child checks its own work: the server's first lint published one diagnostic
// per finding and found what the core's lint() finds on the same text; the re-lints published
// too. A child that fails stops the benchmark (exit 1, "Sanity check failed: ..."). Measured:
// (a) require() of the bundle, (b) activate(), (c) the server's start and first complete lint of a
// 1,500-word article, lazy dataset load included, (d) keystroke re-lints through the core's lint()
// from src/ (tsx) for 1,500 and 20,000 words, with an incremental parser as the server keeps one
// per open document, and through the server (didChange -> diagnostics) for reference.
// Children are fresh processes (cold V8, nothing cached), so (a)-(c) are medians of --runs.
// The children run this same file, bundled to CommonJS, so no tsx hook sits in the timed path.
// Run: npx tsx bench/extension.bench.ts [--runs 11] [--bundle dist/extension.cjs] [--keep] [--smoke]
// (needs dist/lsp.js and dist/lsp-worker.cjs; --keep leaves the temp folder with the bundles;
// --smoke builds, runs one child with three re-lints, checks it and prints only the sanity line)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import Module, { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  DidChangeTextDocumentNotification,
  DidOpenTextDocumentNotification,
  PublishDiagnosticsNotification,
  type Diagnostic,
} from 'vscode-languageserver-protocol/node';
import { initialize, spawnServer } from '../test/helpers/lsp-handshake.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseArgs } from 'node:util';
import { compileFunction } from 'node:vm';

const TARGETS = { activationMs: 50, keystrokeMs: 15, vsixMb: 3 };
const WORDS = { typical: 1_500, large: 20_000 };

// ---------------------------------------------------------------------------------------------
// Child: one cold load of the bundle. Prints one JSON line.

/** Wall-clock and CPU time (this process, all threads): on a shared machine CPU time is the steadier one. */
interface Timing {
  ms: number;
  cpu: number;
}

async function timeIt<T>(run: () => T | Promise<T>): Promise<[T, Timing]> {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = await run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { ms, cpu: (used.user + used.system) / 1000 }];
}

interface ChildSample {
  require: Timing;
  activate: Timing;
  /** In `whole` mode the dataset's lazy load is part of it; in `split` mode it was timed before. */
  firstLint: Timing;
  bundled?: Timing;
  index?: Timing;
  calibrationMs: number;
  adapterRelints: Timing[];
  /** -1 when lintNow returned nothing (not linted, or linted but not published). */
  findings: number;
  /** One key per finding (see findingKey), to compare with lint() on the same text. */
  findingKeys: string[];
  isArticle: boolean;
  /** Diagnostics the fake collection received for the document; -1 when none were set. */
  published: number;
  /** Re-lints through the adapter that linted an article and published (all of them, when sane). */
  relintsPublished: number;
}

/** What identifies a finding across the bundle and src/: rule, message and range. */
function findingKey(finding: {
  ruleId: string;
  messageId?: string;
  message: string;
  start: { offset: number };
  end: { offset: number };
}): string {
  return `${finding.ruleId}/${finding.messageId ?? ''} ${finding.start.offset}-${finding.end.offset} ${finding.message}`;
}

/** Module._load interception: `require('vscode')` from the bundle gets the fake. */
function injectFakeVscode(): ReturnType<typeof createFakeVscode> {
  const fake = createFakeVscode();
  const load = (Module as unknown as { _load: (request: string, ...rest: unknown[]) => unknown })._load;
  (Module as unknown as { _load: typeof load })._load = function (request: string, ...rest: unknown[]) {
    return request === 'vscode' ? fake.module : load.call(this, request, ...rest);
  };
  return fake;
}

/** A fixed amount of plain work (about 10 ms on an idle machine here), to read the other numbers against the machine's load. */
function calibrate(): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < 1e7; i += 1) sink = (sink + i) | 0;
  return performance.now() - start + (sink === 0.5 ? 1 : 0);
}

async function child(
  mode: 'whole' | 'split' | 'activate',
  bundle: string,
  articlePath: string,
  extensionRoot: string,
  relints: number,
): Promise<void> {
  injectFakeVscode();
  const serverScript = join(extensionRoot, 'dist', 'lsp.js');
  const [extension, load] = await timeIt(() => createRequire(bundle)(bundle) as { activate(context: unknown): unknown });
  const context = fallbackObject({
    subscriptions: [] as unknown[],
    extensionUri: FakeUri.file(extensionRoot),
    extensionPath: extensionRoot,
    asAbsolutePath: (path: string) => join(extensionRoot, path),
  });
  const [api, activate] = await timeIt(() => extension.activate(context));
  if (mode === 'activate') {
    console.log(JSON.stringify({ require: load, activate }));
    return;
  }

  if (typeof (api as { server?: unknown }).server !== 'object') throw new Error('activate() returned no `server`');
  // The extension lints nothing itself: the language server (dist/lsp.js, its own process, as
  // the extension starts it) does. (c) is the server's start and first complete lint, as the
  // first opened article meets them; re-lints are keystrokes sent to it as didChange.
  const text = readFileSync(articlePath, 'utf8');
  const uri = pathToFileURL(articlePath).href;
  let server: BenchServer | undefined;
  const split: Pick<ChildSample, 'bundled' | 'index'> = {};
  if (mode === 'split') [server, split.bundled] = await timeIt(() => startBenchServer(serverScript, dirname(articlePath)));
  const [published, firstLint] = await timeIt(async () => {
    server ??= await startBenchServer(serverScript, dirname(articlePath));
    return server.open(uri, text);
  });
  const findings = published.map((d) => diagnosticFinding(text, d));

  const adapterRelints: Timing[] = [];
  let relintsPublished = 0;
  for (let i = 0; i < relints; i += 1) {
    const [relinted, timing] = await timeIt(() => server!.change(uri, typed(text, i), i + 2));
    adapterRelints.push(timing);
    if (relinted.length > 0) relintsPublished += 1;
  }
  server?.stop();
  const sample: ChildSample = {
    require: load,
    activate,
    firstLint,
    ...split,
    calibrationMs: calibrate(),
    adapterRelints,
    findings: findings.length,
    findingKeys: findings.map(findingKey),
    isArticle: findings.length > 0,
    published: published.length,
    relintsPublished,
  };
  console.log(JSON.stringify(sample));
}

/** A diagnostic back as the finding it came from: offsets from its range, the message id from its data. */
function diagnosticFinding(text: string, diagnostic: Diagnostic): Parameters<typeof findingKey>[0] {
  const doc = TextDocument.create('file:///bench.md', 'markdown', 1, text);
  const data = diagnostic.data as { ruleId: string; messageId: string };
  return {
    ruleId: data.ruleId,
    messageId: data.messageId,
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    start: { offset: doc.offsetAt(diagnostic.range.start) },
    end: { offset: doc.offsetAt(diagnostic.range.end) },
  };
}

interface BenchServer {
  open(uri: string, text: string): Promise<Diagnostic[]>;
  change(uri: string, text: string, version: number): Promise<Diagnostic[]>;
  stop(): void;
}

/** The language server over stdio, initialized with `root` as its workspace folder. */
async function startBenchServer(script: string, root: string): Promise<BenchServer> {
  const { child, connection } = spawnServer([script, '--stdio']);
  const waiting = new Map<string, { version: number; resolve: (d: Diagnostic[]) => void }>();
  connection.onNotification(PublishDiagnosticsNotification.type, ({ uri, version, diagnostics }) => {
    const wait = waiting.get(uri);
    if (wait && (version ?? wait.version) >= wait.version) {
      waiting.delete(uri);
      wait.resolve(diagnostics);
    }
  });
  connection.listen();
  await initialize(connection, { root, name: 'bench' });
  const next = (uri: string, version: number) => new Promise<Diagnostic[]>((resolve) => waiting.set(uri, { version, resolve }));
  return {
    async open(uri, text) {
      const published = next(uri, 1);
      await connection.sendNotification(DidOpenTextDocumentNotification.type, {
        textDocument: { uri, languageId: 'markdown', version: 1, text },
      });
      return published;
    },
    async change(uri, text, version) {
      const published = next(uri, version);
      await connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version },
        contentChanges: [{ text }],
      });
      return published;
    },
    stop() {
      connection.dispose();
      child.kill();
    },
  };
}

/** Any property not listed answers with `stub`: a callable, constructible, awaitable nothing. */
const stub: unknown = new Proxy(function stub() {}, {
  get: (_target, key) =>
    key === 'then'
      ? (resolve?: (value: undefined) => void) => resolve?.(undefined)
      : key === Symbol.toPrimitive
        ? () => 'stub'
        : typeof key === 'symbol'
          ? undefined
          : stub,
  apply: () => stub,
  construct: () => stub as object,
});
const fallback = new Proxy(
  {},
  {
    get: (_target, key) => (typeof key === 'symbol' || key === 'then' || key === '__esModule' ? undefined : stub),
  },
);
/** esbuild's __toESM copies own properties onto an object with the same prototype, so the fallback survives. */
function fallbackObject<T extends object>(known: T): T {
  return Object.assign(Object.create(fallback) as object, known);
}

class FakeUri {
  constructor(
    readonly scheme: string,
    readonly authority: string,
    readonly path: string,
    readonly query = '',
    readonly fragment = '',
  ) {}
  get fsPath(): string {
    return this.path;
  }
  static file(path: string): FakeUri {
    return new FakeUri('file', '', path);
  }
  static parse(text: string): FakeUri {
    const url = new URL(text);
    return new FakeUri(url.protocol.slice(0, -1), url.host, decodeURIComponent(url.pathname), url.search.slice(1), url.hash.slice(1));
  }
  static joinPath(uri: FakeUri, ...parts: string[]): FakeUri {
    return uri.with({ path: posix.join(uri.path, ...parts) });
  }
  with(change: Partial<Pick<FakeUri, 'scheme' | 'authority' | 'path' | 'query' | 'fragment'>>): FakeUri {
    return new FakeUri(
      change.scheme ?? this.scheme,
      change.authority ?? this.authority,
      change.path ?? this.path,
      change.query ?? this.query,
      change.fragment ?? this.fragment,
    );
  }
  toString(): string {
    return `${this.scheme}://${this.authority}${this.path}${this.query ? `?${this.query}` : ''}${this.fragment ? `#${this.fragment}` : ''}`;
  }
}

function createFakeVscode(): { module: unknown; published: Map<string, unknown[]>; textDocuments: unknown[] } {
  const published = new Map<string, unknown[]>();
  const textDocuments: unknown[] = [];
  const disposable = { dispose() {} };
  class EventEmitter<T> {
    private readonly listeners = new Set<(value: T) => void>();
    readonly event = (listener: (value: T) => void) => {
      this.listeners.add(listener);
      return { dispose: () => this.listeners.delete(listener) };
    };
    fire(value: T): void {
      this.listeners.forEach((listener) => listener(value));
    }
    dispose(): void {
      this.listeners.clear();
    }
  }
  class Position {
    constructor(
      readonly line: number,
      readonly character: number,
    ) {}
  }
  class Range {
    readonly start: Position;
    readonly end: Position;
    constructor(a: Position | number, b: Position | number, c?: number, d?: number) {
      this.start = typeof a === 'number' ? new Position(a, b as number) : a;
      this.end = typeof a === 'number' ? new Position(c!, d!) : (b as Position);
    }
  }
  class Diagnostic {
    constructor(
      readonly range: Range,
      readonly message: string,
      readonly severity: number,
    ) {}
  }
  // A stand-in for the API's plain data classes: it only keeps what it was built with.
  const plain = class {
    readonly args: unknown[];
    constructor(...args: unknown[]) {
      this.args = args;
    }
  };
  const module = fallbackObject({
    Uri: FakeUri,
    EventEmitter,
    Position,
    Range,
    Diagnostic,
    Location: plain,
    DiagnosticRelatedInformation: plain,
    MarkdownString: plain,
    ThemeColor: plain,
    RelativePattern: plain,
    Disposable: class {
      constructor(readonly dispose: () => void) {}
    },
    DiagnosticSeverity: { Error: 0, Warning: 1, Information: 2, Hint: 3 },
    FileType: { Unknown: 0, File: 1, Directory: 2, SymbolicLink: 64 },
    StatusBarAlignment: { Left: 1, Right: 2 },
    workspace: fallbackObject({
      textDocuments,
      workspaceFolders: undefined,
      getWorkspaceFolder: () => undefined,
      getConfiguration: () => ({
        get: (_key: string, defaultValue?: unknown) => defaultValue,
        has: () => false,
        inspect: () => undefined,
        update: async () => {},
      }),
      asRelativePath: (uri: FakeUri | string) => (typeof uri === 'string' ? uri : uri.fsPath),
      createFileSystemWatcher: () =>
        fallbackObject({ onDidChange: () => disposable, onDidCreate: () => disposable, onDidDelete: () => disposable, dispose() {} }),
      isTrusted: true,
      fs: fallbackObject({
        readFile: (uri: FakeUri) => readFile(uri.fsPath),
        // The config and dataset services stat before they read (only regular files, size-capped).
        stat: async (uri: FakeUri) => {
          const info = await stat(uri.fsPath);
          return { type: info.isFile() ? 1 : info.isDirectory() ? 2 : 0, size: info.size, ctime: info.ctimeMs, mtime: info.mtimeMs };
        },
      }),
    }),
    languages: fallbackObject({
      createDiagnosticCollection: (name: string) =>
        fallbackObject({
          name,
          set: (uri: FakeUri, diagnostics: unknown[]) => published.set(`${name} ${uri.toString()}`, diagnostics),
          delete: (uri: FakeUri) => published.delete(`${name} ${uri.toString()}`),
          dispose() {},
        }),
      // Only asked for include/exclude globs here: nothing matches.
      match: () => 0,
    }),
    window: fallbackObject({
      activeTextEditor: undefined,
      visibleTextEditors: [],
      createStatusBarItem: () => fallbackObject({ show() {}, hide() {}, dispose() {} }),
    }),
    commands: fallbackObject({
      registerCommand: () => disposable,
      executeCommand: () => Promise.resolve(undefined),
    }),
  });
  return { module, published, textDocuments };
}

/** The article as the author types: a word inserted at a position that moves with `i`. */
function typed(text: string, i: number): string {
  const at = text.indexOf('\n\n', Math.floor((text.length * ((i * 37) % 100)) / 100));
  const offset = at < 0 ? Math.floor(text.length / 2) : at;
  return `${text.slice(0, offset)} edit${i}${text.slice(offset)}`;
}

// ---------------------------------------------------------------------------------------------
// Sanity: the work timed is the work claimed. A child whose first lint was not published, or
// whose findings differ from the core's lint() on the same text, stops the benchmark.

/** lint() from src/ (tsx), default config, bundled dataset: what the extension must find too. */
async function expectedFindings(text: string): Promise<string[]> {
  const { lint, resolveConfig } = await import('../src/core/index.js');
  const { createRoleIndex } = await import('../src/core/dataset/index.js');
  const { loadBundledDataset } = await import('../src/node/bundled-dataset.js');
  const result = lint(text, { config: resolveConfig(), dataset: createRoleIndex(await loadBundledDataset()) });
  if (!result.isArticle || result.findings.length === 0)
    throw new SanityError(
      `lint() on the benchmark's article: isArticle=${result.isArticle}, ${result.findings.length} findings; expected an article with findings`,
    );
  return result.findings.map(findingKey);
}

class SanityError extends Error {}

function assertSane(label: string, sample: ChildSample, expected: readonly string[], relints: number): void {
  const problems: string[] = [];
  if (!sample.isArticle || sample.findings < 0)
    problems.push(`the server's first lint published ${sample.findings < 0 ? 'nothing' : 'no finding (not an article?)'}`);
  if (sample.published !== sample.findings) problems.push(`${sample.published} diagnostics published for ${sample.findings} findings`);
  const missing = expected.filter((key) => !sample.findingKeys.includes(key));
  const extra = sample.findingKeys.filter((key) => !expected.includes(key));
  if (sample.findings >= 0 && (missing.length > 0 || extra.length > 0 || sample.findingKeys.length !== expected.length))
    problems.push(
      `${sample.findingKeys.length} findings where lint() on the same text has ${expected.length}${missing[0] ? `; missing: ${missing[0]}` : ''}${extra[0] ? `; unexpected: ${extra[0]}` : ''}`,
    );
  if (sample.relintsPublished !== relints)
    problems.push(`${sample.relintsPublished} of ${relints} re-lints through the language server published`);
  if (problems.length > 0) throw new SanityError(`${label}: ${problems.join('; ')}`);
}

function sanityLine(sample: ChildSample, expected: readonly string[]): string {
  return `Sanity: first lint isArticle=${sample.isArticle}, ${sample.findings} findings, ${sample.published} diagnostics published, lint() on the same text ${expected.length} findings`;
}

// ---------------------------------------------------------------------------------------------
// Parent: build, generate articles, run children, time the core, print the tables.

type Esbuild = typeof import('esbuild');
type Size = keyof typeof WORDS;

async function parent(): Promise<void> {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '11' },
      bundle: { type: 'string' },
      keep: { type: 'boolean', default: false },
      smoke: { type: 'boolean', default: false },
    },
    strict: true,
  });
  // --smoke: the smallest run, one child and its sanity check (test/unit/extension-bench.test.ts runs it).
  const runs = values.smoke ? 1 : Number(values.runs);
  const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const esbuild = await import('esbuild');
  const work = mkdtempSync(join(tmpdir(), 'career-articles-bench-'));
  try {
    const calibrationBefore = median(Array.from({ length: 5 }, calibrate));
    const common = { bundle: true, mainFields: ['module', 'main'], target: 'es2022', logLevel: 'error' as const, absWorkingDir: repoRoot };
    // The subject: esbuild.mjs's `extension` target with --production, built into the temp
    // folder so dist/ is left alone (or the file given with --bundle).
    const extensionTarget = {
      ...common,
      entryPoints: ['src/extension.ts'],
      platform: 'node' as const,
      format: 'cjs' as const,
      external: ['vscode', './client.cjs'],
    };
    const production = join(work, 'extension.cjs');
    // The server the children lint through is the repository's build (dist/lsp.js and its worker).
    if (!existsSync(join(repoRoot, 'dist', 'lsp.js')) || !existsSync(join(repoRoot, 'dist', 'lsp-worker.cjs')))
      throw new Error('dist/lsp.js or dist/lsp-worker.cjs is missing: run `node esbuild.mjs --only=lsp,lsp-worker` first');
    const built = await esbuild.build({ ...extensionTarget, outfile: production, minify: true, sourcemap: false, metafile: true });
    const bundle = values.bundle ? resolve(values.bundle) : production;
    const childScript = join(work, 'child.cjs');
    await esbuild.build({
      ...common,
      entryPoints: [fileURLToPath(import.meta.url)],
      outfile: childScript,
      platform: 'node',
      format: 'cjs',
      external: ['esbuild'],
      define: { 'import.meta.url': JSON.stringify(import.meta.url) },
    });
    const runChild = (args: string[], nodeFlags: string[] = []): string => {
      const env = { ...process.env };
      delete env.NODE_OPTIONS;
      const result = spawnSync(process.execPath, [...nodeFlags, childScript, ...args], { encoding: 'utf8', env, cwd: work });
      if (result.status !== 0) throw new Error(`child ${args[0]} failed: ${result.stderr || result.stdout}`);
      return result.stdout.trim().split('\n').pop()!;
    };

    const articles = makeArticles(repoRoot);
    const typicalFile = join(work, 'typical.md');
    writeFileSync(typicalFile, articles.typical);

    // Every child that lints is checked against lint() from src/ on the same text, at once.
    const expected = await expectedFindings(articles.typical);
    const linted = (label: string, args: string[]): ChildSample => {
      const sample = JSON.parse(runChild(args)) as ChildSample;
      assertSane(label, sample, expected, Number(args[4]));
      return sample;
    };
    const samples: ChildSample[] = [];
    for (let i = 0; i < runs; i += 1)
      samples.push(linted('production bundle', ['--child', bundle, typicalFile, repoRoot, values.smoke ? '3' : i === 0 ? '200' : '0']));
    if (values.smoke) {
      console.log(sanityLine(samples[0]!, expected));
      return;
    }
    const splits: ChildSample[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 3)); i += 1)
      splits.push(linted('production bundle, dataset loaded first', ['--child-split', bundle, typicalFile, repoRoot, '0']));
    // What-if: the same bundle with src/'s `import { z } from 'zod'` read as `import * as z`, which
    // lets esbuild drop the parts of zod never used (the `z` object re-exports all of zod).
    const namespaceZod = join(work, 'namespace-zod.cjs');
    await esbuild.build({
      ...extensionTarget,
      outfile: namespaceZod,
      minify: true,
      sourcemap: false,
      plugins: [zodNamespaceImports(repoRoot)],
    });
    const whatIf = Array.from({ length: runs }, () =>
      linted('what-if bundle (namespace zod)', ['--child', namespaceZod, typicalFile, repoRoot, '0']),
    );
    // What-if: the adapter alone, as if the engine (src/core and its dependencies) were a second
    // bundle required on the first lint. Core imports resolve to a do-nothing stub; only
    // require() and activate() are timed, which touch no engine code.
    const adapterOnly = join(work, 'adapter-only.cjs');
    await esbuild.build({ ...extensionTarget, outfile: adapterOnly, minify: true, sourcemap: false, plugins: [stubEngine(repoRoot)] });
    const adapter = Array.from(
      { length: runs },
      () => JSON.parse(runChild(['--child-activate', adapterOnly, typicalFile, repoRoot, '0'])) as ChildSample,
    );
    const compile = Array.from({ length: runs }, () => JSON.parse(runChild(['--compile-only', bundle])) as Timing);
    const baselineMs = median(Array.from({ length: 5 }, () => Number(runChild(['--require-only', join(work, 'empty.cjs')]))));
    const packageLoads = await timePackageLoads(esbuild, common, work, runs, runChild);
    const profile = await profileLoad(esbuild, extensionTarget, work, runChild);
    const core = await timeCore(articles);
    const parsers = await timeParsers(articles.typical);

    const vsix = join(repoRoot, 'career-articles.vsix');
    report({
      bundleKb: statSync(bundle).size / 1024,
      metafile: built.metafile,
      samples,
      splits,
      compile,
      parsers,
      whatIf: { kb: statSync(namespaceZod).size / 1024, samples: whatIf },
      adapter: { kb: statSync(adapterOnly).size / 1024, samples: adapter },
      baselineMs,
      packageLoads,
      profile,
      core,
      words: { typical: countWords(articles.typical), large: countWords(articles.large) },
      vsix: existsSync(vsix) ? { mb: statSync(vsix).size / 1e6, mtime: statSync(vsix).mtime } : undefined,
      runs,
      calibrationMs: [calibrationBefore, median(Array.from({ length: 5 }, calibrate))],
      expected,
    });
  } finally {
    if (values.keep) console.log(`kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** What src/ calls on `z` (grep `z\.[a-z]+` in src/core), for the zod rows of the dependency table. */
const ZOD_FUNCTIONS =
  'object, strictObject, string, number, int, boolean, array, tuple, optional, nullable, literal, union, discriminatedUnion, record, unknown, url, minimum, maximum';

/** Each dependency alone, minified like the extension, required in a cold process. */
async function timePackageLoads(
  esbuild: Esbuild,
  common: object,
  work: string,
  runs: number,
  runChild: (args: string[]) => string,
): Promise<Array<{ name: string; kb: number; ms: number }>> {
  const packages: Array<[string, string]> = [
    ['zod (import { z } from "zod"), as src/core does', "export { z } from 'zod';"],
    ['zod, the functions src/ calls, as named imports', `export { ${ZOD_FUNCTIONS} } from 'zod';`],
    ['zod/mini, the same functions', `export { ${ZOD_FUNCTIONS} } from 'zod/mini';`],
    ['yaml (parse)', "export { parse } from 'yaml';"],
    [
      'remark (unified, parse, gfm, frontmatter)',
      "export { unified } from 'unified'; export { default as p } from 'remark-parse'; export { default as g } from 'remark-gfm'; export { default as f } from 'remark-frontmatter';",
    ],
    ['csv-parse (sync)', "export { parse } from 'csv-parse/browser/esm/sync';"],
    ['jsonc-parser', "export { parseTree, findNodeAtLocation, getNodeValue, printParseErrorCode } from 'jsonc-parser';"],
  ];
  const loads = [];
  for (const [name, contents] of packages) {
    const outfile = join(work, `package-${loads.length}.cjs`);
    await esbuild.build({
      ...common,
      stdin: { contents, resolveDir: (common as { absWorkingDir: string }).absWorkingDir, loader: 'ts' },
      outfile,
      platform: 'node',
      format: 'cjs',
      minify: true,
    });
    const ms = median(Array.from({ length: Math.max(3, Math.ceil(runs / 2)) }, () => Number(runChild(['--require-only', outfile]))));
    loads.push({ name, kb: statSync(outfile).size / 1024, ms });
  }
  return loads;
}

/**
 * Where require() spends its CPU: V8 CPU profiles of the unminified bundle's load, self time
 * per source line mapped to the module esbuild placed there (its `// path` comments).
 */
async function profileLoad(
  esbuild: Esbuild,
  target: object,
  work: string,
  runChild: (args: string[], flags?: string[]) => string,
): Promise<{ groups: Array<[string, number]>; totalMs: number; runs: number }> {
  const readable = join(work, 'readable.cjs');
  await esbuild.build({ ...target, outfile: readable, minify: false, sourcemap: false });
  const owners: Array<[line: number, group: string]> = [[1, 'esbuild runtime helpers']];
  readFileSync(readable, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const path = /^\/\/ ((?:node_modules|src)\/\S+)$/.exec(line)?.[1];
      if (path) owners.push([index + 1, path.startsWith('src/') ? path : groupOf(path)]);
    });
  const ownerOf = (line: number): string => {
    let low = 0;
    let high = owners.length - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (owners[mid]![0] <= line) low = mid;
      else high = mid - 1;
    }
    return owners[low]![1];
  };
  const profiles = join(work, 'profiles');
  const runs = 3;
  for (let i = 0; i < runs; i += 1)
    runChild(['--load-only', readable], ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', '100']);
  const totals = new Map<string, number>();
  let totalMs = 0;
  for (const file of readdirSync(profiles)) {
    const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as CpuProfile;
    const selfMs = new Map<number, number>();
    profile.samples.forEach((id, i) => selfMs.set(id, (selfMs.get(id) ?? 0) + profile.timeDeltas[i]! / 1000));
    for (const node of profile.nodes) {
      const ms = selfMs.get(node.id) ?? 0;
      if (ms === 0) continue;
      const add = (group: string, value: number): void => void totals.set(group, (totals.get(group) ?? 0) + value / runs);
      if (node.callFrame.url.endsWith('/readable.cjs') && node.positionTicks?.length) {
        const ticks = node.positionTicks.reduce((sum, tick) => sum + tick.ticks, 0);
        for (const tick of node.positionTicks) add(ownerOf(tick.line), (ms * tick.ticks) / ticks);
      } else if (node.callFrame.url.endsWith('/readable.cjs')) add(ownerOf(node.callFrame.lineNumber + 1), ms);
      else if (node.callFrame.url === '') add(node.callFrame.functionName, ms);
      else if (node.callFrame.functionName === 'wrapSafe' || node.callFrame.functionName === 'compileFunction')
        add('V8 compiling the bundle (wrapSafe)', ms);
      else add('Node.js itself (bootstrap, module loader)', ms);
      totalMs += ms / runs;
    }
  }
  return { groups: [...totals].sort((a, b) => b[1] - a[1]), totalMs, runs };
}

interface CpuProfile {
  nodes: Array<{
    id: number;
    callFrame: { functionName: string; url: string; lineNumber: number };
    positionTicks?: Array<{ line: number; ticks: number }>;
  }>;
  samples: number[];
  timeDeltas: number[];
}

/** esbuild plugin for the what-if bundle: rewrites `import { z } from 'zod'` in src/ to a namespace import. */
function zodNamespaceImports(repoRoot: string): import('esbuild').Plugin {
  return {
    name: 'zod-namespace-imports',
    setup(build) {
      build.onLoad({ filter: /\.ts$/ }, (args) => {
        if (!args.path.startsWith(join(repoRoot, 'src'))) return undefined;
        const contents = readFileSync(args.path, 'utf8').replace(/^import \{ z \} from 'zod';$/gm, "import * as z from 'zod';");
        return { contents, loader: 'ts' };
      });
    },
  };
}

/** esbuild plugin for the adapter-only bundle: every import of src/core from outside it gets a stub. */
function stubEngine(repoRoot: string): import('esbuild').Plugin {
  const core = join(repoRoot, 'src', 'core');
  return {
    name: 'stub-engine',
    setup(build) {
      build.onResolve({ filter: /\/core\// }, (args) =>
        args.importer.startsWith(core) || !resolve(args.resolveDir, args.path).startsWith(core)
          ? undefined
          : { path: 'engine', namespace: 'stub' },
      );
      // CommonJS whose prototype answers every name, so esbuild's __toESM copy keeps answering.
      build.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
        contents: `const stub = new Proxy(function () {}, { get: (t, k) => (k === Symbol.toPrimitive ? () => 'stub' : k === 'then' || typeof k === 'symbol' ? undefined : stub), apply: () => stub, construct: () => stub });
module.exports = Object.create(new Proxy({}, { get: (t, k) => (typeof k === 'symbol' || k === 'then' || k === '__esModule' ? undefined : stub) }));`,
        loader: 'js',
      }));
    },
  };
}

/** A package name, or the first two folders of a source path. */
function groupOf(path: string): string {
  return /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? path.split('/').slice(0, 2).join('/');
}

interface CoreTimes {
  dataset: { read: Timing; parse: Timing; decode: Timing; alternates: Timing; occupations: number };
  relint: Record<Size, { samples: Timing[]; parse: Timing[]; findings: number }>;
  /** Median extra time of each rule over the parsed typical article. */
  rules: Array<[string, number]>;
}

function timeSync<T>(run: () => T): [T, Timing] {
  const cpu = process.cpuUsage();
  const start = performance.now();
  const result = run();
  const ms = performance.now() - start;
  const used = process.cpuUsage(cpu);
  return [result, { ms, cpu: (used.user + used.system) / 1000 }];
}

/** (d): the core's lint() with the bundled dataset, each call on a freshly "typed" text. */
async function timeCore(articles: Record<Size, string>): Promise<CoreTimes> {
  const { createIncrementalParser, lint, lintArticle, parseArticle, resolveConfig, RULES } = await import('../src/core/index.js');
  const { createRoleIndex, decodeBundledDataset } = await import('../src/core/dataset/index.js');
  const { findBundledDataset } = await import('../src/node/bundled-dataset.js');
  const [text, read] = timeSync(() => readFileSync(findBundledDataset(), 'utf8'));
  const [json, parse] = timeSync(() => JSON.parse(text) as unknown);
  const [occupations, decode] = timeSync(() => decodeBundledDataset(json));
  const dataset = createRoleIndex(occupations);
  dataset.match('Sales Managers');
  // "Product Manager" is an O*NET alternate title: its first match builds the alternate-title table.
  const alternates = timeSync(() => dataset.match('Product Manager'))[1];
  const config = resolveConfig();
  const relint = {} as CoreTimes['relint'];
  for (const [size, article] of Object.entries(articles) as Array<[Size, string]>) {
    const [warmup, count] = size === 'typical' ? [30, 300] : [5, 60];
    // As the extension lints an open document: with that document's incremental parser.
    const parser = createIncrementalParser();
    for (let i = 0; i < warmup; i += 1) lint(typed(article, i), { config, dataset, parser });
    const samples = Array.from({ length: count }, (_, i) => typed(article, warmup + i)).map(
      (edited) => timeSync(() => lint(edited, { config, dataset, parser }))[1],
    );
    const parses = Array.from({ length: Math.min(count, 50) }, (_, i) => typed(article, i)).map(
      (edited) => timeSync(() => parseArticle(edited, config))[1],
    );
    relint[size] = { samples, parse: parses, findings: lint(article, { config, dataset }).findings.length };
  }
  // One rule at a time over freshly parsed copies of the typical article, minus no rule at all.
  const perRule = (id: string | undefined): number => {
    const only = resolveConfig({ rules: Object.fromEntries(RULES.filter((r) => r.id !== id).map((r) => [r.id, 'off'])) });
    const parsed = Array.from({ length: 40 }, (_, i) => parseArticle(typed(articles.typical, i), config));
    return median(parsed.map((article) => timeSync(() => lintArticle(article, { config: only, dataset }))[1].cpu));
  };
  const none = perRule(undefined);
  const rules = RULES.map((rule): [string, number] => [rule.id, Math.max(0, perRule(rule.id) - none)]).sort((a, b) => b[1] - a[1]);
  return { dataset: { read, parse, decode, alternates, occupations: occupations.length }, relint, rules };
}

/** How much of the parse the Markdown extensions cost: the core's set-up against lighter ones. */
async function timeParsers(text: string): Promise<Array<[string, Timing]>> {
  const { unified } = await import('unified');
  const remarkParse = (await import('remark-parse')).default;
  const remarkGfm = (await import('remark-gfm')).default;
  const remarkFrontmatter = (await import('remark-frontmatter')).default;
  const { gfmTable } = await import('micromark-extension-gfm-table');
  const { gfmTableFromMarkdown } = await import('mdast-util-gfm-table');
  /** GFM tables without the rest of GFM (autolink literals, footnotes, strikethrough, task lists). */
  function gfmTablesOnly(this: import('unified').Processor): void {
    const data = this.data();
    (data.micromarkExtensions ??= []).push(gfmTable());
    (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
  }
  const setups: Array<[string, { parse(text: string): unknown }]> = [
    ['remark-parse (CommonMark only)', unified().use(remarkParse).freeze()],
    ['remark-parse + remark-gfm + front matter (now)', unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml']).freeze()],
    [
      'remark-parse + GFM tables only + front matter',
      unified().use(remarkParse).use(gfmTablesOnly).use(remarkFrontmatter, ['yaml']).freeze(),
    ],
  ];
  return setups.map(([name, processor]): [string, Timing] => {
    for (let i = 0; i < 10; i += 1) processor.parse(typed(text, i));
    const timings = Array.from({ length: 100 }, (_, i) => typed(text, i)).map((edited) => timeSync(() => processor.parse(edited))[1]);
    return [name, { ms: median(timings.map((t) => t.ms)), cpu: median(timings.map((t) => t.cpu)) }];
  });
}

// ---------------------------------------------------------------------------------------------
// Articles: the three examples' paragraphs, rotated into a Product Manager vs. Sales Manager
// article until it reaches the word count, with a salary sentence every few paragraphs (every
// fourth one wrong, so salary-mismatch has work to report). Deterministic.

function makeArticles(repoRoot: string): Record<keyof typeof WORDS, string> {
  const paragraphs = [
    'product-manager-vs-sales-manager',
    'registered-nurse-vs-nurse-practitioner',
    'software-developer-vs-web-developer',
  ].flatMap((name) =>
    readFileSync(join(repoRoot, 'examples', `${name}.md`), 'utf8')
      .split(/\n{2,}/)
      .map((p) => p.trim())
      .filter((p) => p.length > 80 && !p.startsWith('#'))
      .map((p) => p.replace(/\$[\d,]+/g, '$100,000')),
  );
  const salary = (i: number): string => {
    const [role, right] = i % 2 === 0 ? ['Sales managers', 160_930] : ['Product managers', 171_520];
    const figure = i % 4 === 3 ? 83_778 : right + ((i * 997) % 9_000) - 4_500;
    return `According to the BLS, ${role.toLowerCase()} earn an average salary of $${figure.toLocaleString('en-US')} per year.`;
  };
  const build = (target: number): string => {
    const sections = ['Job Duties', 'Job Requirements', 'Work Environment', 'Skills', 'Salary'];
    const bodies: string[][] = sections.map(() => []);
    const head = [
      '# Product Manager vs. Sales Manager: What Are the Differences?',
      paragraphs[0]!,
      '## What is a Product Manager?',
      'A product manager owns the direction of a product, talks to customers every week and turns what they need into a roadmap that engineers can deliver.',
      '## What is a Sales Manager?',
      'A sales manager leads a team of sales representatives, sets their quotas, coaches them through hard deals and forecasts the quarter for leadership.',
      '## Product Manager vs. Sales Manager',
    ];
    const render = (): string =>
      `${[...head, ...sections.flatMap((title, s) => [`### ${title}`, ...bodies[s]!]), 'Source: U.S. Bureau of Labor Statistics, OEWS May 2025.'].join('\n\n')}\n`;
    for (let i = 0; countWords(render()) < target; i += 1) {
      const paragraph = paragraphs[(i * 7) % paragraphs.length]!;
      bodies[i % sections.length]!.push(i % 3 === 0 ? `${paragraph} ${salary(i)}` : paragraph);
    }
    return render();
  };
  return { typical: build(WORDS.typical), large: build(WORDS.large) };
}

function countWords(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// ---------------------------------------------------------------------------------------------
// Report

function median(values: number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

interface Report {
  bundleKb: number;
  metafile: import('esbuild').Metafile;
  samples: ChildSample[];
  splits: ChildSample[];
  compile: Timing[];
  parsers: Array<[string, Timing]>;
  whatIf: { kb: number; samples: ChildSample[] };
  adapter: { kb: number; samples: ChildSample[] };
  baselineMs: number;
  packageLoads: Array<{ name: string; kb: number; ms: number }>;
  profile: { groups: Array<[string, number]>; totalMs: number; runs: number };
  core: CoreTimes;
  words: Record<Size, number>;
  vsix: { mb: number; mtime: Date } | undefined;
  runs: number;
  calibrationMs: [before: number, after: number];
  /** Keys of lint()'s findings (src/, tsx) on the typical article, which every child must match. */
  expected: string[];
}

function report(r: Report): void {
  const ms = (value: number): string => `${value.toFixed(1)} ms`;
  const mid = (timings: Timing[]): Timing => ({ ms: median(timings.map((t) => t.ms)), cpu: median(timings.map((t) => t.cpu)) });
  const pick = (list: ChildSample[], key: 'require' | 'activate' | 'firstLint' | 'bundled' | 'index'): Timing =>
    mid(list.map((s) => s[key]!));
  const sum = (...timings: Timing[]): Timing => ({
    ms: timings.reduce((t, x) => t + x.ms, 0),
    cpu: timings.reduce((t, x) => t + x.cpu, 0),
  });
  const at = (timings: Timing[], p: number): Timing => ({
    ms: percentile(
      timings.map((t) => t.ms),
      p,
    ),
    cpu: percentile(
      timings.map((t) => t.cpu),
      p,
    ),
  });
  const first = r.samples[0]!;
  const rows: string[][] = [];
  const row = (label: string, timing: Timing | string, target?: number, unit = 'ms'): void => {
    const [wall, cpu] = typeof timing === 'string' ? [timing, ''] : [ms(timing.ms), ms(timing.cpu)];
    const value = typeof timing === 'string' ? undefined : timing.cpu;
    const verdict =
      target === undefined || value === undefined ? '' : `${(value / target).toFixed(2)}× ${value <= target ? 'ok' : 'MISSED'}`;
    rows.push([label, wall, cpu, target === undefined ? '' : `< ${target} ${unit}`, verdict]);
  };

  console.log(
    `Extension benchmark: production bundle ${r.bundleKb.toFixed(0)} KiB; (a)-(c) medians of ${r.runs} cold Node ${process.version} processes`,
  );
  console.log(
    `Articles: typical ${r.words.typical} words (${r.core.relint.typical.findings} findings), large ${r.words.large} words (${r.core.relint.large.findings} findings)`,
  );
  console.log(
    `Machine: load average ${loadavg()
      .map((l) => l.toFixed(1))
      .join(
        ' ',
      )} on ${cpus().length} CPUs; calibration loop ${ms(r.calibrationMs[0])} before, ${ms(r.calibrationMs[1])} after, ${ms(median(r.samples.map((s) => s.calibrationMs)))} in the children (about 10 ms when idle).`,
  );
  console.log('Targets are judged on CPU time, which other processes on a busy machine disturb far less than wall-clock time.\n');
  const [load, activate] = [pick(r.samples, 'require'), pick(r.samples, 'activate')];
  row('(a) require(extension.cjs)', load);
  row('    of which V8 compile (vm.compileFunction alone)', mid(r.compile));
  row('(b) activate()', activate);
  row('(a)+(b) activation, dataset left for later', sum(load, activate), TARGETS.activationMs);
  const [whatIfLoad, whatIfActivate] = [pick(r.whatIf.samples, 'require'), pick(r.whatIf.samples, 'activate')];
  row(
    `    what-if: \`import * as z from 'zod'\` in src (${r.whatIf.kb.toFixed(0)} KiB bundle)`,
    sum(whatIfLoad, whatIfActivate),
    TARGETS.activationMs,
  );
  row(
    `    what-if: engine split out, loaded on first lint (${r.adapter.kb.toFixed(0)} KiB)`,
    sum(pick(r.adapter.samples, 'require'), pick(r.adapter.samples, 'activate')),
    TARGETS.activationMs,
  );
  row(`(c) server start + first complete lint, ${r.words.typical} words, dataset load incl.`, pick(r.samples, 'firstLint'));
  row('    server process start and initialize', pick(r.splits, 'bundled'));
  row('    open -> first diagnostics (worker boot and dataset load overlap the start)', pick(r.splits, 'firstLint'));
  row('    of which: first alternate-title match (tsx, src)', r.core.dataset.alternates);
  for (const size of ['typical', 'large'] as const) {
    const { samples, parse } = r.core.relint[size];
    const target = size === 'typical' ? TARGETS.keystrokeMs : undefined;
    row(`(d) re-lint, ${r.words[size]} words (${size}): p50`, at(samples, 50), target);
    row('    p95', at(samples, 95), target);
    row(`    p99 (${samples.length} lints)`, at(samples, 99), target);
    row('    parseArticle alone, whole parse (remark + model), p50', at(parse, 50));
  }
  if (first.adapterRelints.length > 0)
    row(`    typical, through the language server (didChange -> diagnostics), p50`, at(first.adapterRelints, 50));
  if (r.vsix) row(`.vsix (built ${r.vsix.mtime.toISOString().slice(0, 16)})`, `${r.vsix.mb.toFixed(2)} MB`);
  else row('.vsix', 'none: run npm run package');
  if (r.vsix)
    rows[rows.length - 1]!.splice(
      3,
      2,
      `< ${TARGETS.vsixMb} MB`,
      `${(r.vsix.mb / TARGETS.vsixMb).toFixed(2)}× ${r.vsix.mb < TARGETS.vsixMb ? 'ok' : 'MISSED'}`,
    );
  table(['measure', 'wall', 'CPU', 'target', 'CPU / target'], rows);
  console.log(
    `${sanityLine(first, r.expected)} (what-if bundle: ${r.whatIf.samples[0]!.findings} findings); require() of an empty file ${ms(r.baselineMs)}`,
  );

  console.log(
    `\nWhere require() spends CPU: self time by module, V8 CPU profile of the unminified bundle (mean of ${r.profile.runs} loads, ${ms(r.profile.totalMs)} per process incl. Node's own start):`,
  );
  table(
    ['module', 'self time', 'share'],
    r.profile.groups.slice(0, 12).map(([name, value]) => [name, ms(value), `${((100 * value) / r.profile.totalMs).toFixed(0)}%`]),
  );
  console.log('\nEach dependency alone (minified, cold process, median wall time of require):');
  table(
    ['dependency', 'size', 'require'],
    r.packageLoads.map((load) => [load.name, `${load.kb.toFixed(0)} KiB`, ms(load.ms)]),
  );

  const output = Object.values(r.metafile.outputs)[0]!;
  const groups = new Map<string, number>();
  for (const [path, input] of Object.entries(output.inputs))
    groups.set(groupOf(path), (groups.get(groupOf(path)) ?? 0) + input.bytesInOutput);
  console.log(`\nLargest inputs of the production bundle (esbuild metafile, bytes in output of ${(output.bytes / 1024).toFixed(0)} KiB):`);
  table(
    ['input', 'size', 'share'],
    [...groups]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 8)
      .map(([name, bytes]) => [name, `${(bytes / 1024).toFixed(1)} KiB`, `${((100 * bytes) / output.bytes).toFixed(0)}%`]),
  );
  console.log(`\nParser set-ups on the typical article (median CPU time of 100 parses; the core uses the second):`);
  table(
    ['parser', 'CPU'],
    r.parsers.map(([name, timing]) => [name, ms(timing.cpu)]),
  );
  console.log(`\nEach rule's own CPU time on the typical article (median over 40 parsed copies, parse excluded):`);
  table(
    ['rule', 'time'],
    r.core.rules.map(([id, value]) => [id, ms(value)]),
  );
}

/** Left-aligned text, right-aligned numbers. */
function table(header: string[], rows: string[][]): void {
  const all = [header, ...rows];
  const widths = header.map((_, c) => Math.max(...all.map((cells) => (cells[c] ?? '').length)));
  for (const cells of all) {
    console.log(
      `  ${header.map((_, c) => (c === 1 || /^[\d.]+ (ms|KiB|MiB)|^\d+%$/.test(cells[c] ?? '') ? (cells[c] ?? '').padStart(widths[c]!) : (cells[c] ?? '').padEnd(widths[c]!))).join('  ')}`.trimEnd(),
    );
  }
}

// ---------------------------------------------------------------------------------------------

const childModes = { '--child': 'whole', '--child-split': 'split', '--child-activate': 'activate' } as const;
if (process.argv[2]! in childModes) {
  const [bundle, article, root, relints] = process.argv.slice(3);
  void child(childModes[process.argv[2] as keyof typeof childModes], bundle!, article!, root!, Number(relints ?? 0));
} else if (process.argv[2] === '--load-only') {
  // For the CPU profile: the fake vscode and the bundle's require, nothing else.
  injectFakeVscode();
  createRequire(process.argv[3]!)(process.argv[3]!);
} else if (process.argv[2] === '--compile-only') {
  // V8's compile of the bundle as Node's CommonJS loader does it, without running it.
  const file = process.argv[3]!;
  const source = readFileSync(file, 'utf8');
  console.log(
    JSON.stringify(
      timeSync(() => compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname'], { filename: file }))[1],
    ),
  );
} else if (process.argv[2] === '--require-only') {
  // The time to require one file cold, for the per-dependency table and the baseline.
  const file = process.argv[3]!;
  if (!existsSync(file)) writeFileSync(file, '');
  const start = performance.now();
  createRequire(file)(file);
  console.log(performance.now() - start);
} else {
  parent().catch((error: unknown) => {
    if (error instanceof SanityError) console.error(`Sanity check failed: ${error.message}`);
    else console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
}
