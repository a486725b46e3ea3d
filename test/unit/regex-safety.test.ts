// No regular expression in src/core can be made slow. Every pattern is collected: the regex
// literals of every source file (read with the TypeScript parser), and every pattern built
// with `new RegExp` while the core modules load and lint the examples (so patterns built
// from role names are included). Each runs over adversarial inputs made of its own literal
// words and character classes plus the usual suspects (long runs of spaces, digits, commas,
// `$`, `#`, `<!--`, unclosed constructs), at 100 KB and 200 KB: twice the input must take
// less than three times as long (linear is two, quadratic four: a quadratic scan with a
// large linear part lands just under four), and nothing may take seconds. Sticky patterns are tried at
// every position (their callers do call them at many). The measuring runs in a worker, so a
// catastrophic pattern that would never finish fails on a time limit instead of hanging.
// The last tests prove the checker catches such patterns: `/(a+)+$/` and `/\s+$/` fail it.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;
const CORE = join(ROOT, 'src/core');
/** Seconds one input may take (both sizes, all repeats) before it counts as catastrophic. */
const INPUT_LIMIT_S = 10;
/** CPU time of 200 KB over that of 100 KB: linear is about 2, quadratic about 4. */
const MAX_RATIO = 3;
/** A single 200 KB scan above this is too slow whatever the ratio (the machine may be busy). */
const ABSOLUTE_CAP_MS = 2_000;

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

/**
 * Pieces an attacker would repeat: the pattern's literal words (whole, and one letter short,
 * so a match almost happens), a character of each of its classes, and both together.
 */
function piecesFor(source: string): string[] {
  const words: string[] = [];
  const classes: string[] = [];
  let word = '';
  const flush = () => {
    if (word) words.push(word);
    word = '';
  };
  const escaped: Record<string, string> = { d: '7', s: ' ', w: 'a', n: '\n', r: '\r', t: '\t' };
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\\') {
      const next = source[i + 1] ?? '';
      i++;
      if (next === 'p' || next === 'P') {
        const end = source.indexOf('}', i);
        const name = source.slice(i + 2, end);
        i = end;
        flush();
        if (next === 'p') classes.push(/N/.test(name) ? '7' : /Lu/.test(name) ? 'A' : 'a');
      } else if (escaped[next]) {
        flush();
        classes.push(escaped[next]);
      } else if (/[bBk]/.test(next)) {
        flush();
      } else {
        word += next;
      }
    } else if (c === '[') {
      flush();
      let end = i + 1;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, end);
      i = end;
      if (body.startsWith('^')) classes.push(/a/.test(body) ? 'x' : 'a');
      else
        classes.push(
          ...piecesFor(body.replace(/\\?(.)-\\?(.)/gu, '$1$2'))
            .slice(0, 3)
            .map((p) => p.charAt(0)),
        );
    } else if ('()|*+?{}.^$'.includes(c)) {
      if ('*+?{'.includes(c) && word.length > 1) word = word.slice(0, -1); // the quantified letter is not part of the word
      flush();
      if (c === '{') i = source.indexOf('}', i);
      if (c === '(' && source[i + 1] === '?') {
        // (?: (?= (?! (?<= (?<! (?<name>
        i += source[i + 2] === '<' && !'=!'.includes(source[i + 3] ?? '') ? source.indexOf('>', i) - i : source[i + 2] === '<' ? 3 : 2;
      }
    } else {
      word += c;
    }
  }
  flush();
  const distinctWords = [...new Set(words)].slice(0, 12);
  const distinctClasses = [...new Set(classes)].slice(0, 6);
  return [
    ...distinctWords,
    ...distinctWords.map((w) => `${w} `),
    ...distinctWords.filter((w) => w.length > 1).map((w) => w.slice(0, -1)),
    ...distinctClasses,
    ...distinctWords.slice(0, 6).flatMap((w) => distinctClasses.slice(0, 3).map((c) => w + c)),
  ];
}

const USUAL_SUSPECTS = [
  ' ',
  '\n',
  '\r\n',
  '\t',
  '7',
  '1,',
  '$',
  '$1,',
  '$1 ',
  ',',
  '.',
  '. ',
  '#',
  '# ',
  '<!--',
  '<!-- career-articles-disable ',
  '-->',
  'vs',
  'vs. ',
  'what is ',
  'What is a ',
  'a',
  'A',
  'é',
  '- ',
  '> ',
  '|',
  '`',
  '*',
  '_',
  '[',
  '(',
  '?',
  '-',
  '–',
  'per ',
  'between $1 and ',
  'hourly mean ',
];

