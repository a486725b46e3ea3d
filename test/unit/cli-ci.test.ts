// CI integrations of `career-articles lint`, run as a CI job runs them (dist/cli.js as a
// child process): GitHub Actions annotations, JUnit XML, --stdin and --output-file, and the
// pre-commit hook definition.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { chmodSync, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { SyntaxValidator } from 'fast-xml-validator';
import { parse as parseYaml } from 'yaml';
import { CLEAN, FLAWED, ROOT, cleanText, flawedText, lintJson, runCli, tempFolder, write } from '../fixtures/cli/harness.js';
import { escapeData, escapeProperty } from '../../src/cli/format/github.js';

const temp = tempFolder();
after(() => temp.remove());

/** `::error file=a,line=1::message` split into its parts, unescaping the runner's way. */
function parseCommand(line: string): { name: string; properties: Record<string, string>; message: string } {
  const match = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  assert.ok(match, `not a workflow command: ${line}`);
  const unescape = (text: string) =>
    text.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
  const properties = Object.fromEntries(
    match[2]!
      .split(',')
      .map((pair) => pair.split('=') as [string, string])
      .map(([k, v]) => [k, unescape(v)]),
  );
  return { name: match[1]!, properties, message: unescape(match[3]!) };
}

describe('lint --format github', () => {
  test('prints one workflow command per finding with the file, the range and the rule', () => {
    const run = runCli(['lint', '--format', 'github', FLAWED]);
    const { entries } = lintJson([FLAWED]);
    assert.equal(run.code, 1);
    const lines = run.stdout.trimEnd().split('\n');
    const findings = entries[0]!.findings;
    assert.equal(lines.length, findings.length);
    lines.forEach((line, i) => {
      const f = findings[i]!;
      const command = parseCommand(line);
      assert.equal(command.name, { error: 'error', warning: 'warning', info: 'notice' }[f.severity]);
      assert.deepEqual(command.properties, {
        file: 'examples/registered-nurse-vs-nurse-practitioner.md',
        line: String(f.line),
        col: String(f.column),
        endLine: String(f.endLine),
        endColumn: String(f.endColumn),
        title: `career-articles(${f.ruleId})`,
      });
      assert.equal(command.message, f.message);
    });
  });

  test('escapes commas and colons in the file name so the runner reads the whole name', () => {
    const folder = join(temp.path, 'github');
    mkdirSync(folder);
    write(folder, 'a,b:c 100%.md', flawedText());
    const run = runCli(['lint', '--format', 'github', '.'], { cwd: folder });
    const first = run.stdout.split('\n')[0]!;
    assert.ok(first.includes('file=a%2Cb%3Ac 100%25.md,line='), first);
    assert.equal(parseCommand(first).properties.file, 'a,b:c 100%.md');
  });

  test('escapes percent signs and line breaks in messages, and colons only in properties', () => {
    assert.equal(escapeData('50%: a\r\nb'), '50%25: a%0D%0Ab');
    assert.equal(escapeProperty('a,b: 5%\n'), 'a%2Cb%3A 5%25%0A');
  });

  test('prints nothing for a clean article', () => {
    const run = runCli(['lint', '--format', 'github', CLEAN]);
    assert.equal(run.code, 0);
    assert.equal(run.stdout, '');
  });
});

describe('lint --format junit', () => {
  test('is well-formed XML with one failing case per error or warning and a passing case per clean article', () => {
    const run = runCli(['lint', '--format', 'junit', FLAWED, CLEAN]);
    assert.equal(run.code, 1);
    assert.equal(SyntaxValidator.validate(run.stdout), true);
    const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ['testsuite', 'testcase'].includes(name) }).parse(
      run.stdout,
    ) as {
      testsuites: {
        '@_tests': string;
        '@_failures': string;
        testsuite: Array<{ '@_name': string; '@_failures': string; testcase: Array<{ failure?: unknown }> }>;
      };
    };
    const { entries } = lintJson([FLAWED, CLEAN]);
    const failing = (file: string) => entries.find((e) => e.file === file)!.findings.filter((f) => f.severity !== 'info').length;
    const suites = xml.testsuites.testsuite;
    assert.deepEqual(
      suites.map((s) => s['@_name']),
      entries.map((e) => e.file),
    );
    for (const s of suites) {
      assert.equal(Number(s['@_failures']), failing(s['@_name']));
      assert.equal(s.testcase.filter((c) => c.failure !== undefined).length, failing(s['@_name']));
    }
    const clean = suites.find((s) => s['@_name'].endsWith('product-manager-vs-sales-manager.md'))!;
    assert.equal(clean.testcase.length, 1);
    assert.equal(Number(xml.testsuites['@_failures']), failing(entries[0]!.file) + failing(entries[1]!.file));
  });

  test('escapes markup and drops control characters that XML cannot hold', () => {
    const folder = join(temp.path, 'junit');
    mkdirSync(folder);
    const text = flawedText().replace(/^# (.*)$/m, '# Nurse <b>&</b> "Aide"\u0001 vs. Registered Nurse: What Are the Differences?');
    write(folder, 'x<&>.md', text);
    const run = runCli(['lint', '--format', 'junit', '.'], { cwd: folder });
    assert.equal(SyntaxValidator.validate(run.stdout), true, run.stdout.slice(0, 400));
    assert.match(run.stdout, /name="x&lt;&amp;&gt;\.md"/);
  });
});

