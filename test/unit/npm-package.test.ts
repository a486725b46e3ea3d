// The published packages: `npm pack` gives a lean tarball whose `career-articles` bin works
// after `npm install -g` into a fresh prefix, offline (every dependency is bundled, so the
// package declares none); the extension manifest carries what the Marketplace and Open VSX
// show, and `vsce ls` lists exactly the .vsix files test/runner/vsix-files.ts expects. Everything
// is written inside a temporary folder: the install has its own prefix and npm cache.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXAMPLES, FLAWED, ROOT, lintJson, tempFolder } from '../fixtures/cli/harness.js';
import { expectedVsixFiles, vsixFileDifferences } from '../runner/vsix-files.js';

const temp = tempFolder();
after(() => temp.remove());
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const npm = (args: string[], cwd = ROOT) => {
  // npm's own cache and config stay inside the test's folder; never the machine's global prefix.
  const env = { ...process.env, npm_config_cache: join(temp.path, 'npm-cache'), npm_config_update_notifier: 'false' };
  const run = spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  assert.equal(run.status, 0, `npm ${args.join(' ')}: ${run.stderr}`);
  return run.stdout;
};

describe('the npm package', () => {
  let tarball = '';
  let files: Array<{ path: string; size: number }> = [];
  before(() => {
    // --ignore-scripts: the package of the build at hand (prepack would rebuild it for production).
    const [packed] = JSON.parse(npm(['pack', '--json', '--ignore-scripts', '--pack-destination', temp.path])) as Array<{
      filename: string;
      files: Array<{ path: string; size: number }>;
    }>;
    tarball = join(temp.path, packed!.filename);
    files = packed!.files;
  });

  test('holds the CLI, the server, the dataset, the playground page, rule docs and schemas, and no sources, tests or maps', () => {
    const paths = files.map((f) => f.path);
    for (const needed of [
      'dist/cli.js',
      'dist/cli-main.cjs',
      'dist/lint-worker.js',
      'dist/lsp.js',
      'dist/playground/index.html',
      'data/roles.json',
    ])
      assert.ok(paths.includes(needed), needed);
    assert.ok(paths.includes('docs/rules/salary-mismatch.md'));
    assert.deepEqual(
      paths.filter((p) =>
        /^(src|test|bench|scripts|examples|media)\/|\.map$|^dist\/(web|test)\/|^dist\/(extension|client)\.cjs$|^data\/source\//.test(p),
      ),
      [],
    );
  });

  test('declares no dependency to install: every package is bundled', () => {
    assert.equal(manifest.dependencies, undefined);
  });

  test('installed with npm install -g into a fresh prefix, offline, its bin lints, and writes the playground', () => {
    const prefix = join(temp.path, 'prefix');
    npm(['install', '-g', '--offline', '--no-audit', '--no-fund', '--prefix', prefix, tarball], temp.path);
    const bin = join(prefix, 'bin', 'career-articles');
    assert.ok(existsSync(bin), bin);
    const run = (args: string[]) => spawnSync(bin, args, { cwd: temp.path, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    assert.equal(run(['--version']).stdout.trim(), manifest.version);
    writeFileSync(join(temp.path, 'flawed.md'), readFileSync(FLAWED));
    const installed = run(['lint', '--format', 'json', 'flawed.md']);
    assert.equal(installed.status, 1, installed.stderr);
    const fromBuild = lintJson(['flawed.md'], { cwd: temp.path });
    assert.ok(fromBuild.entries[0]!.findings.length > 0);
    assert.deepEqual(JSON.parse(installed.stdout), fromBuild.entries);
    const page = run(['playground', '-o', 'page']);
    assert.equal(page.status, 0, page.stderr);
    assert.ok(existsSync(join(temp.path, 'page', 'worker.js')));
    assert.ok(existsSync(join(prefix, 'bin', 'career-articles-lsp')));
    assert.ok(existsSync(EXAMPLES));
  });
});

describe('the extension manifest', () => {
  test('has what the Marketplace and Open VSX show: icon, repository, license, categories, keywords, banner, homepage, bugs', () => {
    assert.match(manifest.publisher, /^[a-z0-9][a-z0-9-]*$/);
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(ROOT, 'LICENSE')));
    const icon = readFileSync(join(ROOT, manifest.icon));
    assert.equal(icon.subarray(1, 4).toString('latin1'), 'PNG');
    // The Marketplace wants an icon of at least 128×128 (PNG width and height, big-endian, in IHDR).
    assert.ok(icon.readUInt32BE(16) >= 128 && icon.readUInt32BE(20) >= 128);
    assert.match(manifest.repository.url, /^https:\/\/github\.com\//);
    assert.match(manifest.homepage, /^https:\/\//);
    assert.match(manifest.bugs.url, /^https:\/\//);
    assert.match(manifest.galleryBanner.color, /^#[0-9a-f]{6}$/i);
    assert.ok(['dark', 'light'].includes(manifest.galleryBanner.theme));
    const known = [
      'Programming Languages',
      'Snippets',
      'Linters',
      'Themes',
      'Debuggers',
      'Formatters',
      'Keymaps',
      'SCM Providers',
      'Other',
      'Extension Packs',
      'Language Packs',
      'Data Science',
      'Machine Learning',
      'Visualization',
      'Notebooks',
      'Education',
      'Testing',
      'AI',
      'Chat',
    ];
    assert.ok(
      manifest.categories.length > 0 && manifest.categories.every((c: string) => known.includes(c)),
      manifest.categories.join(', '),
    );
    // vsce refuses more than 30 keywords.
    assert.ok(manifest.keywords.length > 0 && manifest.keywords.length <= 30);
  });

  test('vsce ls lists exactly the files the .vsix is expected to hold', () => {
    const run = spawnSync('npx', ['vsce', 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const listed = run.stdout
      .trim()
      .split('\n')
      .map((f) => `extension/${f.replace(/^README\.md$/, 'readme.md').replace(/^LICENSE$/, 'LICENSE.txt')}`);
    const metadata = ['[Content_Types].xml', 'extension.vsixmanifest'];
    assert.deepEqual(vsixFileDifferences([...metadata, ...listed], expectedVsixFiles(ROOT)), []);
  });
});
