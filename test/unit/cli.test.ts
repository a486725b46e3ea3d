// The CLI end to end: usage, exit codes and the three output formats. Runs the built
// dist/cli.js as a child process (build first: `node esbuild.mjs`).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { spawnSync } from 'node:child_process';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { CLEAN, CLI, EXAMPLES, FLAWED, ROOT, cleanText, lintJson, runCli, tempFolder, write } from '../fixtures/cli/harness.js';

/** The terminal escape character, built so the patterns below hold no control character literally. */
const ESC = String.fromCharCode(27);
const ANSI_ESCAPE = new RegExp(`${ESC}\\[`);

const temp = tempFolder();
after(() => temp.remove());

const FLAWED_NAME = 'examples/registered-nurse-vs-nurse-practitioner.md';

describe('career-articles usage', () => {
  test('--help prints the commands and exits 0', () => {
    const run = runCli(['--help']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /Usage: career-articles <command>/);
    for (const command of ['lint', 'inspect', 'report', 'roles', 'lsp']) assert.match(run.stdout, new RegExp(`^  ${command} `, 'm'));
  });

  test('lint --help documents the json shape, which files are reported and the exit codes', () => {
    const run = runCli(['lint', '-h']);
    assert.equal(run.code, 0);
    assert.match(run.stdout, /not comparison articles/);
    assert.match(run.stdout, /"ruleId", "messageId", "topic", "severity",/);
    assert.match(run.stdout, /2 {2}usage error, missing file or folder, invalid config file, invalid baseline, unknown git/);
  });

  test('--version prints the version from package.json', () => {
    const run = runCli(['--version']);
    const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(run.code, 0);
    assert.equal(run.stdout.trim(), version);
  });

  const usageErrors: Array<[string, string[], RegExp]> = [
    [
      'a missing command',
      [],
      /^career-articles: missing command, expected one of lint, inspect, import, report, refresh, new, roles, dataset, style, vocab, playground, lsp$/,
    ],
    ['an unknown command', ['check', 'x.md'], /^career-articles: unknown command 'check'/],
    ['an unknown flag', ['lint', '--bogus', 'x.md'], /^career-articles: unknown option '--bogus'$/],
    [
      'an unknown format',
      ['lint', '--format', 'xml', CLEAN],
      /^career-articles: unexpected --format 'xml', expected one of stylish, json, sarif, github, junit$/,
    ],
    ['a bad --max-warnings', ['lint', '--max-warnings', 'many', CLEAN], /^career-articles: unexpected --max-warnings 'many'/],
    ['lint without inputs', ['lint'], /^career-articles: no files, folders or globs to lint$/],
  ];
  for (const [what, args, message] of usageErrors) {
    test(`${what} exits 2 with a one-line message and a hint`, () => {
      const run = runCli(args);
      assert.equal(run.code, 2);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 2, run.stderr);
      assert.match(lines[0]!, message);
      assert.match(lines[1]!, /^Run 'career-articles( lint)? --help' for usage\.$/);
    });
  }

  test('a missing file exits 2 with one line naming it', () => {
    const run = runCli(['lint', 'examples/no-such-article.md']);
    assert.equal(run.code, 2);
    assert.equal(run.stderr, 'career-articles: no such file or folder: examples/no-such-article.md\n');
  });

  test('a glob that matches nothing exits 2', () => {
    const run = runCli(['lint', 'examples/**/*.nothing']);
    assert.equal(run.code, 2);
    assert.equal(
      run.stderr,
      'career-articles: no files match the pattern: examples/**/*.nothing\ncareer-articles: (use --no-error-on-unmatched-pattern to allow it)\n',
    );
  });

  // Only lint has --no-error-on-unmatched-pattern: the other commands over paths must not offer it.
  for (const command of ['report', 'refresh']) {
    test(`${command} on a glob that matches nothing exits 2 without naming a flag it does not take`, () => {
      const run = runCli([command, 'examples/**/*.nothing']);
      assert.equal(run.code, 2);
      assert.equal(run.stderr, 'career-articles: no files match the pattern: examples/**/*.nothing\n');
    });
  }
});