describe('lint --stdin', () => {
  test('lints the text on stdin as the named file, with the config nearest to that name', () => {
    const folder = join(temp.path, 'stdin', 'drafts');
    mkdirSync(folder, { recursive: true });
    write(join(temp.path, 'stdin'), '.career-articles.json', JSON.stringify({ rules: { 'required-sections': 'off' } }));
    const plain = runCli(['lint', '--format', 'json', '--stdin', '--stdin-filename', 'elsewhere.md'], {
      input: flawedText(),
      cwd: temp.path,
    });
    const configured = runCli(['lint', '--format', 'json', '--stdin', '--stdin-filename', 'stdin/drafts/new.md'], {
      input: flawedText(),
      cwd: temp.path,
    });
    const rules = (stdout: string) =>
      (JSON.parse(stdout) as Array<{ findings: Array<{ ruleId: string }> }>)[0]!.findings.map((f) => f.ruleId);
    const [entry] = JSON.parse(configured.stdout) as Array<{ file: string }>;
    assert.equal(entry!.file, join('stdin', 'drafts', 'new.md'));
    assert.equal(existsSync(join(folder, 'new.md')), false);
    assert.ok(rules(plain.stdout).includes('required-sections'));
    assert.ok(!rules(configured.stdout).includes('required-sections'));
    assert.deepEqual(
      rules(configured.stdout),
      rules(plain.stdout).filter((r) => r !== 'required-sections'),
    );
    // The flawed example's one error is its missing section, which that config turns off.
    assert.equal(plain.code, 1);
    assert.equal(configured.code, 0);
  });

  test('a clean article on stdin exits 0; without a name it is reported as <stdin>', () => {
    assert.equal(runCli(['lint', '--stdin'], { input: cleanText() }).code, 0);
    const run = runCli(['lint', '--stdin'], { input: flawedText() });
    assert.equal(run.code, 1);
    assert.equal(run.stdout.split('\n')[0], '<stdin>');
  });

  const misuse: Array<[string, string[], RegExp]> = [
    ['a file beside --stdin', ['--stdin', 'x.md'], /--stdin lints the text on stdin, not 'x\.md'/],
    ['--fix with --stdin', ['--stdin', '--fix'], /--fix cannot be used with --stdin/],
    ['--stdin-filename without --stdin', ['--stdin-filename', 'x.md'], /--stdin-filename needs --stdin/],
  ];
  for (const [what, args, message] of misuse) {
    test(`${what} is a usage error`, () => {
      const run = runCli(['lint', ...args], { input: '' });
      assert.equal(run.code, 2);
      assert.match(run.stderr.split('\n')[0]!, message);
    });
  }
});

describe('lint --output-file', () => {
  test('writes the report to the file, creating its folder, and nothing to stdout', () => {
    const target = join(temp.path, 'out', 'deep', 'report.sarif');
    const run = runCli(['lint', '--format', 'sarif', '--output-file', target, FLAWED]);
    assert.equal(run.code, 1);
    assert.equal(run.stdout, '');
    const direct = runCli(['lint', '--format', 'sarif', FLAWED]).stdout;
    assert.equal(readFileSync(target, 'utf8'), direct);
    // Replaced whole, through a temp file that does not stay behind.
    runCli(['lint', '--format', 'sarif', '-o', target, CLEAN]);
    assert.equal((JSON.parse(readFileSync(target, 'utf8')) as { runs: Array<{ results: unknown[] }> }).runs[0]!.results.length, 0);
    assert.deepEqual(readdirSync(join(temp.path, 'out', 'deep')), ['report.sarif']);
  });

  test(
    'a file that cannot be written exits 2 with one line naming it',
    { skip: process.getuid?.() === 0 && 'root writes anywhere' },
    () => {
      const folder = join(temp.path, 'locked');
      mkdirSync(folder);
      chmodSync(folder, 0o500);
      const run = runCli(['lint', '-o', join(folder, 'r.txt'), FLAWED]);
      chmodSync(folder, 0o700);
      assert.equal(run.code, 2);
      assert.match(run.stderr, /^career-articles: cannot write the output file .*r\.txt \(EACCES\)\n$/);
    },
  );

  test('an output path that is a folder exits 2 with one line naming it', () => {
    const run = runCli(['lint', '-o', temp.path, FLAWED]);
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /cannot write the output file/);
  });
});

describe('.pre-commit-hooks.yaml', () => {
  test('defines a hook that runs the installed command on Markdown files', () => {
    const hooks = parseYaml(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')) as Array<Record<string, unknown>>;
    const hook = hooks.find((h) => h.id === 'career-articles');
    assert.ok(hook);
    const bin = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> }).bin;
    assert.equal(hook.entry, `${Object.keys(bin)[0]} lint`);
    assert.equal(hook.language, 'node');
    assert.deepEqual(hook.types, ['markdown']);
  });
});
