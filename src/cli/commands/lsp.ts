// `career-articles lsp --stdio`: the language server (src/server/), in this process. The
// command returns at once; the connection keeps the process alive until the client says exit.
import { hintFor, parseCommandArgs } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { LSP_HELP } from '../help.js';
import type { Io } from '../io.js';

const OPTIONS = { stdio: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } as const;

export async function lspCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('lsp', args, OPTIONS);
  if (values.help) {
    io.out(LSP_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, hintFor('lsp'));
  if (!values.stdio) throw new UsageError('missing --stdio (the only transport)', hintFor('lsp'));
  (await import('../../server/main.js')).main();
  return EXIT.ok;
}