/** The measuring, in a worker (plain JS: it is evaluated as a script). */
const WORKER = String.raw`
const { parentPort, workerData } = require('node:worker_threads');
const { source, flags, pieces, ratioLimit, capMs } = workerData;
// Scanned the way callers scan: every match of a global pattern, every position of a sticky one.
const regex = new RegExp(source, flags.replace('y', '').includes('g') ? flags.replace('y', '') : flags.replace('y', '') + 'g');
// test() rather than exec(): no match arrays, so garbage collection does not blur the timings.
function scan(text) {
  regex.lastIndex = 0;
  for (let from = 0; regex.test(text); from = regex.lastIndex) if (regex.lastIndex === from) regex.lastIndex++;
}
function build(piece, size, end) {
  return piece.repeat(Math.ceil(size / piece.length)).slice(0, size) + end;
}
// CPU time, not wall time: on a busy machine the scheduler's pauses would swamp the ratio.
// Only this worker runs while it measures, so the process's CPU time is the scan's.
function cpuMs(run) {
  const start = process.cpuUsage();
  run();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}
// The fastest of several timed scans: interference only ever adds time, so the minimum is
// the steadiest estimate of what the scan itself costs.
function fastest(text) {
  let best = Infinity;
  let total = 0;
  for (let runs = 0; runs < 5 && (runs < 3 || total < 20); runs++) {
    const elapsed = cpuMs(() => scan(text));
    total += elapsed;
    best = Math.min(best, elapsed);
  }
  return best;
}
const ratioOf = (small, large) => fastest(large) / Math.max(fastest(small), 0.05);
const problems = [];
for (const piece of pieces) {
  for (const end of ['', '!']) {
    const label = JSON.stringify(piece) + ' x N' + (end ? ' + ' + JSON.stringify(end) : '');
    parentPort.postMessage({ running: label });
    const small = build(piece, 100000, end);
    const large = build(piece, 200000, end);
    scan(small);
    const once = cpuMs(() => scan(large));
    if (once > capMs) { problems.push(label + ': one 200 KB scan took ' + once.toFixed(0) + ' ms'); continue; }
    // A quadratic scan of 200 KB costs billions of steps: one that takes a few milliseconds
    // is linear, whatever the ratio of two such short timings would say.
    if (once < 5 || ratioOf(small, large) < ratioLimit) continue;
    // Interference only ever inflates a ratio (a collection, a core lent to another job), so a
    // pattern is flagged only when every one of five rounds says it grows too fast: a quadratic
    // scan does so every time, a linear one only when the machine happens to be busy.
    const ratio = Math.min(...[0, 1, 2, 3, 4].map(() => ratioOf(small, large)));
    if (ratio >= ratioLimit) problems.push(label + ': 200 KB took ' + ratio.toFixed(1) + 'x as long as 100 KB');
  }
}
parentPort.postMessage({ problems });
`;

/** Problems of one pattern, or a time-out naming the input it was stuck on. */
function check(pattern: Pattern, limitS = INPUT_LIMIT_S): Promise<string[]> {
  const pieces = [...new Set([...piecesFor(pattern.source), ...USUAL_SUSPECTS])].filter((p) => p.length > 0);
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER, {
      eval: true,
      workerData: { source: pattern.source, flags: pattern.flags, pieces, ratioLimit: MAX_RATIO, capMs: ABSOLUTE_CAP_MS },
    });
    let running = '';
    const expire = () => {
      void worker.terminate();
      resolve([`${running}: still running after ${limitS} s`]);
    };
    let timer = setTimeout(expire, limitS * 1000);
    worker.on('message', (message: { running?: string; problems?: string[] }) => {
      if (message.running) {
        running = message.running;
        clearTimeout(timer);
        timer = setTimeout(expire, limitS * 1000);
      }
      if (message.problems) {
        clearTimeout(timer);
        void worker.terminate();
        resolve(message.problems);
      }
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
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

  test('each stays linear on adversarial input of 100 KB and 200 KB', { timeout: 30 * 60_000 }, async () => {
    const failures: string[] = [];
    // One at a time: the worker measures the process's CPU time.
    for (const pattern of patterns) {
      const problems = await check(pattern);
      failures.push(...problems.map((p) => `/${pattern.source}/${pattern.flags} (${pattern.where}): ${p}`));
    }
    assert.deepEqual(failures, []);
  });
});

describe('the regex checker', () => {
  for (const source of ['(a+)+$', '\\s+$']) {
    test(`fails a catastrophic pattern: /${source}/`, { timeout: 60_000 }, async () => {
      const problems = await check({ source, flags: '', where: 'test' }, 5);
      assert.ok(problems.length > 0, `/${source}/ passed the checker`);
    });
  }
});
