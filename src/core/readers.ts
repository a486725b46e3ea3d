// The tree reader for each syntax, as lint options. The core's lint takes the HTML reader
// as an option rather than importing it, so the editor's engine bundle stays without a
// page parser; the CLI and the tests, which load everything anyway, take it from here.
import type { LintOptions } from './lint.js';
import { readHtml } from './syntax/html-reader.js';
import type { Syntax } from './syntax/syntax.js';

export function readerOptions(syntax: Syntax): Pick<LintOptions, 'syntax' | 'parser'> {
  return syntax === 'html' ? { syntax, parser: readHtml } : { syntax };
}
