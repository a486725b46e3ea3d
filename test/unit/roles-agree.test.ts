// `career-articles roles X` and lint read role names with one matcher: for every role named
// in a fixture or an example title, the occupations `roles` prints as matched are the ones
// the salary rules check against, and lint calls the role unknown exactly when `roles`
// matches nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildArticle } from '../../src/core/model/article.js';
import { RULES, lint, resolveConfig } from '../../src/core/index.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { rolesCommand } from '../../src/cli/commands/roles.js';
import type { Io } from '../../src/cli/io.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ROOT = new URL('../../', import.meta.url).pathname;

function markdownFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? markdownFiles(join(folder, entry.name)) : entry.name.endsWith('.md') ? [join(folder, entry.name)] : [],
  );
}

/** Role names of every title in the fixtures, the examples and the corpus, without pins. */
function roleNames(): string[] {
  const names = new Set<string>();
  for (const file of [
    ...markdownFiles(join(ROOT, 'test/fixtures')),
    ...markdownFiles(join(ROOT, 'examples')),
    ...markdownFiles(join(ROOT, 'test/corpus')),
  ]) {
    const article = buildArticle(readFileSync(file, 'utf8'));
    for (const role of article.roles ?? []) if (role.length < 60) names.add(role);
  }
  return [...names].sort();
}

async function rolesSays(name: string): Promise<string[]> {
  let out = '';
  const io: Io = { cwd: ROOT, env: {}, stdoutIsTTY: false, out: (text) => void (out += text), err: () => undefined };
  await rolesCommand(['--format', 'json', '--limit', '1', '--', name], io);
  const hits = JSON.parse(out || '[]') as Array<{ soc: string; match: { exact: boolean } }>;
  return hits.filter((hit) => hit.match.exact).map((hit) => hit.soc);
}

test('roles and lint agree on every role name in the fixtures, examples and corpus', async () => {
  const index = await bundledRoleIndex();
  const config = resolveConfig({
    rules: Object.fromEntries(RULES.map((r) => [r.id, r.id === 'salary-unknown-role' ? {} : 'off'])),
  });
  const names = roleNames();
  assert.ok(names.length >= 40, `only ${names.length} role names`);
  for (const name of names) {
    const text = `# ${name} vs. Sales Manager: What Are the Differences?\n`;
    const article = buildArticle(text);
    const linted = resolveRole(article, index, name).matches.map((m) => m.occupation.soc);
    const unknown = lint(text, { config, dataset: index }).findings.some((f) => f.data?.['role'] === name);
    const listed = await rolesSays(name);
    assert.deepEqual(listed.sort(), linted.sort(), `roles "${name}" and lint disagree`);
    assert.equal(
      unknown,
      listed.length === 0,
      `lint ${unknown ? 'calls' : 'does not call'} "${name}" unknown; roles matched ${listed.join(', ')}`,
    );
  }
});
