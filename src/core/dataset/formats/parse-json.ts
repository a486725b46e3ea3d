// Reads a workspace dataset written as JSON. Every error names the file, the JSON path and
// the line, so the Problems panel can take the author straight to the bad value.
import { checkDataset, toOccupations } from './checks.js';
import { describeIssues, type PathIssue } from '../../author-files/issues.js';
import { datasetFileSchema } from './schema.js';
import type { DatasetError, DatasetParseResult } from '../types.js';
import { formatPath, locatedError, parseJsonTree } from '../../author-files/json-source.js';

export function parseDatasetJson(text: string, file: string): DatasetParseResult {
  // A byte-order mark becomes a space, so offsets (and lines) stay those of the file.
  const source = text.charCodeAt(0) === 0xfeff ? ` ${text.slice(1)}` : text;
  const parsed = parseJsonTree(source, file);
  if (!parsed.ok) return parsed;
  const located = (issues: PathIssue[]): DatasetError[] =>
    issues.map(({ path, message }) => {
      const { path: _, ...error } = locatedError(source, parsed.tree, file, path, message);
      return path.length ? { ...error, message: `${formatPath(path)}: ${message}`, path: formatPath(path) } : error;
    });
  const schema = datasetFileSchema.safeParse(parsed.value);
  if (!schema.success) return { ok: false, errors: located(describeIssues(schema.error.issues, parsed.value)) };
  const issues = checkDataset(schema.data);
  if (issues.length) return { ok: false, errors: located(issues) };
  return { ok: true, occupations: toOccupations(schema.data, file) };
}
