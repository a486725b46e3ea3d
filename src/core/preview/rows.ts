// Which row of a drawn preview holds a document line: the client runs it on the model it
// holds (shared/preview-model.ts), so the cursor highlight needs no request.
import type { LineRange, PreviewModel, RowId } from './types.js';

/** The row holding a 1-based document line, for the cursor highlight. */
export function rowAtLine(model: PreviewModel, line: number): RowId | undefined {
  const within = (r: LineRange) => r.startLine <= line && line <= r.endLine;
  return model.rows.find((row) => row.ranges.some(within))?.id;
}
