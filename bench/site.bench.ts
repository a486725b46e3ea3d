// The site commands on the benchmark corpora (bench/corpus.ts), as child processes the way a
// user runs them: `report` on 1,000 and 10,000 articles (wall time, peak memory of the process
// and its workers, the HTML page's size) and `refresh --dry-run` on 1,000 (which writes
// nothing, so the corpus stays as it is). Prints a Markdown table; the machine's load average
// is printed before and after, since the machine may be shared.
// Run: node esbuild.mjs --production && npx tsx bench/site.bench.ts [--sizes 1000,10000]
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ensureCorpus } from './corpus.js';
import { runMeasured } from './measure.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/cli.js');
const { values } = parseArgs({ options: { sizes: { type: 'string', default: '1000,10000' } } });
const sizes = values.sizes.split(',').map(Number);
const load = () =>
  loadavg()
    .map((n) => n.toFixed(2))
    .join(' ');
const out = mkdtempSync(join(tmpdir(), 'career-articles-site-bench-'));
const rows: string[] = [];

console.log(`load average before: ${load()}`);
try {
  for (const size of sizes) {
    const corpus = await ensureCorpus(size, (line) => console.error(line));
    const page = join(out, `report-${size}.html`);
    const report = await runMeasured(CLI, ['report', corpus.folder, '-o', page], { cwd: ROOT });
    if (report.code !== 0 && report.code !== 1) throw new Error(`report on ${size} articles exited ${report.code}: ${report.stderr}`);
    const html = statSync(page).size;
    rows.push(
      `| report, ${size} articles | ${(report.wallMs / 1000).toFixed(1)} s | ${report.maxRssMb.toFixed(0)} MB | ${(html / 2 ** 20).toFixed(1)} MB HTML |`,
    );
    if (size === 1000) {
      const dry = await runMeasured(CLI, ['refresh', '--dry-run', corpus.folder], { cwd: ROOT });
      if (dry.code === 2) throw new Error(`refresh --dry-run exited 2: ${dry.stderr}`);
      const summary = dry.output.stderr.trim().split('\n').at(-1) ?? '';
      rows.push(
        `| refresh --dry-run, ${size} articles | ${(dry.wallMs / 1000).toFixed(1)} s | ${dry.maxRssMb.toFixed(0)} MB | ${(dry.output.stdout.length / 2 ** 10).toFixed(0)} KB diff; ${summary.replace(/^career-articles: /, '')} |`,
      );
    }
  }
} finally {
  rmSync(out, { recursive: true, force: true });
}
console.log('\n| run | wall | peak memory | output |\n| --- | --- | --- | --- |');
for (const row of rows) console.log(row);
console.log(`\nload average after: ${load()}`);
