// The CLI on one very large article (50 MB by default): does it finish, how long does it
// take and how much memory does it use, with Node's default heap. bench/run.ts --huge calls
// it; test/unit/hardening.test.ts lints the same article.
// Run alone: npx tsx bench/big-file.ts [megabytes]
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CORPUS_ROOT } from './corpus.js';
import { runMeasured, type Measured } from './measure.js';

export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** An article of about `megabytes` MB: the standard shape, then many extra sections of prose. */
export function hugeArticle(megabytes: number): string {
  const head = [
    '# Product Manager vs. Sales Manager: What Are the Differences?',
    'Product managers and sales managers both sit close to the customer.',
    '## What is a Product Manager?',
    'A product manager owns the direction of a product, talks to customers and writes the roadmap.',
    '## What is a Sales Manager?',
    'A sales manager leads a team of sales representatives and forecasts the quarter.',
    '## Product Manager vs. Sales Manager',
  ].join('\n\n');
  const paragraph = 'Product managers and sales managers both work with customers every single week, and both report on results. ';
  const sections: string[] = [];
  const keyed = ['Job Duties', 'Job Requirements', 'Work Environment', 'Skills'];
  let size = head.length;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    // Paragraphs only: micromark (the parser under remark and markdownlint alike) is quadratic
    // in the number of lists a document closes, so lists here would measure that instead.
    const section = `### ${i < keyed.length ? keyed[i] : `Notes ${i}`}\n\n${paragraph.repeat(8)}\n\n${paragraph.repeat(4)}`;
    sections.push(section);
    size += section.length + 2;
  }
  const salary =
    '### Salary\n\nProduct managers earn an average salary of $177,770 per year, while sales managers earn an average salary of $164,350 per year, according to the U.S. Bureau of Labor Statistics (May 2025).';
  return `${head}\n\n${sections.join('\n\n')}\n\n${salary}\n`;
}

export async function lintHugeArticle(megabytes: number): Promise<Measured & { bytes: number }> {
  const folder = join(CORPUS_ROOT, 'huge');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, `article-${megabytes}mb.md`);
  const text = hugeArticle(megabytes);
  writeFileSync(file, text);
  // Over the 10 MB default file size limit (which would refuse it at once): this measures what the engine can do when asked.
  const env = { CAREER_ARTICLES_TIMEOUT: '1200', CAREER_ARTICLES_MAX_FILE_MB: String(Math.ceil(megabytes * 1.2)) };
  const measured = await runMeasured(CLI, ['lint', '--format', 'json', file], { cwd: folder, env });
  return { ...measured, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const megabytes = Number(process.argv[2] ?? 50);
  const result = await lintHugeArticle(megabytes);
  console.log(JSON.stringify({ megabytes, ...result }, null, 2));
}
