// Replaces a file's content atomically: write a temp file beside it, fsync, give it the
// original's mode, rename it over the original. A reader (or a crash) sees the old file or
// the new one, never half of each. Every failure becomes a WriteError with a one-line
// reason, and the temp file is removed.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

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

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  let target: string;
  let mode: number;
  let owner: { uid: number; gid: number };
  try {
    // Follow a symlink so the link stays a link and its target gets the new content.
    target = await realpath(file);
    const info = await stat(target);
    mode = info.mode & 0o7777;
    owner = { uid: info.uid, gid: info.gid };
  } catch (error) {
    throw new WriteError(reason(error));
  }
  await assertWritable(target, mode);

  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  let created = false;
  try {
    const handle = await open(temp, 'wx', mode).catch((error: NodeJS.ErrnoException) => {
      // The file may be writable, but atomic replacement needs the folder to be, too.
      if (error.code === 'EACCES' || error.code === 'EPERM') throw new WriteError('folder not writable, not fixed');
      throw error;
    });
    created = true;
    try {
      await handle.writeFile(data);
      await handle.chmod(mode); // open()'s mode is filtered by the umask
      if (process.getuid?.() === 0) await handle.chown(owner.uid, owner.gid).catch(() => undefined);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    created = false;
  } catch (error) {
    if (created) await unlink(temp).catch(() => undefined);
    throw error instanceof WriteError ? error : new WriteError(reason(error));
  }
  await syncFolder(folder);
}
