// Preloaded into a measured child process (node --require bench/rss.cjs ...): on exit it
// writes the process's peak resident memory (all threads: the main one and every worker)
// and its CPU time to the file named by BENCH_RSS_FILE. A process that exits with
// process.exit() still runs 'exit' listeners, so both linters are measured alike.
const { writeFileSync } = require('node:fs');

const file = process.env.BENCH_RSS_FILE;
if (file) {
  delete process.env.BENCH_RSS_FILE;
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKb: usage.maxRSS, userUs: usage.userCPUTime, systemUs: usage.systemCPUTime }));
  });
}
