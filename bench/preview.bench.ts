// Cost of one preview update after a keystroke, past the lint the editor runs anyway and the
// 250 ms debounce: build the view model, serialise the `render` message (webview messages
// travel as JSON), and validate it on the page's side with the shared zod schema. For the
// examples and for a long article (each example's sections repeated 20 times).
// THIS IS A BENCHMARK, NOT A TEST. Run: npx tsx bench/preview.bench.ts [--runs 300]
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { lint, resolveConfig } from '../src/core/index.js';
import { buildPreviewModel } from '../src/core/preview/model.js';
import { parseToPage } from '../src/shared/preview-messages.js';
import { bundledRoleIndex } from '../test/unit/helpers/dataset.js';

const { values } = parseArgs({ options: { runs: { type: 'string', default: '300' } } });
const runs = Number(values.runs);
const examples = new URL('../examples/', import.meta.url);
const dataset = await bundledRoleIndex();

function longVersion(text: string): string {
  // Repeat every paragraph under a ### heading, so each section is 20 times as long.
  return text.replace(
    /(### [^\n]+\n\n)([^#]+?)(?=\n###|\n?$)/g,
    (_, heading: string, body: string) => heading + Array(20).fill(body.trim()).join('\n\n') + '\n',
  );
}

const articles = readdirSync(examples)
  .filter((f) => f.endsWith('.md'))
  .sort()
  .flatMap((f) => {
    const text = readFileSync(new URL(f, examples), 'utf8');
    return [
      { name: f, text },
      { name: `${f.replace(/\.md$/, '')} ×20`, text: longVersion(text) },
    ];
  });

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
const ms = (n: number) => n.toFixed(2).padStart(7);

console.log(`preview update cost, ${runs} runs each (after ${Math.min(50, runs)} warm-up runs); milliseconds p50 / p95`);
console.log(
  `${'article'.padEnd(52)} ${'words'.padStart(6)} ${'lint'.padStart(15)} ${'model'.padStart(15)} ${'json'.padStart(15)} ${'validate'.padStart(15)} ${'preview'.padStart(15)} ${'message'.padStart(8)}`,
);
for (const { name, text } of articles) {
  const samples = { lint: [] as number[], model: [] as number[], json: [] as number[], validate: [] as number[], total: [] as number[] };
  let bytes = 0;
  for (let i = 0; i < runs + 50; i++) {
    const t0 = performance.now();
    const result = lint(text, { dataset });
    const t1 = performance.now();
    const outcome = buildPreviewModel({ result, dataset, config: resolveConfig(), uri: `file:///${name}`, fileName: name, version: i });
    if (!outcome.ok) throw new Error(`${name}: ${outcome.reason}`);
    const t2 = performance.now();
    const json = JSON.stringify({ type: 'render', model: outcome.model });
    const received = JSON.parse(json) as unknown;
    const t3 = performance.now();
    if (!parseToPage(received)) throw new Error(`${name}: the render message does not validate`);
    const t4 = performance.now();
    if (i < 50) continue;
    bytes = json.length;
    samples.lint.push(t1 - t0);
    samples.model.push(t2 - t1);
    samples.json.push(t3 - t2);
    samples.validate.push(t4 - t3);
    samples.total.push(t4 - t1);
  }
  const cell = (list: number[]) => {
    const sorted = [...list].sort((a, b) => a - b);
    return `${ms(percentile(sorted, 50))} /${ms(percentile(sorted, 95))}`;
  };
  const words = text.split(/\s+/).filter(Boolean).length;
  console.log(
    `${name.padEnd(52)} ${String(words).padStart(6)} ${cell(samples.lint)} ${cell(samples.model)} ${cell(samples.json)} ${cell(samples.validate)} ${cell(samples.total)} ${`${(bytes / 1024).toFixed(1)} KiB`.padStart(8)}`,
  );
}
console.log('preview = model + json + validate (what the preview adds to a keystroke; lint runs for the Problems panel anyway)');

const bundle = new URL('../media/preview.js', import.meta.url);
try {
  console.log(`media/preview.js: ${(statSync(bundle).size / 1024).toFixed(1)} KiB as last built (node esbuild.mjs; --production minifies)`);
} catch {
  console.log('media/preview.js: not built (run node esbuild.mjs)');
}
