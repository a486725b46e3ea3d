// Writes the benchmark corpora under bench/corpus/ (git-ignored): 100, 1,000 and 10,000
// articles of about 9 KB in folders of 100, and one 2 MB article; plus a markdownlint-cli2
// config with its default rules, so both linters read the same files the same way.
// A corpus is rewritten only when missing or made by another generator version.
// Run alone: npx tsx bench/corpus.ts [sizes...]
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateArticle, loadRoles, problemsFor, type Role } from './articles.js';

export const CORPUS_ROOT = join(dirname(fileURLToPath(import.meta.url)), 'corpus');
/** Bump when the generator changes, so stale corpora are regenerated. */
const GENERATOR_VERSION = 4;
export const ARTICLE_BYTES = 9 * 1024;
export const BIG_BYTES = 2 * 1024 * 1024;

export interface Corpus {
  name: string;
  folder: string;
  files: number;
  bytes: number;
}

const slug = (role: Role) => role.name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

function stamp(folder: string): string {
  return join(folder, '.generated.json');
}

function upToDate(folder: string, files: number): Corpus | undefined {
  try {
    const info = JSON.parse(readFileSync(stamp(folder), 'utf8')) as Corpus & { version: number };
    return info.version === GENERATOR_VERSION && info.files === files ? info : undefined;
  } catch {
    return undefined;
  }
}

function writeConfig(): void {
  mkdirSync(CORPUS_ROOT, { recursive: true });
  // The corpus is a content repository of its own: the project's .gitignore (which lists
  // bench/corpus/) then does not apply to it, and the CLI lints it as a user's repo.
  if (!existsSync(join(CORPUS_ROOT, '.git'))) {
    const init = spawnSync('git', ['init', '-q', CORPUS_ROOT]);
    if (init.status !== 0) mkdirSync(join(CORPUS_ROOT, '.git'));
  }
  // markdownlint-cli2 reads this from the folder it runs in: default rules, no banner, and its
  // progress lines (Linting: N file(s), Summary: N error(s)), which bench/sanity.ts checks.
  writeFileSync(
    join(CORPUS_ROOT, '.markdownlint-cli2.jsonc'),
    '{ "config": { "default": true }, "noBanner": true, "noProgress": false }\n',
  );
}

/** `count` articles of about 9 KB, 100 to a folder. */
export async function ensureCorpus(count: number, log: (line: string) => void = () => {}): Promise<Corpus> {
  writeConfig();
  const name = `articles-${count}`;
  const folder = join(CORPUS_ROOT, name);
  const existing = upToDate(folder, count);
  if (existing) return { ...existing, folder };
  log(`generating ${count} articles in bench/corpus/${name} ...`);
  rmSync(folder, { recursive: true, force: true });
  const roles = await loadRoles();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const seed = count * 1_000_003 + i;
    const sub = join(folder, `part-${String(Math.floor(i / 100)).padStart(3, '0')}`);
    if (i % 100 === 0) mkdirSync(sub, { recursive: true });
    // ±25% around the mean size, so paragraph and file lengths vary.
    const size = Math.round(ARTICLE_BYTES * (0.75 + ((seed * 7919) % 500) / 1000));
    const text = generateArticle(roles, { seed, bytes: size, problems: problemsFor(seed) });
    const first = text.match(/^# (.+?) vs\. (.+?):/m);
    const file = `${String(i).padStart(5, '0')}-${first ? `${slug({ name: first[1]! } as Role)}-vs-${slug({ name: first[2]! } as Role)}` : 'article'}.md`;
    writeFileSync(join(sub, file), text);
    bytes += Buffer.byteLength(text);
  }
  const corpus: Corpus = { name, folder, files: count, bytes };
  writeFileSync(stamp(folder), JSON.stringify({ ...corpus, version: GENERATOR_VERSION }));
  return corpus;
}

/** One article of about 2 MB: the same shape, with very long sections. */
export async function ensureBigArticle(log: (line: string) => void = () => {}): Promise<Corpus> {
  writeConfig();
  const folder = join(CORPUS_ROOT, 'big');
  const existing = upToDate(folder, 1);
  if (existing) return { ...existing, folder };
  log('generating the 2 MB article in bench/corpus/big ...');
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const text = generateArticle(await loadRoles(), { seed: 2024, bytes: BIG_BYTES });
  writeFileSync(join(folder, 'big-article.md'), text);
  const corpus: Corpus = { name: 'big', folder, files: 1, bytes: Buffer.byteLength(text) };
  writeFileSync(stamp(folder), JSON.stringify({ ...corpus, version: GENERATOR_VERSION }));
  return corpus;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const sizes = process.argv.slice(2).map(Number);
  for (const size of sizes.length ? sizes : [100, 1000, 10_000]) {
    const corpus = await ensureCorpus(size, console.log);
    console.log(`${corpus.name}: ${corpus.files} files, ${(corpus.bytes / 2 ** 20).toFixed(1)} MiB`);
  }
  const big = await ensureBigArticle(console.log);
  console.log(`big: ${(big.bytes / 2 ** 20).toFixed(2)} MiB`);
  if (!existsSync(join(CORPUS_ROOT, '.markdownlint-cli2.jsonc'))) throw new Error('no markdownlint-cli2 config');
}
