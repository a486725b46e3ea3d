// A style file the config names (`"style": "style.yaml"`): JSON or YAML, validated by the
// same schema as the inline `style` key, every problem reported with the file and the JSON
// path of the rule. Pure: the session reads the text.
import { parseDocument } from 'yaml';
import { formatPath, parseJsonSource, type ParseOutcome } from '../author-files/json-source.js';
import { describeIssues } from '../author-files/issues.js';
import { styleSchema, type StyleFile } from './schema.js';

const YAML_FILE = /\.ya?ml$/i;

export function parseStyleFile(text: string, file: string): ParseOutcome<StyleFile> {
  if (!YAML_FILE.test(file)) return parseJsonSource(text, file, styleSchema);
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) {
    const [line, column] = error.linePos?.[0] ? [error.linePos[0].line, error.linePos[0].col] : [undefined, undefined];
    return { ok: false, errors: [{ file, message: `not valid YAML: ${error.message.split('\n')[0]!}`, line, column }] };
  }
  const data: unknown = document.toJS({ maxAliasCount: 100 });
  const result = styleSchema.safeParse(data ?? {});
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    errors: describeIssues(result.error.issues, data).map(({ path, message }) => ({ file, path: formatPath(path), message })),
  };
}
