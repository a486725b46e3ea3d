// Converts between offsets and 1-based line/column points. Built once per document;
// look-ups are a binary search so findings on a 5 MB article stay cheap. Line breaks are
// CommonMark's (and VS Code's): "\r\n", "\n" and a lone "\r" (old Mac files).
import type { Point } from '../types.js';

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) this.starts.push(i + 1);
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  point(offset: number): Point {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= clamped) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: clamped - this.starts[low]! + 1, offset: clamped };
  }

  /** Offset of the start of a 1-based line (the text's end past the last line). */
  lineStart(line: number): number {
    if (line < 1) return 0;
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset just past the end of a 1-based line, before its line break. */
  lineEnd(line: number): number {
    const next = this.starts[line];
    if (next === undefined) return this.text.length;
    const beforeBreak = next - 1;
    const crlf = this.text.charCodeAt(beforeBreak) === 10 && this.text.charCodeAt(beforeBreak - 1) === 13;
    return crlf ? beforeBreak - 1 : beforeBreak;
  }

  /** The document's line break (its first one), so inserted text matches the author's files. */
  get eol(): string {
    const first = /\r\n?|\n/.exec(this.text);
    return first ? first[0] : '\n';
  }
}
