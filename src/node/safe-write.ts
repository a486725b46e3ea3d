// The one way the product writes a file (a report, the lint cache, an imported article, a
// dataset, a config, an article rewritten by --fix or refresh): it looks at what is at the path
// before writing, so a pipe, a device, a link, an input of the run or a file that is not this
// tool's output is never turned into a regular file of ours.
// - `lstat` first. A symbolic link is followed: its target is replaced atomically and the link
//   stays a link. A link to nothing is refused (creating its target would write where the user
//   never named).
// - A named pipe or a character device (`-o /dev/stdout`, `-o >(gzip)`) is opened and written
//   in place, never renamed over, when the output is a stream (a report); otherwise (the cache,
//   an article) it is refused. A folder, a block device or a socket is always refused.
// - A regular file that is one of the run's inputs (compared by real path) is refused, even
//   with --force, unless the write is the rewrite of that input (--fix, refresh).
// - Any other existing regular file is replaced only when `isOurs` recognises it as this tool's
//   own output of that kind (each caller says how), or with --force. An empty file holds nothing
//   to lose and is replaced.
// - Otherwise the file is written atomically (write-atomic.ts): a new file by temp and rename,
//   an existing one keeping its mode and owner.
// Every refusal is a WriteError with one line that names the reason; callers add the path.
import { constants, type Stats } from 'node:fs';
import { lstat, open, realpath, stat } from 'node:fs/promises';
import { WriteError, writeFileAtomic, writeNewFileAtomic, type Expected } from './write-atomic.js';

export { WriteError } from './write-atomic.js';

export interface OutputRules {
  /** What is written, for messages: "report", "cache file", "imported article". */
  what: string;
  /** Paths the run reads: never replaced by this output (compared by real path). */
  inputs?: readonly string[];
  /** The write is the rewrite of an input (--fix, refresh): the input rule does not apply. */
  rewritesInput?: boolean;
  /**
   * Whether the first bytes of an existing regular file show it is this tool's own output of
   * this kind. Without it, any existing file other than an input may be replaced.
   */
  isOurs?: (head: string, path: string) => boolean;
  /** The hint after a refusal of a file that is not ours (default: add --force). */
  notOursHint?: string;
  /** --force: replace an existing file that is not ours (never an input). */
  force?: boolean;
  /** A pipe or character device is written in place (a report); without it, refused. */
  inPlace?: boolean;
  /** The file as it was read (--fix): not replaced if it changed since. */
  expected?: Expected;
}

const HEAD_BYTES = 512;

function kindOf(info: Stats): string | undefined {
  if (info.isFIFO()) return 'a named pipe';
  if (info.isCharacterDevice()) return 'a device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isDirectory()) return 'a folder';
  return undefined;
}

async function readHead(path: string): Promise<string> {
  const handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/** Writes into a pipe or device as a shell's `>` does: no create, no rename. */
async function writeInPlace(path: string, data: string | Uint8Array): Promise<void> {
  const handle = await open(path, constants.O_WRONLY | constants.O_NOCTTY);
  try {
    await handle.writeFile(data);
  } finally {
    await handle.close();
  }
}

async function isInput(target: string, inputs: readonly string[]): Promise<boolean> {
  for (const input of inputs) {
    if (input === target || (await realpath(input).catch(() => input)) === target) return true;
  }
  return false;
}

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Where and how `file` may be written under `rules`; throws a WriteError saying why not. */
export type WritePlan = { how: 'create' } | { how: 'in-place' | 'replace'; target: string };

/** Looks at `file` and decides how it may be written (see the top of this file), writing nothing. */
export async function planWrite(file: string, rules: OutputRules): Promise<WritePlan> {
  const link = await lstat(file).catch((error: unknown) => {
    if (codeOf(error) === 'ENOENT' || codeOf(error) === 'ENOTDIR') return undefined;
    throw new WriteError(`is out of reach (${codeOf(error) ?? String(error)})`);
  });
  if (!link) return { how: 'create' };
  const target = await realpath(file).catch(() => undefined);
  if (target === undefined) throw new WriteError('is a symbolic link to a missing file; not written');
  const info = link.isSymbolicLink() ? await stat(target) : link;

  const kind = kindOf(info);
  if (kind !== undefined) {
    if (rules.inPlace && (info.isFIFO() || info.isCharacterDevice())) return { how: 'in-place', target };
    throw new WriteError(`is ${kind}, not a regular file: the ${rules.what} is never written there`);
  }
  if (!rules.rewritesInput && (await isInput(target, rules.inputs ?? [])))
    throw new WriteError(`is one of the files this run reads; the ${rules.what} never replaces it (name another output)`);
  if (rules.isOurs && !rules.force && info.size > 0) {
    const head = await readHead(target).catch(() => '');
    if (!rules.isOurs(head, target))
      throw new WriteError(
        `exists and is not a ${rules.what} of this tool; not replaced (${rules.notOursHint ?? 'add --force to replace it'})`,
      );
  }
  return { how: 'replace', target };
}

/** Writes `data` to `file` under `rules` (see the top of this file); throws a WriteError saying why not. */
export async function safeWrite(file: string, data: string | Uint8Array, rules: OutputRules): Promise<void> {
  const plan = await planWrite(file, rules);
  if (plan.how === 'create') {
    await writeNewFileAtomic(file, data).catch((error: unknown) => {
      throw new WriteError(`cannot create it (${codeOf(error) ?? String(error)})`);
    });
  } else if (plan.how === 'in-place') {
    await writeInPlace(plan.target, data).catch((error: unknown) => {
      throw new WriteError(`cannot write into it (${codeOf(error) ?? String(error)})`);
    });
  } else {
    await writeFileAtomic(plan.target, data, rules.expected).catch((error: unknown) => {
      if (!(error instanceof WriteError)) throw new WriteError(String(error));
      // write-atomic's reasons end in "not fixed", --fix's word; other outputs say "not written".
      throw rules.rewritesInput ? error : new WriteError(error.message.replace(/, not fixed$/, ', not written'));
    });
  }
}

/** The extensions the linter reads as articles: a report never replaces such a file unless it is one. */
const ARTICLE_EXTENSION = /\.(?:md|markdown|mdown|mkd|txt|text|html?)$/i;

/** Marks of this tool's own reports, as they begin (site/html.ts, site/markdown.ts). */
const REPORT_MARKS = ['<meta name="generator" content="career-articles">', '## Career Articles site report'];

/**
 * A report (`lint -o`, `report -o`) may replace a file that is not an article: a previous
 * JSON, SARIF or JUnit report, as eslint's -o does. A file with an article's extension is
 * replaced only when it begins as this tool's HTML or Markdown report.
 */
export function isOurReport(head: string, path: string): boolean {
  return !ARTICLE_EXTENSION.test(path) || REPORT_MARKS.some((mark) => head.includes(mark));
}
