// The two ways a run ends early, both with exit code 2 and one line on stderr: a usage
// mistake (with a hint to --help) and a runtime failure (missing file, bad config).
export class UsageError extends Error {
  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}

export class CliError extends Error {
  /** More lines to print after the message, e.g. one per config error. */
  constructor(
    message: string,
    readonly details: string[] = [],
  ) {
    super(message);
  }
}

export const EXIT = { ok: 0, problems: 1, failure: 2 } as const;
