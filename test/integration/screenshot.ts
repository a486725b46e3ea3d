// Lets a test capture the workbench as a person would see it at a given moment:
// `await screenshot('problems-panel')`. The launcher reads the `[screenshot] <name>` log line,
// saves artifacts/screenshots/<name>.png (written atomically) and the helper waits for that file,
// so the test goes on only once the picture is taken. A no-op unless the launcher runs with
// --screenshots, which it tells the extension host through code-server's environment.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const validName = /^[A-Za-z0-9][\w.-]*$/;

export async function screenshot(name: string, timeoutMs = 10_000): Promise<void> {
  // The web-worker extension host has neither process nor a file system to poll.
  if (typeof process === 'undefined' || process.env.CAREER_ARTICLES_SCREENSHOTS !== '1') return;
  if (!validName.test(name)) throw new Error(`Unexpected screenshot name \`${name}\`, expected letters, digits, '.', '_' or '-'`);
  const dir = process.env.CAREER_ARTICLES_SCREENSHOTS_DIR;
  if (!dir) throw new Error('CAREER_ARTICLES_SCREENSHOTS_DIR is not set: run the suite through test/runner/run-code-server.ts');
  const file = join(dir, `${name}.png`);
  rmSync(file, { force: true });
  console.log(`[screenshot] ${name}`);
  const deadline = Date.now() + timeoutMs;
  while (!existsSync(file)) {
    if (Date.now() > deadline) throw new Error(`Screenshot \`${name}\` was not saved within ${timeoutMs} ms`);
    await new Promise((wake) => setTimeout(wake, 50));
  }
}
