// What a command may touch of the process: its folder, its environment and its two
// streams. Commands take an Io instead of reaching for `process`, so they stay testable.
import { isAbsolute, relative, sep } from 'node:path';

export interface Io {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdoutIsTTY: boolean;
  /** A progress bar is drawn only on a terminal. */
  stderrIsTTY?: boolean;
  out(text: string): void;
  err(text: string): void;
  /** Stdin, for --stdin: all of it, or its first `maxBytes` + 1 (enough to say it is too large). */
  readStdin?: (maxBytes: number) => Promise<Uint8Array>;
}

export const PROGRAM = 'career-articles';

export function processIo(): Io {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY,
    stderrIsTTY: process.stderr.isTTY,
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readStdin: async (maxBytes) => {
      // Stop at the limit: `yes | career-articles lint --stdin` must not fill the memory.
      const chunks: Buffer[] = [];
      let length = 0;
      for await (const chunk of process.stdin) {
        chunks.push(chunk as Buffer);
        length += (chunk as Buffer).length;
        if (length > maxBytes) break;
      }
      return Buffer.concat(chunks).subarray(0, maxBytes + 1);
    },
  };
}

/**
 * A path as the user reads it: relative to the working folder, with the OS separators;
 * absolute when it lies outside that folder (`../../tmp/x.md` helps nobody).
 */
export function displayPath(cwd: string, file: string): string {
  const rel = relative(cwd, file);
  if (rel === '') return '.';
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel) ? file : rel;
}

/** `NO_COLOR` (https://no-color.org) wins over a terminal; --no-color wins over both. */
export function useColor(io: Io, noColorFlag: boolean | undefined): boolean {
  if (noColorFlag) return false;
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  return io.stdoutIsTTY;
}
