// One `import`: read the page (a regular file under the size limit, checked before reading),
// parse it, write it as Markdown. Synchronous, plain data in and out, so it runs in a lint
// worker under the time and memory limits a lint has (worker.ts, lint-runner.ts), or in this
// thread when running from sources.
import { isComparisonArticle, type ResolvedConfig } from '../core/index.js';
import { parseDocument, syntaxFor } from '../session/lint-document.js';
import { convertArticle } from '../core/convert/to-markdown.js';
import { describeUrlChanges } from '../core/convert/safe-urls.js';
import { decodeText, readBytesSync } from '../node/read-text.js';

export interface ImportTask {
  task: 'import';
  file: string;
  config: ResolvedConfig;
  maxBytes: number;
}

/** `reason` is a short phrase ("a file larger than 10 MB"); the caller names the file. */
export type ImportResult =
  { ok: true; markdown: string; isArticle: boolean; urls: string | undefined } | { ok: false; reason: string; markdown?: undefined };

export function runImport({ file, config, maxBytes }: ImportTask): ImportResult {
  const read = readBytesSync(file, maxBytes);
  if (!read.ok) return { ok: false, reason: read.reason };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const doc = { name: file, text: decoded.text };
  if (syntaxFor(doc) === 'markdown') return { ok: false, reason: 'is Markdown already; import reads .txt and .html files' };
  const article = parseDocument(doc, config);
  const { markdown, urls } = convertArticle(article);
  return { ok: true, markdown, isArticle: isComparisonArticle(article), urls: describeUrlChanges(urls) };
}
