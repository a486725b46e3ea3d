// Replaces a file's content atomically: write a temp file beside it, fsync, give it the
// original's mode, rename it over the original. A reader (or a crash) sees the old file or
// the new one, never half of each. Every failure becomes a WriteError with a one-line
// reason, and the temp file is removed. With `expected`, a file that changed since it was
// read is left alone (see isUnchanged), and a file with hard links is never split.
// Temp files are named `.<name>.<pid>.<random>.tmp`: hidden and not ending in .md, so no
// folder or glob search picks one up, and carrying the pid of their writer, so one left by
// a killed run is recognised (its process is gone) and removed by the next write.
import { constants } from 'node:fs';
import { access, mkdir, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { readBytesSync, type FileStamp } from './read-text.js';
import { setTimeout as sleep } from 'node:timers/promises';
import { nodeCrypto } from './crypto.js';

export class WriteError extends Error {}

const READ_ONLY = 'read-only file, not fixed';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied, not fixed',
  EPERM: 'permission denied, not fixed',
  EROFS: 'read-only file system, not fixed',
  ENOSPC: 'no space left on the device, not fixed',
  EDQUOT: 'disk quota exceeded, not fixed',
  ENOENT: 'the file disappeared, not fixed',
};

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  return `cannot write the file (${code ?? (error instanceof Error ? error.message : String(error))}), not fixed`;
}

/**
 * A file without any write bit is read-only even for root, who could write it anyway: the
 * author marked it so on purpose. Otherwise ask the OS whether this user may write it.
 */
async function assertWritable(file: string, mode: number): Promise<void> {
  if ((mode & 0o222) === 0) throw new WriteError(READ_ONLY);
  try {
    await access(file, constants.W_OK);
  } catch {
    throw new WriteError(READ_ONLY);
  }
}

async function syncFolder(folder: string): Promise<void> {
  // Makes the rename itself durable; not every platform can open a folder, so best effort.
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

function tempName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${nodeCrypto().randomBytes(6).toString('hex')}.tmp`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'; // alive, but someone else's
  }
}

/** Removes temp files of `target` left by writers that no longer run (killed mid-write). */
async function removeStaleTemps(target: string): Promise<void> {
  const prefix = `.${basename(target)}.`;
  let names: string[];
  try {
    names = await readdir(dirname(target));
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix)) continue;
    const pid = /^(\d+)\.[0-9a-f]{12}\.tmp$/.exec(name.slice(prefix.length))?.[1];
    if (pid === undefined || Number(pid) === process.pid || isRunning(Number(pid))) continue;
    await unlink(join(dirname(target), name)).catch(() => undefined);
  }
}

/**
 * TEST-ONLY hook: CAREER_ARTICLES_TEST_PAUSE_BEFORE_RENAME=<ms> waits that long after the
 * temp file is complete and before it replaces the original, so a test can kill the process
 * in that window and check the original survives. Never set it outside tests.
 */
async function testPauseBeforeRename(): Promise<void> {
  const ms = Number(process.env.CAREER_ARTICLES_TEST_PAUSE_BEFORE_RENAME);
  if (Number.isFinite(ms) && ms > 0) await sleep(ms);
}

/** The file as the fix read it: the write goes ahead only if it is still exactly that. */
export interface Expected {
  stamp: FileStamp;
  /** Hash of the bytes read, by `hash`. */
  contentHash: string;
  hash(bytes: Uint8Array): string;
}

export const CHANGED = 'changed while it was being fixed, not fixed (run --fix again)';

/**
 * Whether the file is still the one that was read: size, modification time and inode first
 * (cheap), then the content's hash, since a same-size edit within the clock's resolution
 * keeps the first three. Checked just before the rename, so an edit saved while --fix ran
 * is never replaced by text fixed from the version before it.
 */
async function isUnchanged(target: string, expected: Expected): Promise<boolean> {
  const info = await stat(target);
  const { stamp } = expected;
  if (info.size !== stamp.size || info.mtimeMs !== stamp.mtimeMs || info.ino !== stamp.ino) return false;
  const now = readBytesSync(target, stamp.size);
  return now.ok && expected.hash(now.bytes) === expected.contentHash;
}

export async function writeFileAtomic(file: string, data: string | Uint8Array, expected?: Expected): Promise<void> {
  let target: string;
  let mode: number;
  let owner: { uid: number; gid: number };
  try {
    // Follow a symlink so the link stays a link and its target gets the new content.
    target = await realpath(file);
    const info = await stat(target);
    mode = info.mode & 0o7777;
    owner = { uid: info.uid, gid: info.gid };
    // A rename gives the path a new inode: every other name of the old one would keep the
    // old text, silently. Rewriting in place is not atomic; the author decides.
    if (info.nlink > 1) throw new WriteError(`has ${info.nlink} hard links, which replacing it would split; not fixed`);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(reason(error));
  }
  await assertWritable(target, mode);

  const folder = dirname(target);
  const temp = tempName(target);
  let created = false;
  try {
    const handle = await open(temp, 'wx', mode).catch((error: unknown) => {
      if (!(error instanceof Error)) throw error;
      const { code } = error as NodeJS.ErrnoException;
      // The file may be writable, but atomic replacement needs the folder to be, too.
      if (code === 'EACCES' || code === 'EPERM') throw new WriteError('folder not writable, not fixed');
      throw error;
    });
    created = true;
    try {
      await handle.writeFile(data);
      // chown first: changing the owner clears the setuid and setgid bits, which chmod restores.
      if (process.getuid?.() === 0) await handle.chown(owner.uid, owner.gid).catch(() => undefined);
      await handle.chmod(mode); // open()'s mode is filtered by the umask
      await handle.sync();
    } finally {
      await handle.close();
    }
    await testPauseBeforeRename();
    if (expected && !(await isUnchanged(target, expected))) throw new WriteError(CHANGED);
    await rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw error instanceof WriteError ? error : new WriteError(reason(error));
  }
  await syncFolder(folder);
  await removeStaleTemps(target);
}

/**
 * Writes a file that may not exist yet (a cache, a report), creating its folder: the same
 * temp-and-rename, without the mode and owner care an author's file gets. Throws the
 * error as it comes: callers of this one decide themselves how much a failure matters.
 */
export async function writeNewFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  const temp = tempName(file);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await removeStaleTemps(file);
}
