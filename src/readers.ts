// What only some documents need, as one more bundle (dist/readers.cjs) the desktop extension
// loads on demand: the HTML reader (a full HTML parser) for the first HTML article, the
// Markdown writer for the first conversion. The web build bundles it in.
export { readHtml } from './core/syntax/html-reader.js';
export { articleToMarkdown } from './core/convert/to-markdown.js';
