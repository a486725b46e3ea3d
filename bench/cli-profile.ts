// Where a cold `career-articles lint <one article>` spends its CPU, as input for start-up work:
// builds the CLI unminified (so the profile has names; otherwise as esbuild.mjs builds it) into
// a folder under bench/corpus/, runs it --runs times under `node --cpu-prof`, and prints the
// samples three ways: by phase (inclusive time of the pipeline's own functions), by module
// (self time, mapped to the source file esbuild placed at each line), and the heaviest
// functions. THIS IS A BENCHMARK, NOT A TEST. Each run is checked: exit 0 or 1 and one file linted.
// Run: npx tsx bench/cli-profile.ts [--runs 10] [--file examples/product-manager-vs-sales-manager.md]
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { finishCachedBundle, trainCodeCache } from '../scripts/code-cache-build.mjs';
import { CORPUS_ROOT } from './corpus.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '10' }, file: { type: 'string', default: 'examples/product-manager-vs-sales-manager.md' } },
  strict: true,
});
const runs = Number(values.runs);
const article = resolve(ROOT, values.file);

// Under bench/corpus/ so the CLI finds data/roles.json by walking up, as dist/cli.js does.
const out = join(CORPUS_ROOT, 'cli-profile');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
const esmRequire = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";
const common: esbuild.BuildOptions = {
  absWorkingDir: ROOT,
  bundle: true,
  mainFields: ['module', 'main'],
  target: 'es2022',
  platform: 'node',
  logLevel: 'warning',
};
// As esbuild.mjs builds them: the CLI as CommonJS run by its launcher with a trained code cache, the worker as ESM.
await esbuild.build({
  ...common,
  entryPoints: ['src/cli/main.ts'],
  outfile: join(out, 'cli-main.cjs'),
  format: 'cjs',
  supported: { 'dynamic-import': false },
  define: { 'import.meta.url': '__importMetaUrl' },
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
});
writeFileSync(join(out, 'package.json'), '{ "type": "module" }\n');
finishCachedBundle(join(out, 'cli-main.cjs'));
await esbuild.build({ ...common, entryPoints: ['src/cli/bin.ts'], outfile: join(out, 'cli.js'), format: 'esm' });
await esbuild.build({
  ...common,
  entryPoints: ['src/cli/worker.ts'],
  outfile: join(out, 'lint-worker.js'),
  format: 'esm',
  banner: { js: esmRequire },
});
trainCodeCache(join(out, 'cli-main.cjs'), ['process', 'lint', '--format', 'json', 'examples']);
const cli = join(out, 'cli.js');

const profiles = join(out, 'profiles');
for (let i = 0; i < runs; i++) {
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', '100', cli, 'lint', article], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1' },
  });
  if ((run.status !== 0 && run.status !== 1) || !/debug: 1 files, 0 from the cache, 1 linted.*code cache accepted/.test(run.stderr)) {
    console.error(
      `Sanity check failed: run ${i + 1} of the CLI did not lint the article (exit ${run.status ?? run.signal}): ${run.stderr}`,
    );
    process.exit(1);
  }
}

// Which source file each line of a bundle comes from: esbuild's `// path` comments. The CLI
// lints in a worker thread (dist/lint-worker.js), which writes a profile of its own.
const BUNDLES = ['cli-main.cjs', 'lint-worker.js'];
const owners = new Map<string, Array<[line: number, path: string]>>();
for (const bundle of BUNDLES) {
  const list: Array<[number, string]> = [[1, 'esbuild runtime helpers']];
  readFileSync(join(out, bundle), 'utf8')
    .split('\n')
    .forEach((line, index) => {
      const path = /^\/\/ ((?:node_modules|src|data|package\.json)\S*)$/.exec(line)?.[1];
      if (path) list.push([index + 1, path]);
    });
  owners.set(bundle, list);
}
const bundleOf = (n: Node) => BUNDLES.find((b) => n.callFrame.url.endsWith(`/cli-profile/${b}`));
const ownerOf = (n: Node): string => {
  const list = owners.get(bundleOf(n)!)!;
  const line = n.callFrame.lineNumber + 1;
  let low = 0;
  let high = list.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (list[mid]![0] <= line) low = mid;
    else high = mid - 1;
  }
  return list[low]![1];
};
const groupOf = (path: string) =>
  /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1] ?? (path.startsWith('src/') ? path.split('/').slice(0, 3).join('/') : path);

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

/**
 * Each sample goes to the first phase whose test its stack (leaf to root) passes, so the phases
 * add up to the whole: the dataset first (its name tables are built inside the first rule that
 * looks a role up), then the parse, the rules, the report, module evaluation, V8's compile.
 */
