// Markdown built to be slow, about 100 KB each: how long lint() (parse and every rule) takes
// on each, in a worker with a time limit, since deep block-quote nesting takes the Markdown
// parser minutes. The CLI's per-file time limit (CAREER_ARTICLES_TIMEOUT) is what protects a
// run from these; test/unit/hardening.test.ts checks that, this measures it.
// Run alone: npx tsx bench/adversarial.ts [limit seconds]
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/core/config/resolve.js';
import type { WorkerRequest, WorkerResponse } from '../src/cli/worker.js';

export const ADVERSARIAL: Record<string, string> = {
  'hashes.md': '#'.repeat(100_000),
  'headings.md': '# Product Manager vs. Sales Manager\n\n' + '## What is a ?\n'.repeat(6_000),
  'nested-list.md': '# A vs. B\n\n' + Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- item\n`).join(''),
  'list-markers.md': '# A vs. B\n\n' + '- '.repeat(50_000),
  'quotes.md': '# A vs. B\n\n' + '>'.repeat(100_000),
  'quotes-1000.md': '# A vs. B\n\n' + `${'>'.repeat(1_000)} x\n`.repeat(100),
  'table.md':
    '# A vs. B\n\n### Salary\n\n' + '|'.repeat(200) + '\n' + '|---'.repeat(100) + '|\n' + `${'| $1, '.repeat(100)}|\n`.repeat(150),
  'pipes.md': '# A vs. B\n\n' + '|'.repeat(100_000),
  'dollars.md': '# Product Manager vs. Sales Manager\n\n### Salary\n\n$' + '1,'.repeat(50_000),
  'comments.md': '# A vs. B\n\n' + '<!-- career-articles-disable x '.repeat(3_300),
  'emphasis.md': '# A vs. B\n\n' + '*a **b '.repeat(14_000),
  'links.md': '# A vs. B\n\n' + '[a]('.repeat(25_000),
  'spaces-title.md': `# Product Manager${' '.repeat(100_000)}vs. Sales Manager`,
  'vs.md': '# ' + 'vs. '.repeat(25_000),
  'lists-and-paragraphs.md': '# A vs. B\n\n' + '- item one\n- item two\n\nA paragraph closes the list.\n\n'.repeat(1_800),
};

/** Short lists closed by paragraphs, about `bytes` long: micromark's worst case (quadratic). */
export function listsAndParagraphs(bytes: number): string {
  const unit = '- Product managers plan the roadmap.\n- Sales managers coach their reps.\n\nBoth report on results every week.\n\n';
  return `# Product Manager vs. Sales Manager\n\n${unit.repeat(Math.ceil(bytes / unit.length))}`;
}

const LINT_WORKER = fileURLToPath(new URL('../dist/lint-worker.js', import.meta.url));

/** lint() on `text` in the CLI's own lint worker (dist/, build first): milliseconds, or undefined past `limitS`. */
export function timeLint(text: string, limitS: number): Promise<{ ms: number | undefined; findings?: number }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(LINT_WORKER);
    // The worker reads its file; reading 100 KB is nothing next to what is timed.
    const path = join(mkdtempSync(join(tmpdir(), 'career-articles-adversarial-')), 'article.md');
    writeFileSync(path, text);
    const request: WorkerRequest = { id: 1, path, fix: false, hash: false, configKey: 'default', config: resolveConfig() };
    let start = 0;
    const timer = setTimeout(
      () =>
        void worker.terminate().then(() => {
          rmSync(dirname(path), { recursive: true, force: true });
          resolve({ ms: undefined });
        }),
      limitS * 1000,
    );
    worker.on('message', (response: WorkerResponse) => {
      const ms = performance.now() - start;
      clearTimeout(timer);
      void worker.terminate();
      rmSync(dirname(path), { recursive: true, force: true });
      if ('error' in response) reject(new Error(response.error));
      else if (!response.outcome.ok) reject(new Error(response.outcome.reason));
      else resolve({ ms, findings: response.outcome.findings.length });
    });
    worker.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    // Let the worker load its bundle first, so only the linting is timed.
    worker.on('online', () =>
      setTimeout(() => {
        start = performance.now();
        worker.postMessage(request);
      }, 500),
    );
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const limit = Number(process.argv[2] ?? 120);
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    const { ms, findings } = await timeLint(text, limit);
    console.log(
      `${name.padEnd(18)} ${(text.length / 1024).toFixed(0).padStart(4)} KiB  ${ms === undefined ? `> ${limit} s (stopped)` : `${ms.toFixed(0)} ms, ${findings} findings`}`,
    );
  }
}
