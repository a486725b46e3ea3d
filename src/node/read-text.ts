// Reads a file as an article: UTF-8 text or a one-line reason it cannot be linted. Nothing
// here throws for a bad file, so one binary or unreadable file never stops a whole run.
// The BOM is stripped for the linter and reported, so a fix can write it back; line breaks
// are left as they are (fixes use the document's own).
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';

export type ReadTextResult =
  | { ok: true; text: string; bom: boolean }
  /** `reason` is a short phrase ("binary file"); callers add what was not done. */
  | { ok: false; reason: string };

/** How much of the start of a file is searched for a NUL byte, as git and grep do. */
const BINARY_SNIFF_BYTES = 8 * 1024;
const BOM = '\uFEFF';

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a folder, not a file',
  ENOENT: 'no such file',
  ERR_FS_FILE_TOO_LARGE: 'file too large to read',
  ELOOP: 'a symbolic link loop',
};

export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code && REASONS[code]) return REASONS[code];
  const message = error instanceof Error ? error.message : String(error);
  return `cannot read the file (${code ?? message})`;
}

/** Decodes bytes as strict UTF-8; the caller has already read them. */
export function decodeText(bytes: Uint8Array): ReadTextResult {
  // UTF-16 is full of NUL bytes, but calling it binary would mislead its author.
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return { ok: false, reason: 'UTF-16 text (save it as UTF-8)' };
  if (bytes.subarray(0, BINARY_SNIFF_BYTES).includes(0)) return { ok: false, reason: 'binary file' };
  let text: string;
  try {
    // ignoreBOM keeps the BOM in the text, so its presence is known rather than lost.
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text' };
  }
  const bom = text.startsWith(BOM);
  return { ok: true, text: bom ? text.slice(1) : text, bom };
}

export async function readText(file: string, maxBytes = Infinity): Promise<ReadTextResult> {
  const read = await readBytes(file, maxBytes);
  return read.ok ? decodeText(read.bytes) : read;
}

/** What a read saw of the file, so a later write can tell whether it changed meanwhile. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ino: number;
  nlink: number;
}

export type BytesResult = { ok: true; bytes: Buffer; stamp: FileStamp } | { ok: false; reason: string };

// A FIFO opened for reading waits for a writer, forever if none comes; non-blocking, the
// open returns at once and fstat says it is no regular file. (Windows has no such flag.)
const OPEN_FLAGS = constants.O_RDONLY | ((constants.O_NONBLOCK as number | undefined) ?? 0);

export const MEGABYTE = 1024 * 1024;

/** "10 MB", "0.5 MB": limits are given in MB (1,048,576 bytes), so they are shown that way. */
export function formatMegabytes(bytes: number): string {
  return `${Number((bytes / MEGABYTE).toPrecision(3))} MB`;
}

function notRegular(info: Stats): string {
  if (info.isDirectory()) return REASONS.EISDIR!;
  if (info.isFIFO()) return 'a named pipe, not a regular file';
  if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device, not a regular file';
  if (info.isSocket()) return 'a socket, not a regular file';
  return 'not a regular file';
}

export const tooLarge = (maxBytes: number) => `larger than ${formatMegabytes(maxBytes)}`;
const stampOf = (info: Stats): FileStamp => ({ size: info.size, mtimeMs: info.mtimeMs, ino: info.ino, nlink: info.nlink });

/**
 * Reads a regular file of at most `maxBytes`, synchronously (the CLI's hot loops, the lint
 * cache's pass and each lint job, read thousands of files and do nothing else meanwhile: one
 * blocking read costs a fraction of four async steps). A pipe, a device (`/dev/zero`) or a
 * file over the limit is a reason, never a hang or an unbounded allocation; a file that
 * grows past the limit while it is read is caught too (at most one byte more is read).
 */
export function readBytesSync(file: string, maxBytes = Infinity): BytesResult {
  let fd: number | undefined;
  try {
    fd = openSync(file, OPEN_FLAGS);
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, reason: notRegular(info) };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    const capacity = Math.min(maxBytes, info.size) + 1;
    const buffer = Buffer.allocUnsafe(capacity);
    let length = 0;
    for (let n; length < capacity && (n = readSync(fd, buffer, length, capacity - length, null)) > 0;) length += n;
    if (length > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length), stamp: stampOf(info) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The same, asynchronously: configs, datasets and the cache, read once per run. */
export async function readBytes(file: string, maxBytes = Infinity): Promise<BytesResult> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, OPEN_FLAGS);
    const info = await handle.stat();
    if (!info.isFile()) return { ok: false, reason: notRegular(info) };
    if (info.size > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    const capacity = Math.min(maxBytes, info.size) + 1;
    const buffer = Buffer.allocUnsafe(capacity);
    let length = 0;
    for (let n; length < capacity && (n = (await handle.read(buffer, length, capacity - length, null)).bytesRead) > 0;) length += n;
    if (length > maxBytes) return { ok: false, reason: tooLarge(maxBytes) };
    return { ok: true, bytes: buffer.subarray(0, length), stamp: stampOf(info) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  } finally {
    await handle?.close();
  }
}

/** The text as it goes back to disk: with its BOM again when it had one. */
export function encodeText(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
