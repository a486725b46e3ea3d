import { parseDatasetCsv } from './parse-csv.js';
import { parseDatasetJson } from './parse-json.js';
import type { DatasetParseResult } from '../types.js';

/** A workspace dataset file: `.csv` is read as CSV, anything else as JSON. */
export function parseDatasetFile(text: string, file: string): DatasetParseResult {
  return /\.csv$/i.test(file) ? parseDatasetCsv(text, file) : parseDatasetJson(text, file);
}