describe('career-articles lint exit codes', () => {
  test('a clean article exits 0 and prints nothing', () => {
    const run = runCli(['lint', CLEAN]);
    assert.equal(run.code, 0, run.stdout);
    assert.equal(run.stdout, '');
  });

  test('an article with errors exits 1', () => {
    assert.equal(runCli(['lint', FLAWED]).code, 1);
  });

  test('warnings alone exit 0, and 1 once they exceed --max-warnings', () => {
    const file = write(
      temp.path,
      'warnings-only.md',
      cleanText().replace('# Product Manager vs. Sales Manager: What Are the Differences?', '# Product Manager vs Sales Manager'),
    );
    const { entries } = lintJson([file]);
    const severities = new Set(entries[0]!.findings.map((f) => f.severity));
    assert.deepEqual([...severities], ['warning']);
    assert.equal(runCli(['lint', file]).code, 0);
    const over = runCli(['lint', '--max-warnings', '0', file]);
    assert.equal(over.code, 1);
    assert.match(over.stderr, /more than --max-warnings 0/);
    assert.equal(runCli(['lint', '--max-warnings', '10', file]).code, 0);
  });

  test('--quiet reports errors only', () => {
    const { entries } = lintJson(['--quiet', FLAWED]);
    assert.ok(entries[0]!.findings.length > 0);
    assert.deepEqual([...new Set(entries[0]!.findings.map((f) => f.severity))], ['error']);
    const stylish = runCli(['lint', '--quiet', FLAWED]).stdout;
    assert.doesNotMatch(stylish, /warning {2}/);
    assert.match(stylish, /\(1 error, 0 warnings, 0 infos\)/);
  });
});

