// Reads a workspace dataset written as JSON. Every error names the file, the JSON path and
// the line, so the Problems panel can take the author straight to the bad value.
import { checkDataset, toOccupations } from './checks.js';
import { describeIssues, type PathIssue } from './issues.js';
import { JsonSyntaxError, formatPath, lineColumn, scanJson } from './json-locate.js';
import { datasetFileSchema } from './schema.js';
import type { DatasetError, DatasetParseResult } from './types.js';

function syntaxError(text: string, file: string, thrown: unknown): DatasetError {
  try {
    scanJson(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      return { file, message: `Invalid JSON: ${error.message}`, ...lineColumn(text, error.offset) };
    }
  }
  // The scanner accepted what JSON.parse rejected: fall back to the engine's own words.
  return { file, message: `Invalid JSON: ${thrown instanceof Error ? thrown.message : String(thrown)}` };
}

function located(text: string, file: string, issues: PathIssue[]): DatasetError[] {
  return issues.map(({ path, message }) => {
    const offset = scanJson(text, path);
    const where = offset < 0 ? {} : lineColumn(text, offset);
    if (!path.length) return { file, message, ...where };
    return { file, message: `${formatPath(path)}: ${message}`, path: formatPath(path), ...where };
  });
}

export function parseDatasetJson(text: string, file: string): DatasetParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (thrown) {
    return { ok: false, errors: [syntaxError(text, file, thrown)] };
  }
  const parsed = datasetFileSchema.safeParse(data);
  if (!parsed.success) return { ok: false, errors: located(text, file, describeIssues(parsed.error, data)) };
  const issues = checkDataset(parsed.data);
  if (issues.length) return { ok: false, errors: located(text, file, issues) };
  return { ok: true, occupations: toOccupations(parsed.data, file) };
}
