// `career-articles roles --map "Growth Hacker" 13-1161`: teach the linter a role the dataset does
// not know, by writing the alias into the nearest `.career-articles.json` (or, when there is
// none, a new one in the current folder). The SOC code must name an occupation of the dataset;
// the file keeps its comments and formatting (core/config/edit.ts) and is replaced atomically,
// never over a version that changed while it was edited.
import { join } from 'node:path';
import { CONFIG_FILE_NAME } from '../../core/config/file-name.js';
import { setRoleAlias } from '../../core/config/edit.js';
import type { RoleIndex } from '../../core/dataset/index.js';
import type { LoadedConfig } from '../../session/config-cascade.js';
import { decodeText, readBytesSync } from '../../node/read-text.js';
import { WriteError, safeWrite } from '../../node/safe-write.js';
import { hintFor } from '../args.js';
import { hashOf } from '../cache.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { PROGRAM, displayPath, type Io } from '../io.js';
import { limitsFromEnv } from '../../node/limits.js';
import { configError } from './shared.js';

export interface MapContext {
  io: Io;
  /** The config in force for the current folder: its file is the one written. */
  loaded: LoadedConfig;
  index: RoleIndex;
}

export async function mapRole(positionals: readonly string[], { io, loaded, index }: MapContext): Promise<number> {
  if (positionals.length < 2)
    throw new UsageError('--map expects a role name and a SOC code: --map "Growth Hacker" 13-1161', hintFor('roles'));
  const code = positionals[positionals.length - 1]!;
  const role = positionals.slice(0, -1).join(' ').trim();
  const occupation = index.bySoc(code);
  if (!occupation)
    throw new CliError(`unknown SOC code '${code}': the dataset has no such occupation (look one up with 'career-articles roles <name>')`);

  const file = loaded.file ?? join(io.cwd, CONFIG_FILE_NAME);
  const shown = displayPath(io.cwd, file);
  const read = loaded.file === undefined ? undefined : readBytesSync(file, limitsFromEnv(io.env).configBytes);
  if (read && !read.ok) throw new CliError(`cannot read ${shown} (${read.reason})`);
  const decoded = read && decodeText(read.bytes);
  if (decoded && !decoded.ok) throw new CliError(`cannot read ${shown} (${decoded.reason})`);
  const edit = setRoleAlias(decoded?.text, file, role, occupation.soc);
  if (!edit.ok) throw configError(edit.errors, io.cwd);

  const bytes = Buffer.from(decoded?.bom ? `\uFEFF${edit.text}` : edit.text);
  try {
    // The config is the file this command edits: it is rewritten, never if it changed meanwhile.
    const expected = read?.ok ? { stamp: read.stamp, contentHash: hashOf(read.bytes), hash: (b: Uint8Array) => hashOf(b) } : undefined;
    await safeWrite(file, bytes, { what: 'config file', rewritesInput: true, ...(expected && { expected }) });
  } catch (error) {
    const reason =
      error instanceof WriteError ? error.message.replace(/, not fixed.*$/, '') : ((error as NodeJS.ErrnoException).code ?? String(error));
    throw new CliError(`cannot write ${shown} (${reason})`);
  }
  io.out(`${PROGRAM}: mapped "${role}" to ${occupation.title} (${occupation.soc}) in ${shown}\n`);
  return EXIT.ok;
}
