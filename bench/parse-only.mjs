// The floor for a remark-based CLI: no rules, no model, no dataset, no output; only each file
// read and parsed by remark-parse (CommonMark, no extensions), split over one worker per core
// (at most four, as the CLI does). bench/run.ts times it next to the two linters, so the
// table shows how much of our time is the parser's. Prints "parsed N files" (each worker
// counts the files it parsed), which bench/sanity.ts checks against the corpus.
// Run alone: node bench/parse-only.mjs <folder>
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
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
  let parsed = 0;
  await Promise.all(
    Array.from(
      { length: workers },
      (_, k) =>
        new Promise((resolve, reject) => {
          const worker = new Worker(new URL(import.meta.url), { workerData: files.filter((_, i) => i % workers === k) });
          worker.on('message', (count) => (parsed += count));
          worker.on('error', reject).on('exit', resolve);
        }),
    ),
  );
  console.log(`parsed ${parsed} files`);
} else {
  const { unified } = await import('unified');
  const { default: remarkParse } = await import('remark-parse');
  const parser = unified().use(remarkParse).freeze();
  let count = 0;
  for (const file of workerData) if (parser.parse(readFileSync(file, 'utf8')).type === 'root') count += 1;
  parentPort.postMessage(count);
}
