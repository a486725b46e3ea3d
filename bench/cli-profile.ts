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
for (const [entry, file] of [
  ['src/cli/main.ts', 'cli.js'],
  ['src/cli/worker.ts', 'lint-worker.js'],
])
  await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: [entry!],
    outfile: join(out, file!),
    bundle: true,
    mainFields: ['module', 'main'],
    target: 'es2022',
    platform: 'node',
    format: 'esm',
    banner: { js: `${file === 'cli.js' ? '#!/usr/bin/env node\n' : ''}${esmRequire}` },
    logLevel: 'warning',
  });
const cli = join(out, 'cli.js');

const profiles = join(out, 'profiles');
for (let i = 0; i < runs; i++) {
  const run = spawnSync(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profiles, '--cpu-prof-interval', '100', cli, 'lint', article], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', CAREER_ARTICLES_DEBUG: '1' },
  });
  if ((run.status !== 0 && run.status !== 1) || !/debug: 1 files, 0 from the cache, 1 linted/.test(run.stderr)) {
    console.error(
      `Sanity check failed: run ${i + 1} of the CLI did not lint the article (exit ${run.status ?? run.signal}): ${run.stderr}`,
    );
    process.exit(1);
  }
}

// Which source file each line of the bundle comes from: esbuild's `// path` comments.
const owners: Array<[line: number, path: string]> = [[1, 'esbuild runtime helpers']];
readFileSync(cli, 'utf8')
  .split('\n')
  .forEach((line, index) => {
    const path = /^\/\/ ((?:node_modules|src|data|package\.json)\S*)$/.exec(line)?.[1];
    if (path) owners.push([index + 1, path]);
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

/** The pipeline's phases, by the functions that run them (inclusive time; a sample counts once per phase). */
const PHASES: Array<[string, RegExp]> = [
  ['whole run: main()', /^main$/],
  ['  lintFiles (read, lint, report each file)', /^lintFiles$/],
  ['  dataset: roleIndexFor (read, JSON.parse, decode, index)', /^roleIndexFor$/],
  ['    decodeBundledDataset', /^decodeBundledDataset$/],
  ['    createRoleIndex', /^createRoleIndex$/],
  ['  config: resolveConfig / config loading', /^(resolveConfig|loadConfig|configFor|findConfig)$/],
  ['  parseArticle (remark + GFM table + front matter + model)', /^parseArticle$/],
  ['  lintArticle (every rule, suppressions)', /^lintArticle$/],
  ['  report (formatter)', /^format[A-Z]\w*$/],
];

const self = new Map<string, number>();
const byModule = new Map<string, number>();
const phases = new Map<string, number>();
let total = 0;
let loading = 0;
const files = readdirSync(profiles);
for (const file of files) {
  const profile = JSON.parse(readFileSync(join(profiles, file), 'utf8')) as Profile;
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inBundle = (n: Node) => n.callFrame.url.endsWith('/cli-profile/cli.js');
  profile.samples.forEach((id, i) => {
    const ms = profile.timeDeltas[i]! / 1000 / files.length;
    const leaf = nodes.get(id)!;
    total += ms;
    const stack: Node[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at)!);
    // Self time goes to the leaf's module; a native leaf (JSON.parse, RegExp) to the bundle frame that called it.
    const owner = inBundle(leaf) ? leaf : stack.find(inBundle);
    const group =
      leaf.callFrame.url === '' && ['(garbage collector)', '(program)', '(idle)'].includes(leaf.callFrame.functionName)
        ? leaf.callFrame.functionName
        : owner
          ? groupOf(ownerOf(owner.callFrame.lineNumber + 1))
          : leaf.callFrame.functionName === 'compileSourceTextModule' || /wrapSafe|compile/i.test(leaf.callFrame.functionName)
            ? 'V8 compiling the bundle'
            : 'Node.js itself (bootstrap, module loader, I/O)';
    byModule.set(group, (byModule.get(group) ?? 0) + ms);
    const name = `${leaf.callFrame.functionName || '(anonymous)'} ${inBundle(leaf) ? ownerOf(leaf.callFrame.lineNumber + 1) : leaf.callFrame.url.replace(/^node:/, '')}`;
    self.set(name, (self.get(name) ?? 0) + ms);
    // The bundle's top level (the ES module's own function) on the stack: evaluating modules.
    if (stack.some((n) => inBundle(n) && n.callFrame.functionName === '' && n.callFrame.lineNumber === 0)) loading += ms;
    for (const [phase, pattern] of PHASES)
      if (stack.some((n) => inBundle(n) && pattern.test(n.callFrame.functionName))) phases.set(phase, (phases.get(phase) ?? 0) + ms);
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
  `career-articles lint ${values.file}: CPU profile of ${files.length} cold runs (unminified build, 100 µs sampling), mean per run ${total.toFixed(1)} ms of samples; load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log('\nBy phase (inclusive):');
for (const [phase] of PHASES) console.log(row(phase, phases.get(phase) ?? 0));
console.log(row("evaluating the bundle's top level (module loading: imports, zod schemas, tables)", loading));
console.log('\nBy module (self time):');
console.log(top(byModule, 18).join('\n'));
console.log('\nHeaviest functions (self time):');
console.log(top(self, 20).join('\n'));
console.log(`\nprofiles in ${profiles}`);