const PHASES: Array<[string, (stack: Node[], modules: string[]) => boolean]> = [
  [
    'dataset: read, decode, name tables, lookups',
    (_, modules) => modules.some((m) => /^src\/(core\/dataset|node\/bundled-dataset)/.test(m)),
  ],
  [
    'parse: parseArticle (remark, GFM table, front matter, model)',
    (stack) => stack.some((n) => n.callFrame.functionName === 'parseArticle'),
  ],
  ['rules: lintArticle without the dataset', (stack) => stack.some((n) => n.callFrame.functionName === 'lintArticle')],
  ['report: the formatter', (stack) => stack.some((n) => /^format[A-Z]/.test(n.callFrame.functionName))],
  [
    // The ES module's own function (line 1, no name) on the stack: the bundle's top level running.
    "module loading: evaluating the bundles' top level (imports, zod schemas, tables)",
    // esbuild's __init/__require run a lazily wrapped module's top level.
    (stack, modules) =>
      modules.includes('esbuild runtime helpers') ||
      stack.some((n) => bundleOf(n) && n.callFrame.functionName === '' && n.callFrame.lineNumber === 0),
  ],
  ['module loading: V8 compiling the bundles', ([leaf]) => /compile/i.test(leaf!.callFrame.functionName)],
  ['garbage collector', ([leaf]) => leaf!.callFrame.functionName === '(garbage collector)'],
  ['CLI: arguments, config, files, worker start and messages', (stack) => stack.some((n) => bundleOf(n))],
  ["Node.js itself: bootstrap, module loader, I/O, V8's (program)", () => true],
];

const self = new Map<string, number>();
const byModule = new Map<string, number>();
const phases = new Map<string, number>();
let total = 0;
let idle = 0;
const threads = new Map<string, number>();
const files = readdirSync(profiles);
for (const file of files) {
  const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inBundle = (n: Node) => bundleOf(n) !== undefined;
  const thread = profile.nodes.some((n) => bundleOf(n) === 'lint-worker.js') ? 'lint worker thread' : 'main thread';
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i]! / 1000 / runs;
    const leaf = nodes.get(id)!;
    // Idle is a thread waiting (the main thread on its worker): no CPU.
    if (leaf.callFrame.functionName === '(idle)') return void (idle += ms);
    total += ms;
    threads.set(thread, (threads.get(thread) ?? 0) + ms);
    const stack: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at)!);
    // Self time goes to the leaf's module; a native leaf (JSON.parse, RegExp) to the bundle frame that called it.
    const owner = inBundle(leaf) ? leaf : stack.find(inBundle);
    const group =
      leaf.callFrame.url === '' && ['(garbage collector)', '(program)'].includes(leaf.callFrame.functionName)
        ? leaf.callFrame.functionName
        : owner
          ? groupOf(ownerOf(owner))
          : leaf.callFrame.functionName === 'compileSourceTextModule' || /wrapSafe|compile/i.test(leaf.callFrame.functionName)
            ? 'V8 compiling the bundle'
            : 'Node.js itself (bootstrap, module loader, I/O)';
    byModule.set(group, (byModule.get(group) ?? 0) + ms);
    const name = `${leaf.callFrame.functionName || '(anonymous)'} ${inBundle(leaf) ? ownerOf(leaf) : leaf.callFrame.url.replace(/^node:/, '')}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    const modules = stack.filter(inBundle).map(ownerOf);
    const phase = PHASES.find(([, test]) => test(stack, modules))![0];
    phases.set(phase, (phases.get(phase) ?? 0) + ms);
  });
}

const row = (label: string, ms: number) =>
  `  ${label.padEnd(70)} ${ms.toFixed(1).padStart(7)} ms  ${((100 * ms) / total).toFixed(0).padStart(3)}%`;
const top = (map: Map<string, number>, count: number) =>
  [...map]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([label, ms]) => row(label, ms));
console.log(
  `career-articles lint ${values.file}: CPU profiles of ${runs} cold runs (${files.length} threads; unminified build, 100 µs sampling): mean ${total.toFixed(1)} ms of samples per run, besides ${idle.toFixed(1)} ms idle (sample intervals are wall time: load inflates them, read the shares); load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('\nBy thread:');
for (const [thread, ms] of threads) console.log(row(thread, ms));
console.log('\nBy phase (each sample once):');
for (const [phase] of PHASES) console.log(row(phase, phases.get(phase) ?? 0));
console.log('\nBy module (self time):');
console.log(top(byModule, 18).join('\n'));
console.log('\nHeaviest functions (self time):');
console.log(top(self, 20).join('\n'));
console.log(`\nprofiles in ${profiles}`);
