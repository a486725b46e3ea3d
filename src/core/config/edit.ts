// Edits to a `.career-articles.json` written by the tools themselves (`roles --map`, the editor's
// "Map … to an occupation" quick fix): a change to one key, leaving the file's comments,
// indentation and line endings as they were (jsonc-parser's modify), and refused when the
// result would not be a valid config. Pure: the caller reads and writes the file.
import { applyEdits, modify } from 'jsonc-parser';
import { parseConfigFile } from './parse.js';
import type { SourceError } from '../author-files/json-source.js';

export type ConfigEdit = { ok: true; text: string } | { ok: false; errors: SourceError[] };

/** The indentation and line ending the file already uses (two spaces and LF for a new one). */
function styleOf(text: string): { insertSpaces: boolean; tabSize: number; eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { insertSpaces: false, tabSize: 1, eol };
  return { insertSpaces: true, tabSize: indent ? indent.length : 2, eol };
}

/**
 * `text` (undefined: no file yet) with `"roles": {"<role>": "<soc>"}` set, replacing an
 * earlier mapping of the same name. `file` names the file in errors.
 */
export function setRoleAlias(text: string | undefined, file: string, role: string, soc: string): ConfigEdit {
  const name = role.trim();
  if (name === '') return { ok: false, errors: [{ file, message: 'expected a role name to map' }] };
  const before = text === undefined || text.trim() === '' ? '{}' : text;
  // A file that is already broken is not edited: its errors say what to repair first.
  const parsed = parseConfigFile(before, file);
  if (!parsed.ok) return parsed;
  // The same role under another spelling of its case or spaces is the same mapping.
  const existing = Object.keys(parsed.value.roles ?? {}).find((key) => key.trim().toLowerCase() === name.toLowerCase());
  const formattingOptions = styleOf(before);
  // New keys go first (after `$schema`): jsonc-parser formats the span it edits, which then
  // holds only the new text, where appending would re-indent the property before it.
  const getInsertionIndex = (keys: string[]) => (keys[0] === '$schema' ? 1 : 0);
  let out = before;
  if (existing !== undefined && existing !== name)
    out = applyEdits(out, modify(out, ['roles', existing], undefined, { formattingOptions }));
  out = applyEdits(out, modify(out, ['roles', name], soc, { formattingOptions, getInsertionIndex }));
  if (text === undefined && !out.endsWith(formattingOptions.eol)) out += formattingOptions.eol;
  const check = parseConfigFile(out, file);
  return check.ok ? { ok: true, text: out } : check;
}
