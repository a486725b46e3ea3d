// The language server over stdio (npm run bench:lsp, after a build): server start (spawn to
// the initialize answer), the first complete lint of an article including the bundled
// dataset (didOpen to publishDiagnostics, in a fresh server), and keystroke to diagnostics
// (didChange to the diagnostics of that version; the server waits 150 ms after a keystroke
// before it lints, and that pause is included). Medians and p95, with the load average.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { FLAWED } from '../test/fixtures/cli/harness.js';
import { startClient } from '../test/unit/helpers/lsp-client.js';

const quantile = (values: number[], q: number) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(q * values.length))]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;
const text = readFileSync(FLAWED, 'utf8');

const starts: number[] = [];
const firstLints: number[] = [];
for (let run = 0; run < 5; run++) {
  const t0 = performance.now();
  const client = await startClient({ initializationOptions: { timeBudgetMs: 60_000 } });
  const t1 = performance.now();
  const uri = client.open(FLAWED, text);
  const diagnostics = await client.diagnostics(uri);
  const t2 = performance.now();
  if (!diagnostics.some((d) => d.code === 'salary-mismatch')) throw new Error('the first lint did not check salaries against the dataset');
  starts.push(t1 - t0);
  firstLints.push(t2 - t1);
  await client.stop();
}

const client = await startClient({ initializationOptions: { timeBudgetMs: 60_000 } });
const uri = client.open(FLAWED, text);
await client.diagnostics(uri);
const keystrokes: number[] = [];
for (let version = 2; version < 42; version++) {
  // A keystroke at the end of the last section: a word typed, one letter per version.
  const edited = `${text.trimEnd()} ${'x'.repeat(version)}\n`;
  const t0 = performance.now();
  await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
    textDocument: { uri, version },
    contentChanges: [{ text: edited }],
  });
  await client.diagnostics(uri, version);
  keystrokes.push(performance.now() - t0);
}
await client.stop();

console.log(
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`,
);
console.log(`server start (spawn -> initialize): median ${ms(quantile(starts, 0.5))}, max ${ms(Math.max(...starts))} (5 runs)`);
console.log(
  `first complete lint incl. dataset (didOpen -> diagnostics): median ${ms(quantile(firstLints, 0.5))}, max ${ms(Math.max(...firstLints))}`,
);
console.log(
  `keystroke -> diagnostics (incl. 150 ms pause): median ${ms(quantile(keystrokes, 0.5))}, p95 ${ms(quantile(keystrokes, 0.95))} (40 edits)`,
);
