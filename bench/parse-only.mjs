// The floor for a remark-based CLI: no rules, no model, no dataset, no output; only each file
// read and parsed by remark-parse (CommonMark, no extensions), split over one worker per core
// (at most four, as the CLI does). bench/run.ts times it next to the two linters, so the
// table shows how much of our time is the parser's.
// Run alone: node bench/parse-only.mjs <folder>
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { readFileSync, readdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';

if (isMainThread) {
  const markdownFiles = (folder) =>
    readdirSync(folder, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? markdownFiles(join(folder, e.name)) : e.name.endsWith('.md') ? [join(folder, e.name)] : [],
    );
  const files = markdownFiles(process.argv[2]);
  const workers = Math.max(1, Math.min(availableParallelism(), 4, files.length));
  await Promise.all(
    Array.from(
      { length: workers },
      (_, k) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % workers === k) });
          worker.on('error', reject).on('exit', resolve);
        }),
    ),
  );
} else {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse).freeze();
  for (const file of workerData) parser.parse(readFileSync(file, 'utf8'));
}
