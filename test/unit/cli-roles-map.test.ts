// `career-articles roles --map` (dist/cli.js as a child process, the real bundled data): the
// alias lands in the nearest config with its comments and formatting kept, and the next lint
// checks the role's figures against the mapped occupation.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintJson, runCli, caseFolders, write } from '../fixtures/cli/harness.js';

const temp = caseFolders();
after(() => temp.remove());
const folder = temp.next;

const ARTICLE = `# Growth Hacker vs. Marketing Manager: What Are the Differences?

## Growth Hacker vs. Marketing Manager

### Salary

Growth hackers earn an average salary of $50,000 per year, while marketing managers earn an average salary of $177,770 per year (BLS OEWS May 2025).
`;

const salaryFindings = (cwd: string) =>
  lintJson(['.'], { cwd })
    .entries.flatMap((e) => e.findings)
    .filter((f) => f.ruleId.startsWith('salary-') && f.ruleId !== 'salary-no-source')
    .map((f) => ({ ruleId: f.ruleId, role: f.data?.role, soc: f.data?.socCode }));

describe('career-articles roles --map', () => {
  test('creates a config in the current folder, and the next lint judges the role against the mapped occupation', () => {
    const cwd = folder();
    write(cwd, 'growth-hacker-vs-marketing-manager.md', ARTICLE);
    assert.deepEqual(salaryFindings(cwd), [{ ruleId: 'salary-unknown-role', role: 'Growth Hacker', soc: undefined }]);
    const run = runCli(['roles', '--map', 'Growth Hacker', '13-1161'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.match(
      run.stdout,
      /mapped "Growth Hacker" to Market Research Analysts and Marketing Specialists \(13-1161\) in \.career-articles\.json/,
    );
    assert.deepEqual(JSON.parse(readFileSync(join(cwd, '.career-articles.json'), 'utf8')), { roles: { 'Growth Hacker': '13-1161' } });
    assert.deepEqual(salaryFindings(cwd), [{ ruleId: 'salary-mismatch', role: 'Growth Hacker', soc: '13-1161' }]);
  });

  test('writes into the nearest config above the current folder, keeping its comments, indentation and other keys', () => {
    const root = folder();
    const config = `// The site's lint settings
{
    "rules": {
        "salary-no-source": "off", // we cite in the footer
    },
    "roles": {
        "growth hacker": "11-2021"
    }
}
`;
    write(root, '.career-articles.json', config);
    const cwd = join(root, 'articles');
    mkdirSync(cwd);
    write(cwd, 'growth-hacker-vs-marketing-manager.md', ARTICLE);
    const run = runCli(['roles', '--map', 'Growth', 'Hacker', '131161'], { cwd });
    assert.equal(run.code, 0, run.stderr);
    assert.ok(!existsSync(join(cwd, '.career-articles.json')), 'a second config was created instead of editing the nearest');
    assert.equal(
      readFileSync(join(root, '.career-articles.json'), 'utf8'),
      `// The site's lint settings
{
    "rules": {
        "salary-no-source": "off", // we cite in the footer
    },
    "roles": {
        "Growth Hacker": "13-1161"
    }
}
`,
    );
    assert.deepEqual(salaryFindings(cwd), [{ ruleId: 'salary-mismatch', role: 'Growth Hacker', soc: '13-1161' }]);
  });

  test('a SOC code the dataset does not have is a one-line error and nothing is written', () => {
    const cwd = folder();
    const run = runCli(['roles', '--map', 'Growth Hacker', '99-9999'], { cwd });
    assert.equal(run.code, 2);
    assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    assert.match(run.stderr, /unknown SOC code '99-9999': the dataset has no such occupation/);
    assert.ok(!existsSync(join(cwd, '.career-articles.json')));
  });

  test('a broken config is not edited: its error names the file, line and JSON path', () => {
    const cwd = folder();
    const broken = '{\n  "roles": {"Nurse": "nurse"}\n}\n';
    write(cwd, '.career-articles.json', broken);
    const run = runCli(['roles', '--map', 'Growth Hacker', '13-1161'], { cwd });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /invalid config file: \.career-articles\.json:2:\d+: roles\.Nurse: expected a SOC code/);
    assert.equal(readFileSync(join(cwd, '.career-articles.json'), 'utf8'), broken);
  });

  test('without a role and a code it is a usage error', () => {
    const run = runCli(['roles', '--map', '13-1161'], { cwd: folder() });
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--map expects a role name and a SOC code/);
  });
});
