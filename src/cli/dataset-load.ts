// Loading one workspace dataset: read (a regular file under the size limit), decode, parse,
// validate. Synchronous and plain data in and out, so it runs in a worker with a time and
// a memory limit (worker.ts), or in this thread when running from sources.
import { parseDatasetFile, type Occupation } from '../core/dataset/index.js';
import { formatDatasetError } from '../session/dataset-choice.js';
import { decodeText, readBytesSync } from '../node/read-text.js';
import { hashOf } from './cache.js';

export interface DatasetTask {
  task: 'dataset';
  file: string;
  /** The file's name as messages show it. */
  shown: string;
  maxBytes: number;
}

/** `errors` are one line each, ready to print; `hash` names the content for the lint cache. */
export type DatasetLoad = { ok: true; hash: string; occupations: Occupation[] } | { ok: false; hash: string; errors: string[] };

export function loadDatasetFile({ file, shown, maxBytes }: DatasetTask): DatasetLoad {
  const read = readBytesSync(file, maxBytes);
  if (!read.ok) return { ok: false, hash: 'unreadable', errors: [`${shown}: ${read.reason}`] };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, hash: 'unreadable', errors: [`${shown}: ${decoded.reason}`] };
  const hash = hashOf(decoded.text);
  const parsed = parseDatasetFile(decoded.text, shown);
  if (parsed.ok) return { ok: true, hash, occupations: parsed.occupations };
  return { ok: false, hash, errors: parsed.errors.map(formatDatasetError) };
}
