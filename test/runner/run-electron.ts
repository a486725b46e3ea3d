// Runs the same Mocha integration suite in desktop VS Code through @vscode/test-electron, for
// authors who have internet access: it downloads a VS Code build into .vscode-test/ on first
// use (impossible on the project's machines, where run-code-server.ts is the way).
// Same options as run-code-server.ts, except --screenshots, --web and --timeout (Mocha's
// per-test timeout applies; test-electron's own `timeout` is an idle limit for the download).
import { mkdirSync } from 'node:fs';
import { runTests } from '@vscode/test-electron';
import { parseRunOptions, usage } from './options.js';

async function main(): Promise<number> {
  const options = parseRunOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(usage.replace('run-code-server.ts', 'run-electron.ts'));
    return 0;
  }
  if (options.web || options.screenshots) throw new Error('--web and --screenshots need run-code-server.ts');
  mkdirSync(options.workspace, { recursive: true });
  return runTests({
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
