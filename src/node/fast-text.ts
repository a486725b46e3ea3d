// Reads a file that is almost always plain ASCII (the CLI's bundle, data/roles.json) as fast as
// Node can: Latin-1 decoding of ASCII bytes is the same text as UTF-8 decoding, and several
// times faster (about 1 ms instead of 5-9 ms for 2 MB). Anything else is decoded as UTF-8.
import { isAscii } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';

const decode = (bytes: Buffer) => (isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8'));

export const readTextSync = (file: string): string => decode(readFileSync(file));

export const readText = async (file: string): Promise<string> => decode(await readFile(file));
