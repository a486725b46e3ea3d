// Runs the same Mocha integration suite in desktop VS Code through @vscode/test-electron, for
// authors who have internet access: it downloads a VS Code build into .vscode-test/ on first
// use (impossible on the project's machines, where run-code-server.ts is the way).
// Same options as run-code-server.ts; --screenshots is ignored (the helper is a no-op here),
// --web is refused, and --timeout does not apply (Mocha's per-test timeout does;
// test-electron's own `timeout` is an idle limit for the download).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';
import { parseRunOptions, usage } from './options.js';
import { repoRoot } from './provision.js';

async function main(): Promise<number> {
  const options = parseRunOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(
      `${usage.replace('run-code-server.ts', 'run-electron.ts')}\n(--screenshots, --web, --timeout and --verbose are for run-code-server.ts)`,
    );
    return 0;
  }
  if (options.web) throw new Error('--web needs run-code-server.ts');
  mkdirSync(options.workspace, { recursive: true });
  return runTests({
    cachePath: join(repoRoot, '.vscode-test'),
    version: process.env.CAREER_ARTICLES_VSCODE_VERSION ?? 'stable',
    extensionDevelopmentPath: options.extensionDevelopmentPath,
    extensionTestsPath: options.extensionTestsPath,
    launchArgs: [options.workspace, '--disable-extensions', '--disable-workspace-trust'],
  });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`run-electron: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