describe('career-articles lint formats', () => {
  test('stylish prints the path, aligned rows and a summary line', () => {
    const run = runCli(['lint', FLAWED]);
    const { entries } = lintJson([FLAWED]);
    const findings = entries[0]!.findings;
    const count = (severity: string) => findings.filter((f) => f.severity === severity).length;
    const lines = run.stdout.trimEnd().split('\n');

    assert.equal(lines[0], FLAWED_NAME);
    const rows = lines.slice(1, 1 + findings.length);
    findings.forEach((finding, i) => {
      const row = rows[i]!;
      assert.match(row, new RegExp(`^ +${finding.line}:${finding.column} +${finding.severity} +`));
      assert.ok(row.endsWith(`  ${finding.ruleId}`), row);
      assert.ok(row.includes(finding.message));
    });
    const severityColumn = rows.map((row) => row.search(/(error|warning|info) /));
    assert.equal(new Set(severityColumn).size, 1, 'severities start in one column');
    const ruleColumn = rows.map((row, i) => row.length - findings[i]!.ruleId.length);
    assert.equal(new Set(ruleColumn).size, 1, 'rule ids start in one column');

    const total = findings.length;
    const summary = `✖ ${total} problems (${count('error')} error${count('error') === 1 ? '' : 's'}, ${count('warning')} warnings, ${count('info')} infos)`;
    assert.ok(lines.includes(`${summary} in 1 file linted, 0 skipped`), run.stdout);
    assert.match(lines.at(-1)!, /^ {2}\d+ fixable with --fix$/);
  });

  const hasScript = spawnSync('script', ['--version']).status === 0;
  test(
    'stylish output is coloured on a terminal unless NO_COLOR or --no-color says otherwise',
    { skip: !hasScript && 'needs util-linux script for a terminal' },
    () => {
      const onTerminal = (args: string, env: Record<string, string | undefined>) => {
        const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} lint ${args} ${JSON.stringify(FLAWED)}`;
        // script's own log of the session goes to the test's folder, never to a system path.
        return spawnSync('script', ['-qec', command, join(temp.path, 'terminal.log')], {
          env: { ...process.env, ...env },
          encoding: 'utf8',
        }).stdout;
      };
      const plainEnv = { NO_COLOR: undefined, FORCE_COLOR: undefined };
      assert.match(onTerminal('', plainEnv), new RegExp(`${ESC}\\[31merror`));
      assert.doesNotMatch(onTerminal('--no-color', plainEnv), ANSI_ESCAPE);
      assert.doesNotMatch(onTerminal('', { NO_COLOR: '1' }), ANSI_ESCAPE);
    },
  );

  test('stylish output has no colours with NO_COLOR or --no-color', () => {
    assert.doesNotMatch(runCli(['lint', FLAWED]).stdout, ANSI_ESCAPE);
    assert.doesNotMatch(runCli(['lint', '--no-color', FLAWED], { env: { NO_COLOR: '' } }).stdout, ANSI_ESCAPE);
  });

  test('json has one entry per article with positions and data, and a skipped entry per non-article', () => {
    const folder = join(temp.path, 'json-shape');
    mkdirSync(folder);
    write(folder, 'README.md', '# Notes\n\nThis folder holds drafts.\n');
    write(folder, 'article.md', readFileSync(FLAWED, 'utf8'));
    const { entries: all } = lintJson(['.'], { cwd: folder });
    assert.equal(all.length, 2);
    const readme = all.find((e) => e.file === 'README.md');
    assert.deepEqual(readme, { file: 'README.md', skipped: "not a comparison article: no 'A vs. B' title or heading", findings: [] });
    const entries = all.filter((e) => e !== readme);
    assert.equal(entries[0]!.file, 'article.md');
    // "site" carries what `report --from` needs to join shards (test/unit/cli-shard.test.ts).
    assert.deepEqual(Object.keys(entries[0]!), ['file', 'findings', 'site']);
    for (const finding of entries[0]!.findings) {
      const keys = Object.keys(finding).filter((key) => key !== 'data');
      assert.deepEqual(keys, [
        'ruleId',
        'messageId',
        'topic',
        'severity',
        'message',
        'line',
        'column',
        'endLine',
        'endColumn',
        'offset',
        'endOffset',
      ]);
    }
    const missing = entries[0]!.findings.find((f) => f.ruleId === 'required-sections');
    assert.deepEqual(missing?.data, { section: 'environment' });
  });

  test('json paths are relative to the working folder and sorted', () => {
    const { entries } = lintJson(['.', '--format', 'json'], { cwd: EXAMPLES });
    const files = entries.map((e) => e.file);
    assert.ok(files.length >= 1);
    assert.deepEqual(files, [...files].sort());
    assert.ok(files.every((file) => !file.includes('/work/') && file.endsWith('.md')));
  });

  test('sarif validates against the official SARIF 2.1.0 schema', () => {
    const run = runCli(['lint', '--format', 'sarif', 'examples'], { cwd: ROOT });
    assert.equal(run.code, 1);
    const log = JSON.parse(run.stdout);
    const schema = JSON.parse(readFileSync(join(ROOT, 'node_modules/@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'), 'utf8'));
    // The schema's language-tag pattern is not valid with the `u` flag.
    const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    assert.ok(validate(log), JSON.stringify(validate.errors, null, 2));
  });

  test('sarif describes every rule with a help link and points results at relative files', () => {
    const log = JSON.parse(runCli(['lint', '--format', 'sarif', 'examples']).stdout);
    const run = log.runs[0];
    assert.equal(log.version, '2.1.0');
    assert.equal(run.tool.driver.name, 'career-articles');
    const rules = run.tool.driver.rules as Array<{
      id: string;
      helpUri: string;
      defaultConfiguration: { level: string };
      properties: { fixable: boolean };
    }>;
    assert.ok(rules.some((rule) => rule.id === 'required-sections' && rule.properties.fixable));
    for (const rule of rules) {
      assert.match(rule.helpUri, new RegExp(`/docs/rules/${rule.id}\\.md$`));
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(run.originalUriBaseIds['%SRCROOT%'].uri, `${pathToFileURL(ROOT).href}/`);
    assert.ok(run.results.length > 0);
    for (const result of run.results) {
      assert.equal(rules[result.ruleIndex]!.id, result.ruleId);
      const location = result.locations[0].physicalLocation;
      assert.equal(location.artifactLocation.uri, FLAWED_NAME);
      assert.equal(location.artifactLocation.uriBaseId, '%SRCROOT%');
      assert.ok(location.region.startLine >= 1 && location.region.startColumn >= 1);
    }
    assert.ok(run.results.some((r: { level: string }) => r.level === 'error'));
  });

  test('sarif percent-encodes file names', () => {
    write(temp.path, 'a b#1.md', readFileSync(FLAWED, 'utf8'));
    const log = JSON.parse(runCli(['lint', '--format', 'sarif', '.'], { cwd: temp.path }).stdout);
    const uris = new Set(
      log.runs[0].results.map(
        (r: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
          r.locations[0]!.physicalLocation.artifactLocation.uri,
      ),
    );
    assert.ok(uris.has('a%20b%231.md'), [...uris].join());
  });
});
