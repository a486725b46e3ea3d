// Every command of the built CLI (dist/cli.js), run the way users run it: with the code cache
// the build shipped accepted. The unit tests of the commands call their sources, where import()
// works; inside the code-cached bundle an import() failed ("A dynamic import callback was not
// specified", issue #24), so `dataset` was dead in the product while its tests passed.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { CLEAN, CLI, ROOT, tempFolder } from '../fixtures/cli/harness.js';

const CORPUS = join(ROOT, 'test/corpus');

/** The built CLI with its debug line on: exit code, output, and the code cache's state. */
function run(args: string[], cwd: string) {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CAREER_ARTICLES_DEBUG: '1', NO_COLOR: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, cache: /code cache (\w+)/.exec(result.stderr)?.[1] };
}

const frame = (message: object) => {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
};

/** `lsp --stdio` as an editor drives it: initialize, and once answered shutdown, then exit. */
async function lspSession(cwd: string) {
  const child = spawn(process.execPath, [CLI, 'lsp', '--stdio'], { cwd, env: { ...process.env, CAREER_ARTICLES_DEBUG: '1' } });
  let stdout = '';
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const answered = (id: number) =>
    new Promise<void>((resolve) => {
      const look = () => {
        if (!stdout.includes(`"id":${id},`)) return;
        child.stdout.off('data', look);
        resolve();
      };
      child.stdout.on('data', look);
      look();
    });
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  child.stdin.write(frame({ id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
  await answered(1);
  child.stdin.write(frame({ method: 'initialized', params: {} }) + frame({ id: 2, method: 'shutdown' }));
  await answered(2);
  child.stdin.write(frame({ method: 'exit' }));
  return { code: await exited, stdout, stderr };
}

describe('the built CLI, with its code cache accepted', () => {
  const temp = tempFolder();
  after(() => temp.remove());
  const dir = temp.path;
  cpSync(CLEAN, join(dir, 'article.md'));
  cpSync(join(CORPUS, 'product-vs-sales.txt'), join(dir, 'article.txt'));
  const header = 'AREA_TITLE,OCC_CODE,OCC_TITLE,O_GROUP,TOT_EMP,H_MEAN,A_MEAN,A_PCT10,A_PCT25,A_MEDIAN,A_PCT75,A_PCT90';
  writeFileSync(
    join(dir, 'state_M2025_dl.csv'),
    `${header}\nCalifornia,11-2022,Sales Managers,detailed,50,90.1,187400,80000,120000,170000,230000,#\n`,
  );

  // One real run of each command, and what it must have done.
  const runs: Array<{ args: string[]; code: number; check?: (out: ReturnType<typeof run>) => void }> = [
    { args: ['lint', 'article.md'], code: 0 },
    { args: ['inspect', 'article.md'], code: 0, check: (r) => assert.match(r.stdout, /\S/) },
    {
      args: ['import', 'article.txt', '-o', 'imported.md'],
      code: 0,
      check: () => assert.match(readFileSync(join(dir, 'imported.md'), 'utf8'), /^# /m),
    },
    { args: ['report', 'article.md', '-o', 'report.html'], code: 0, check: () => assert.ok(existsSync(join(dir, 'report.html'))) },
    { args: ['refresh', '--dry-run', 'article.md'], code: 0 },
    { args: ['roles', 'Sales Manager'], code: 0, check: (r) => assert.match(r.stdout, /11-2022/) },
    {
      args: ['roles', '--map', 'Growth Hacker', '13-1161'],
      code: 0,
      check: () => assert.match(readFileSync(join(dir, '.career-articles.json'), 'utf8'), /Growth Hacker/),
    },
    {
      args: ['dataset', 'import', 'state_M2025_dl.csv', '-o', 'ca.json'],
      code: 0,
      check: () => assert.equal((JSON.parse(readFileSync(join(dir, 'ca.json'), 'utf8')) as { area: string }).area, 'California'),
    },
  ];

  for (const { args, code, check } of runs) {
    test(`${args[0]} --help`, () => {
      const help = run([args[0]!, '--help'], dir);
      assert.equal(help.code, 0, help.stderr);
      assert.match(help.stdout, /^Usage: career-articles /);
      assert.equal(help.cache, 'accepted', help.stderr);
    });
    test(`career-articles ${args.join(' ')}`, () => {
      const result = run(args, dir);
      assert.equal(result.code, code, result.stderr);
      assert.equal(result.cache, 'accepted', result.stderr);
      check?.(result);
    });
  }

  test('lsp --help', () => {
    const help = run(['lsp', '--help'], dir);
    assert.equal(help.code, 0, help.stderr);
    assert.equal(/code cache (\w+)/.exec(help.stderr)?.[1], 'accepted', help.stderr);
  });

  test('career-articles lsp --stdio answers initialize and shuts down cleanly', async () => {
    const session = await lspSession(dir);
    assert.match(session.stdout, /"capabilities"/);
    assert.equal(session.code, 0, session.stderr);
    assert.equal(/code cache (\w+)/.exec(session.stderr)?.[1], 'accepted', session.stderr);
  });
});
