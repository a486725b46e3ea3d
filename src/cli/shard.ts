// `lint --shard 2/4`: a CI job lints one part of the site. Each file belongs to the part its
// path's hash names (the path relative to the working folder, with `/` separators), so every
// machine splits the same checkout the same way, and adding an article moves no other one.
// The parts are joined again by `report --from` (results.ts), which also runs the
// cross-article pass over all of them.
import { relative, sep } from 'node:path';
import { nodeCrypto } from '../node/crypto.js';
import { hintFor } from './args.js';
import { UsageError } from './errors.js';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (value === undefined) return undefined;
  const bad = (expected: string) => new UsageError(`unexpected --shard '${value}', expected ${expected}`, hintFor('lint'));
  const match = /^(\d{1,6})\/(\d{1,6})$/.exec(value.trim());
  if (!match) throw bad('<part>/<parts> such as 2/4');
  const [index, count] = [Number(match[1]), Number(match[2])];
  if (count < 1) throw bad('at least 1 part, such as 1/1');
  if (index < 1 || index > count) throw bad(`a part from 1 to ${count}`);
  return { index, count };
}

/** The part (1-based) a path relative to the working folder falls in, out of `count`. */
export function shardOfPath(relativePath: string, count: number): number {
  const digest = nodeCrypto().createHash('sha256').update(relativePath, 'utf8').digest();
  return (digest.readUInt32BE(0) % count) + 1;
}

/** The files of `files` (absolute) that are in `shard`, in their order. */
export function filesInShard(files: readonly string[], cwd: string, shard: Shard): string[] {
  return files.filter((file) => shardOfPath(relative(cwd, file).split(sep).join('/'), shard.count) === shard.index);
}
