// A JSON file this tool wrote and a later run reads back (a baseline, a shard's results):
// validated by its zod schema, and any problem, from a missing file to a value of the wrong
// shape, is one line naming the file, the line and the JSON path, exit 2.
import { resolve } from 'node:path';
import type { z } from 'zod';
import { formatSourceError, parseJsonSource } from '../core/author-files/json-source.js';
import { readText } from '../node/read-text.js';
import { CliError } from './errors.js';
import { displayPath } from './io.js';

export async function readJsonInput<S extends z.ZodType>(
  cwd: string,
  path: string,
  what: string,
  schema: S,
  maxBytes: number,
): Promise<{ file: string; value: z.output<S> }> {
  const file = resolve(cwd, path);
  const shown = displayPath(cwd, file);
  const read = await readText(file, maxBytes);
  if (!read.ok) throw new CliError(`cannot read the ${what} ${shown}: ${read.reason}`);
  const outcome = parseJsonSource(read.text, shown, schema);
  // The first problem says what the file is; a file of another tool would give hundreds.
  if (!outcome.ok) throw new CliError(`invalid ${what}: ${formatSourceError(outcome.errors[0]!)}`);
  return { file, value: outcome.value };
}
