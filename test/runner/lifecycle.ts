// How every launcher runs and ends: signals stop code-server and Chromium once, a normal
// end or an error stops them too, and a run that failed before its suite ran still closes
// with the `N passed, N failed` line CI reads.
export interface RunState {
  /** Set on SIGINT/SIGTERM: the launcher's main waits instead of reporting a result. */
  interrupted: boolean;
}

export function runLauncher(
  main: () => Promise<number>,
  state: RunState,
  stopAll: () => Promise<void>,
  killNow: () => void,
  say: (message: string) => void,
): void {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    // Ctrl-C reaches this process twice (from the terminal and relayed by tsx): stop once.
    process.on(signal, () => {
      if (state.interrupted) return;
      state.interrupted = true;
      say(`${signal}: stopping code-server and Chromium`);
      void stopAll().finally(() => process.exit(code));
    });
  }
  // Last resort if something throws past main(): never leave code-server behind.
  process.on('exit', killNow);

  main().then(
    async (code) => {
      await stopAll();
      process.exit(code);
    },
    async (error: unknown) => {
      say(error instanceof Error ? error.message : String(error));
      await stopAll();
      // Nothing ran: still close with the line CI reads, as a failure.
      console.log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
