// Reads a file as an article: UTF-8 text or a one-line reason it cannot be linted. Nothing
// here throws for a bad file, so one binary or unreadable file never stops a whole run.
// The BOM is stripped for the linter and reported, so a fix can write it back; line breaks
// are left as they are (fixes use the document's own).
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

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

export async function readText(file: string): Promise<ReadTextResult> {
  const read = await readBytes(file);
  return read.ok ? decodeText(read.bytes) : read;
}

/**
 * The same, synchronously, for the CLI's hot loops (the lint cache's pass, each lint job),
 * which read thousands of files and do nothing else meanwhile: one blocking read costs a
 * fraction of four async steps.
 */
export function readBytesSync(file: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  try {
    return { ok: true, bytes: readFileSync(file) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}

/** The file's bytes, or why they cannot be read; for callers that hash them (the lint cache). */
export async function readBytes(file: string): Promise<{ ok: true; bytes: Buffer } | { ok: false; reason: string }> {
  try {
    return { ok: true, bytes: await readFile(file) };
  } catch (error) {
    return { ok: false, reason: describeReadError(error) };
  }
}

/** The text as it goes back to disk: with its BOM again when it had one. */
export function encodeText(text: string, bom: boolean): string {
  return bom ? BOM + text : text;
}
