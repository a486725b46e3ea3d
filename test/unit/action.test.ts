// The GitHub Action (action.yml) run locally: its composite steps' `run:` scripts, with bash
// as the runner starts them, in a temporary git repository with a fake GITHUB_* environment
// (step summary, outputs, workspace, a pull request's base branch). The install step (npm ci
// and a build in $GITHUB_ACTION_PATH) is replaced by pointing CAREER_ARTICLES_CLI at the
// already-built dist/cli.js, which is what that step exports; `uses:` steps (setup-node,
// the SARIF upload) are the runner's and are only checked for their wiring.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { CLI, ROOT, caseFolders, cleanText, flawedText, runCli, write } from '../fixtures/cli/harness.js';

const cases = caseFolders();
after(() => cases.remove());

interface Step {
  id?: string;
  name?: string;
  uses?: string;
  if?: string;
  shell?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, string | number>;
  'working-directory'?: string;
}
interface Action {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, { value: string }>;
  runs: { using: string; steps: Step[] };
}

const action = parseYaml(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as Action;
const steps = action.runs.steps;
const lintStep = steps.find((s) => s.id === 'lint')!;

/** `${{ inputs.name }}` with the inputs given, else the action's defaults; any other expression is the runner's. */
function evaluate(value: string, inputs: Record<string, string>): string {
  return value.replace(/\$\{\{\s*inputs\.([\w-]+)\s*\}\}/g, (_, name: string) => {
    assert.ok(name in action.inputs, `unknown input ${name}`);
    return inputs[name] ?? action.inputs[name]!.default ?? '';
  });
}

function git(cwd: string, ...args: string[]): void {
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: 't',
    GIT_AUTHOR_EMAIL: 't@example.com',
    GIT_COMMITTER_NAME: 't',
    GIT_COMMITTER_EMAIL: 't@example.com',
  };
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env });
  assert.equal(result.status, 0, result.stderr);
}

const NEW_LINE = '\nIn some companies sales managers earn an average salary of $64,350 per year.\n';

/**
 * A checked-out pull request: main has two articles (one with many old findings) and is
 * fetched as origin/main; the pull request adds one sentence with a wrong salary to the
 * clean article and, with `moveFlawed`, moves the flawed one down by a paragraph. `prepare`
 * runs on main first.
 */
function pullRequest(options: { moveFlawed?: boolean; prepare?: (workspace: string) => void } = {}): string {
  const workspace = cases.next();
  git(workspace, 'init', '--quiet', '--initial-branch=main');
  mkdirSync(join(workspace, 'articles'));
  write(workspace, 'articles/clean.md', cleanText());
  write(workspace, 'articles/nurse.md', flawedText());
  options.prepare?.(workspace);
  git(workspace, 'add', '.');
  git(workspace, 'commit', '--quiet', '-m', 'site');
  git(workspace, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  git(workspace, 'checkout', '--quiet', '-b', 'pull-request');
  write(workspace, 'articles/clean.md', cleanText() + NEW_LINE);
  if (options.moveFlawed) {
    const flawed = flawedText();
    const titleEnd = flawed.indexOf('\n\n') + 2;
    write(workspace, 'articles/nurse.md', `${flawed.slice(0, titleEnd)}Both roles are in demand.\n\n${flawed.slice(titleEnd)}`);
  }
  git(workspace, 'commit', '--quiet', '-am', 'change');
  return workspace;
}

interface StepRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  annotations: Array<{ level: string; file: string; line: number; title: string; message: string }>;
}

/** Runs the lint step's script as the runner does (`bash --noprofile --norc -eo pipefail`). */
function runLintStep(workspace: string, inputs: Record<string, string>): StepRun {
  const temp = join(workspace, '..', `${workspace.split(/[\\/]/).pop()!}-runner`);
  mkdirSync(temp, { recursive: true });
  const files = {
    summary: join(temp, 'step_summary'),
    output: join(temp, 'output'),
    env: join(temp, 'env'),
    script: join(temp, 'lint.sh'),
  };
  for (const file of [files.summary, files.output, files.env]) writeFileSync(file, '');
  writeFileSync(files.script, lintStep.run!);
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: temp,
    NO_COLOR: '1',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_BASE_REF: 'main',
    GITHUB_HEAD_REF: 'pull-request',
    GITHUB_ACTION_PATH: ROOT,
    RUNNER_TEMP: temp,
    // What the install step exports, pointing at the build the unit tests use.
    CAREER_ARTICLES_CLI: CLI,
  };
  for (const [name, value] of Object.entries(lintStep.env ?? {})) env[name] = evaluate(value, inputs);
  const cwd = join(workspace, evaluate(lintStep['working-directory'] ?? '.', inputs));
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], { cwd, env, encoding: 'utf8' });
  const outputs = Object.fromEntries(
    readFileSync(files.output, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );
  const annotations = result.stdout
    .split('\n')
    .filter((line) => line.startsWith('::'))
    .map((line) => {
      const [, level, props, message] = /^::(\w+) ([^:]*)::(.*)$/.exec(line)!;
      const p = Object.fromEntries(props!.split(',').map((pair) => pair.split('=') as [string, string]));
      return { level: level!, file: p.file!, line: Number(p.line), title: p.title!, message: message! };
    });
  return {
    code: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    summary: readFileSync(files.summary, 'utf8'),
    outputs,
    annotations,
  };
}

