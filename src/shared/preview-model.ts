// The side-by-side preview's model as the client and the page see it: its types, and the
// pure functions the client runs on a model it already holds (the row under the cursor, the
// standalone HTML export) and the page runs to word a count of findings.
export type * from '../core/preview/types.js';
export { rowAtLine } from '../core/preview/rows.js';
export { exportHtml } from '../core/preview/export-html.js';
export { findingsLabel, type FindingsScope } from '../core/preview/labels.js';
