// Follows the suite's log to produce the runner's closing line: `N passed, N failed` (and
// `, N skipped`), printed last so CI reads it. The Mocha entry prints one itself; it is held
// back until the end; a run that ends without it failed. Then (timeout, crash) the per-test lines
// seen so far are counted and the unfinished run counts as one failure.
export const closingLinePattern = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;

export class SuiteResults {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  private closingLine: string | undefined;
  private onClosed: () => void = () => {};
  /** Settles once the suite's own closing line has arrived. */
  readonly closed = new Promise<void>((resolveClosed) => (this.onClosed = resolveClosed));

  /** Returns whether the line should be printed now (the closing line waits for the end). */
  observe(line: string): boolean {
    const trimmed = line.trim();
    if (closingLinePattern.test(trimmed)) {
      this.closingLine = trimmed;
      this.onClosed();
      return false;
    }
    if (trimmed.startsWith('✓ ')) this.passed += 1;
    else if (trimmed.startsWith('✗ ')) this.failed += 1;
    else if (trimmed.startsWith('- ') && trimmed.endsWith('(skipped)')) this.skipped += 1;
    return true;
  }

  /** Whether the suite printed its closing line, with no failure in it. */
  reportedNoFailures(): boolean {
    const reported = this.closingLine ? closingLinePattern.exec(this.closingLine) : null;
    return reported !== null && Number(reported[2]) === 0;
  }

  /** The lines to print last: maybe a note, then the closing line. */
  finish(succeeded: boolean): string[] {
    const reported = this.closingLine ? closingLinePattern.exec(this.closingLine) : null;
    if (this.closingLine && reported && succeeded === (Number(reported[2]) === 0)) return [this.closingLine];
    const failed = this.failed + (succeeded ? 0 : 1);
    const skipped = this.skipped > 0 ? `, ${this.skipped} skipped` : '';
    const note = succeeded ? [] : ['run-code-server: the suite did not finish cleanly; it counts as 1 failure below'];
    return [...note, `${this.passed} passed, ${failed} failed${skipped}`];
  }
}