const newLineNumber = () => cleanText().split('\n').length + 1;

describe('action.yml', () => {
  test('is a composite action on Node 20 that builds the CLI of its own ref and passes inputs as environment variables', () => {
    assert.equal(action.runs.using, 'composite');
    const setup = steps.find((s) => s.uses?.startsWith('actions/setup-node@'));
    assert.equal(String(setup?.with?.['node-version']), '20');
    const install = steps.find((s) => s.run?.includes('npm ci'))!;
    assert.match(install.run!, /cd "\$GITHUB_ACTION_PATH"/);
    assert.match(install.run!, /node esbuild\.mjs/);
    assert.match(install.run!, /CAREER_ARTICLES_CLI=\$GITHUB_ACTION_PATH\/dist\/cli\.js" >> "\$GITHUB_ENV"/);
    assert.ok(steps.indexOf(install) < steps.indexOf(lintStep));
    // An input pasted into a script could inject shell code; every script reads environment variables.
    for (const step of steps) assert.ok(!step.run?.includes('${{'), `${step.name}: an expression inside run:`);
    assert.match(lintStep.run!, /--format "\$INPUT_FORMAT"/);
    const upload = steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    assert.match(upload.if!, /inputs\.sarif-upload == 'true'/);
    assert.equal(upload.with?.sarif_file, '${{ steps.lint.outputs.sarif-file }}');
    for (const input of ['paths', 'config', 'format', 'fail-on', 'baseline', 'changed-only', 'sarif-upload'])
      assert.ok(input in action.inputs, input);
  });

  test('changed-only annotates only the new finding on the changed lines, writes the summary and passes at fail-on error', () => {
    const workspace = pullRequest();
    const run = runLintStep(workspace, { paths: 'articles', 'changed-only': 'true' });
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(
      run.annotations.map((a) => [a.level, a.file, a.line, a.title]),
      [['warning', 'articles/clean.md', newLineNumber(), 'career-articles(salary-mismatch)']],
    );
    assert.equal(run.outputs['exit-code'], '0');
    assert.match(run.summary, /^## Career Articles site report\n/);
    assert.match(run.summary, /articles\/clean\.md:\d+:\d+: warning: Unexpected salary/);
    assert.doesNotMatch(run.summary, /nurse\.md:\d+/, 'the old findings are not in the summary either');
  });

  test('the exit code follows fail-on', () => {
    const workspace = pullRequest();
    const warning = runLintStep(workspace, { paths: 'articles', 'changed-only': 'true', 'fail-on': 'warning' });
    assert.equal(warning.code, 1);
    assert.equal(warning.outputs['exit-code'], '1');
    assert.equal(warning.annotations.length, 1);
    // Without changed-only the flawed article's old error fails the step even at fail-on error.
    const everything = runLintStep(workspace, { paths: 'articles' });
    assert.equal(everything.code, 1);
    assert.ok(everything.annotations.some((a) => a.level === 'error' && a.file === 'articles/nurse.md'));
  });

  test('a baseline committed on main hides the old findings of a moved article; only the new one is annotated', () => {
    const workspace = pullRequest({
      moveFlawed: true,
      prepare: (root) => {
        const written = runCli(['lint', '--write-baseline', 'career-articles-baseline.json', 'articles'], { cwd: root });
        assert.equal(written.code, 0, written.stderr);
      },
    });
    const run = runLintStep(workspace, { paths: 'articles', baseline: 'career-articles-baseline.json', 'fail-on': 'warning' });
    assert.deepEqual(
      run.annotations.map((a) => [a.file, a.line]),
      [['articles/clean.md', newLineNumber()]],
    );
    assert.equal(run.code, 1);
  });

  test('sarif-upload writes SARIF where the upload step reads it', () => {
    const workspace = pullRequest();
    const run = runLintStep(workspace, { paths: 'articles', 'changed-only': 'true', 'sarif-upload': 'true' });
    const sarifFile = run.outputs['sarif-file']!;
    assert.ok(existsSync(sarifFile), run.stderr);
    const sarif = JSON.parse(readFileSync(sarifFile, 'utf8')) as { runs: Array<{ results: Array<{ ruleId: string }> }> };
    assert.deepEqual(
      sarif.runs[0]!.results.map((r) => r.ruleId),
      ['salary-mismatch'],
    );
  });

  test('changed-only without a base branch or base-ref is an error annotation, exit 2', () => {
    const workspace = pullRequest();
    const run = runLintStep(workspace, { paths: 'articles', 'changed-only': 'true', 'base-ref': 'no-such-ref' });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /unknown git ref 'no-such-ref'/);
    assert.equal(run.outputs['exit-code'], '2');
  });
});
