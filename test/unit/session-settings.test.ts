// The session's settings step (session/settings.ts), as each host configures it: one rule for
// where a config's datasets may lie (the workspace folder, the config's own folder, or a folder
// the host names: the CLI's current one), the host's own config file (-c) for every folder, and
// the host's own dataset (--dataset), read wherever it lies.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { PathSettings } from '../../src/session/settings.js';
import { memoryFs } from './helpers/memory-fs.js';

const DATASET = '{ "occupations": [] }';

describe('the settings for a path', () => {
  test("a config's dataset outside its folder is refused, unless it lies in a folder the host allows", async () => {
    const files = { '/site/posts/.career-articles.json': '{ "dataset": "../../shared/roles.json" }', '/shared/roles.json': DATASET };
    const plain = await new PathSettings({ fs: memoryFs(files) }).settingsFor('/site/posts/a.md');
    assert.equal(plain.dataset?.file, undefined);
    assert.deepEqual(
      plain.refused.map((r) => [r.kind, r.file, r.reason, r.namedBy]),
      [['dataset', '/shared/roles.json', 'outside', '/site/posts/.career-articles.json']],
    );
    assert.match(plain.warnings.join('\n'), /the dataset \/shared\/roles\.json is outside the workspace folder \/site\/posts/);
    const allowed = await new PathSettings({ fs: memoryFs(files), allowedFolders: ['/shared'] }).settingsFor('/site/posts/a.md');
    assert.equal(allowed.dataset?.file, '/shared/roles.json');
    assert.deepEqual(allowed.refused, []);
  });

  test("the host's config file applies to every folder, and the host's dataset replaces the config's wherever it lies", async () => {
    const fs = memoryFs({
      '/cfg/ci.json': '{ "dataset": "roles.json", "rules": { "salary-mismatch": { "tolerance": 0.05 } } }',
      '/cfg/roles.json': DATASET,
      '/site/.career-articles.json': '{ "rules": { "salary-mismatch": "off" } }',
      '/elsewhere/mine.json': DATASET,
    });
    const named = new PathSettings({ fs, configFile: '/cfg/ci.json' });
    const settings = await named.settingsFor('/site/a.md');
    assert.equal(settings.loaded?.file, '/cfg/ci.json', 'the folder’s own config was used instead of -c');
    assert.equal(settings.config.rules['salary-mismatch']?.options.tolerance, 0.05);
    assert.deepEqual(settings.dataset, { file: '/cfg/roles.json', areaFiles: [], named: false });
    const override = await new PathSettings({ fs, configFile: '/cfg/ci.json', dataset: '/elsewhere/mine.json' }).settingsFor('/site/a.md');
    assert.deepEqual(override.dataset, { file: '/elsewhere/mine.json', areaFiles: [], named: true });
  });

  test('every file of a folder gets the same settings, until a watch event', async () => {
    const fs = memoryFs({ '/ws/.career-articles.json': '{ "rules": { "salary-mismatch": { "tolerance": 0.05 } } }' });
    const paths = new PathSettings({ fs, roots: ['/ws'] });
    const first = await paths.settingsFor('/ws/a.md');
    assert.equal(await paths.settingsFor('/ws/b.md'), first);
    fs.files.set('/ws/.career-articles.json', '{ "rules": { "salary-mismatch": { "tolerance": 0.1 } } }');
    paths.fileChanged('/ws/.career-articles.json');
    assert.equal((await paths.settingsFor('/ws/a.md')).config.rules['salary-mismatch']?.options.tolerance, 0.1);
  });
});
