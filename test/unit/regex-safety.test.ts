// No regular expression in src/core can be made slow. Every pattern is collected: the regex
// literals of every source file (read with the TypeScript parser), and every pattern built
// with `new RegExp` while the core modules load and lint the examples (so patterns built
// from role names are included). Each is analysed by recheck (automata theory, else fuzzing
// with a fixed seed): a pattern it finds exponential or polynomial on some input fails, with
// the attack string's shape. The analysis counts matching steps, not time, so a busy machine
// cannot change the answer. Sticky patterns are checked as global ones: their callers try
// them at many positions. The last tests prove the checker catches `/(a+)+$/` and `/\s+$/`.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { checkSync } from 'recheck';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORE = join(ROOT, 'src/core');
interface Pattern {
  source: string;
  flags: string;
  where: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

/** Every regex literal in src/core, with its file and line. */
function literalPatterns(): Pattern[] {
  const found: Pattern[] = [];
  for (const file of sourceFiles(CORE)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        found.push({ source: text.slice(1, end), flags: text.slice(end + 1), where: `${relative(ROOT, file)}:${line}` });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return found;
}

/** The files that call the RegExp constructor: their patterns are recorded at run time. */
function constructorCallers(): string[] {
  return sourceFiles(CORE).filter((file) => /\bRegExp\(/.test(readFileSync(file, 'utf8').replace(/\/\/.*$/gm, '')));
}

/** Patterns built with `new RegExp(...)`: recorded while the core loads and lints the examples. */
async function constructedPatterns(): Promise<Pattern[]> {
  const found: Pattern[] = [];
  const Original = globalThis.RegExp;
  const record = (args: unknown[]) => {
    const made = Reflect.construct(Original, args) as RegExp;
    // Only patterns that core code itself builds (not those of zod or micromark).
    const caller =
      new Error().stack
        ?.split('\n')
        .slice(1)
        .find((line) => !line.includes('regex-safety.test')) ?? '';
    const where = /src\/core\/[^:)]+:\d+/.exec(caller)?.[0];
    if (where) found.push({ source: made.source, flags: made.flags, where: `${where} (constructed)` });
    return made;
  };
  globalThis.RegExp = new Proxy(Original, { construct: (_target, args) => record(args), apply: (_target, _this, args) => record(args) });
  try {
    const core = await import('../../src/core/index.js');
    // The preview and the site report are not behind the core's index: load and run them too.
    const { buildPreviewModel } = await import('../../src/core/preview/model.js');
    const { bundledRoleIndex } = await import('./helpers/dataset.js');
    const dataset = await bundledRoleIndex();
    // The house style's patterns are built from a config: read one (the careers preset, a
    // pattern, an acronym) as the editor would, and lint the examples with it too.
    const styleConfig = {
      style: {
        presets: ['careers'],
        patterns: [{ pattern: '\\bclick here\\b', flags: 'i', message: 'Unexpected link text' }],
        acronyms: [{ acronym: 'RN', expansion: 'registered nurse' }],
      },
    };
    const styled = core.parseConfig(JSON.stringify(styleConfig), 'style.json');
    assert.ok(styled.ok);
    for (const name of readdirSync(join(ROOT, 'examples'))) {
      const text = readFileSync(join(ROOT, 'examples', name), 'utf8');
      core.fixAll(text, { dataset });
      core.fixAll(text, { dataset, config: styled.value, force: true });
      const config = styled.value;
      const result = core.lint(text, { dataset, config });
      buildPreviewModel({ result, dataset, config, uri: `file:///${name}`, fileName: name, version: 1 });
    }
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

function unique(patterns: Pattern[]): Pattern[] {
  const byKey = new Map<string, Pattern>();
  for (const p of patterns) if (!byKey.has(`/${p.source}/${p.flags}`)) byKey.set(`/${p.source}/${p.flags}`, p);
  return [...byKey.values()];
}

/** Characters of a confirming attack: a quadratic scan of this many needs about 10^12 steps. */
const ATTACK_SIZE = 1_000_000;
/** A linear scan of ATTACK_SIZE takes well under a second even on a loaded machine; a quadratic one, hours. */
const CONFIRM_LIMIT_MS = 20_000;

/** The scan in a worker: every match of a global pattern, as callers scan. */
const SCAN = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const regex = new RegExp(workerData.source, workerData.flags);
for (let from = 0; regex.test(workerData.text); from = regex.lastIndex) if (regex.lastIndex === from) regex.lastIndex++;
parentPort.postMessage('done');
`;

/** Whether scanning `text` with the real engine runs past CONFIRM_LIMIT_MS. */
function scanRunsAway(source: string, flags: string, text: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(SCAN, { eval: true, workerData: { source, flags, text } });
    const timer = setTimeout(() => {
      void worker.terminate();
      resolve(true);
    }, CONFIRM_LIMIT_MS);
    worker.on('message', () => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(false);
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/**
 * Why the pattern can be made slow, or undefined when it cannot. recheck decides (`d`, match
 * indices, does not change matching and recheck does not read it; `y` is checked as `g`). A
 * proof by automata theory stands. A finding of its fuzzer is an estimate from short strings
 * that can be wrong for bounded repeats ("\d{1,3}(?:,\d{3}){1,4}" grows like a polynomial
 * until the bound, then linearly), so it stands only when its attack, pumped to a million
 * characters, makes the real engine run away: the gap between linear (milliseconds) and
 * quadratic (hours) is too wide for a busy machine to blur.
 */
async function problemOf(pattern: Pattern): Promise<string | undefined> {
  const bare = pattern.flags.replace(/[dy]/g, '');
  const flags = bare.includes('g') ? bare : `${bare}g`;
  // A fixed seed and no time limit: the answer cannot depend on the machine's load.
  const result = checkSync(pattern.source, flags, { randomSeed: 1, timeout: null });
  if (result.status === 'safe') return undefined;
  if (result.status !== 'vulnerable') {
    return `not analysed (${result.error.kind}${'message' in result.error ? `: ${result.error.message}` : ''})`;
  }
  const { pumps, suffix } = result.attack;
  const summary = `${result.complexity.summary}: repeat ${pumps.map((p) => JSON.stringify(p.pump)).join(' + ')}`;
  if (result.checker === 'automaton' || result.complexity.type === 'exponential') return summary;
  const times = Math.ceil(ATTACK_SIZE / pumps.reduce((size, p) => size + p.pump.length, 0));
  const attack = pumps.map((p) => p.prefix + p.pump.repeat(times)).join('') + suffix;
  return (await scanRunsAway(pattern.source, flags, attack))
    ? `${summary}, confirmed: the attack ran past ${CONFIRM_LIMIT_MS / 1000} s`
    : undefined;
}

let patterns: Pattern[] = [];
let callers: string[] = [];
before(async () => {
  callers = constructorCallers();
  patterns = unique([...literalPatterns(), ...(await constructedPatterns())]);
});

describe('regular expressions in src/core', () => {
  test('are all found: literals from the sources and patterns built with new RegExp', () => {
    assert.ok(patterns.length >= 50, `only ${patterns.length} patterns found`);
    const constructedIn = new Set(patterns.filter((p) => p.where.endsWith('(constructed)')).map((p) => p.where.split(':')[0]));
    for (const file of callers) {
      assert.ok(
        constructedIn.has(relative(ROOT, file)),
        `${relative(ROOT, file)} calls new RegExp, but no pattern built there was recorded`,
      );
    }
  });

  test('each is linear on every input (recheck)', { timeout: 30 * 60_000 }, async () => {
    const failures: string[] = [];
    for (const pattern of patterns) {
      const problem = await problemOf(pattern);
      if (problem) failures.push(`/${pattern.source}/${pattern.flags} (${pattern.where}): ${problem}`);
    }
    assert.deepEqual(failures, []);
  });
});

describe('the regex checker', () => {
  for (const [source, kind] of [
    ['(a+)+$', 'exponential'],
    ['\\s+$', 'polynomial'],
    ['^chief\\s+(.{1,60}?)\\s+officer$', 'polynomial'],
  ] as const) {
    test(`fails a pattern that can be made slow: /${source}/ (${kind})`, { timeout: 120_000 }, async () => {
      const problem = await problemOf({ source, flags: 'i', where: 'test' });
      assert.match(problem ?? 'passed the checker', new RegExp(kind));
    });
  }
  test('passes a linear one, and a bounded repeat its fuzzer calls polynomial', { timeout: 120_000 }, async () => {
    assert.equal(await problemOf({ source: '\\$\\d{1,3}(?:,\\d{3})+', flags: 'y', where: 'test' }), undefined);
    assert.equal(
      await problemOf({
        source: '(?<![\\d.,])(?:\\d{1,3}(?:[,\\u00A0]\\d{3}){1,4}|\\d{1,9})(?!\\d|[.,]\\d)\\s?USD',
        flags: 'u',
        where: 'test',
      }),
      undefined,
    );
  });
});
