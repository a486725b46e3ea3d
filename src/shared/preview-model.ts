// The side-by-side preview's model as the client and the page see it: its types, and the two
// pure functions the client runs on a model it already holds (the row under the cursor, the
// standalone HTML export). The page bundle takes the types only.
export type * from '../core/preview/types.js';
export { rowAtLine } from '../core/preview/rows.js';
export { exportHtml } from '../core/preview/export-html.js';
