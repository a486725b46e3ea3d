// Command line and environment of the integration-test launchers. Every option has a default
// that fits this repository, so `tsx test/runner/run-code-server.ts` alone runs the suite.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './provision.js';

export interface RunOptions {
  /** Folder holding the extension's package.json. */
  extensionDevelopmentPath: string;
  /** The bundled Mocha entry (Node host) or the single bundled test file (web worker host). */
  extensionTestsPath: string;
  /** Folder opened in the workbench. */
  workspace: string;
  timeoutMs: number;
  screenshots: boolean;
  screenshotsDir: string;
  /** Run the web extension in the web-worker extension host instead of the Node one. */
  web: boolean;
  /** Also print the workbench page's console and code-server's own output. */
  verbose: boolean;
}

export const usage = `Usage: tsx test/runner/run-code-server.ts [options]
  --extension <dir>        extension development path (env CAREER_ARTICLES_EXTENSION_PATH; default: the repo root)
  --tests <file>           bundled tests module (env CAREER_ARTICLES_TESTS_PATH;
                           default: dist/test/integration/index.cjs, with --web: dist/test/web/index.js)
  --workspace <dir>        folder to open (env CAREER_ARTICLES_WORKSPACE; default: test/fixtures/workspace)
  --timeout <seconds>      limit for server start plus suite (env CAREER_ARTICLES_TEST_TIMEOUT; default: 600)
  --screenshots            save the PNGs the tests ask for, and one of a failed run (env CAREER_ARTICLES_SCREENSHOTS=1)
  --screenshots-dir <dir>  implies --screenshots: where to save them, emptied of *.png first (default: artifacts/screenshots)
  --web                    run the web extension in the web-worker extension host
  --verbose                also print the workbench page's console and code-server's output`;

export function parseRunOptions(argv: string[], env: NodeJS.ProcessEnv = process.env): RunOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      extension: { type: 'string' },
      tests: { type: 'string' },
      workspace: { type: 'string' },
      timeout: { type: 'string' },
      screenshots: { type: 'boolean', default: false },
      'screenshots-dir': { type: 'string' },
      web: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const web = values.web ?? false;
  const fromRoot = (path: string): string => resolve(repoRoot, path);
  const timeoutSeconds = Number(values.timeout ?? env.CAREER_ARTICLES_TEST_TIMEOUT ?? 600);
  if (!Number.isFinite(timeoutSeconds) || timeoutSeconds <= 0) {
    throw new Error(`Unexpected timeout \`${values.timeout ?? env.CAREER_ARTICLES_TEST_TIMEOUT}\`, expected a positive number of seconds`);
  }
  return {
    extensionDevelopmentPath: fromRoot(values.extension ?? env.CAREER_ARTICLES_EXTENSION_PATH ?? '.'),
    extensionTestsPath: fromRoot(
      values.tests ?? env.CAREER_ARTICLES_TESTS_PATH ?? (web ? 'dist/test/web/index.js' : 'dist/test/integration/index.cjs'),
    ),
    workspace: fromRoot(values.workspace ?? env.CAREER_ARTICLES_WORKSPACE ?? 'test/fixtures/workspace'),
    timeoutMs: timeoutSeconds * 1000,
    screenshots: (values.screenshots ?? false) || values['screenshots-dir'] !== undefined || env.CAREER_ARTICLES_SCREENSHOTS === '1',
    screenshotsDir: fromRoot(values['screenshots-dir'] ?? 'artifacts/screenshots'),
    web,
    verbose: values.verbose ?? false,
  };
}
