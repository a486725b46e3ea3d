// Entry point of the `career-articles` command: dispatch to a command, turn its result into
// the exit code, and make sure nothing ever ends in a stack trace (unless
// CAREER_ARTICLES_DEBUG=1 asks for one). Exit codes: 0 clean, 1 problems, 2 failure.
import { version } from '../../package.json';
import { hintFor } from './args.js';
import { CliError, EXIT, UsageError } from './errors.js';
import {
  DATASET_HELP,
  IMPORT_HELP,
  INSPECT_HELP,
  LINT_HELP,
  LSP_HELP,
  MAIN_HELP,
  NEW_HELP,
  PLAYGROUND_HELP,
  REFRESH_HELP,
  REPORT_HELP,
  ROLES_HELP,
  STYLE_HELP,
  VOCAB_HELP,
} from './help.js';
import { PROGRAM, processIo, type Io } from './io.js';
import { codeCacheState } from '../node/code-cache.js';

type Command = (args: string[], io: Io) => Promise<number>;

// Each command is loaded when it runs: `--version` or `lint` never load what only `inspect`
// (the Markdown parser) or `roles` (the dataset search) needs.
const COMMANDS = new Map<string, { load: () => Promise<Command>; help: string }>([
  ['lint', { load: async () => (await import('./commands/lint.js')).lintCommand, help: LINT_HELP }],
  ['inspect', { load: async () => (await import('./commands/inspect.js')).inspectCommand, help: INSPECT_HELP }],
  ['import', { load: async () => (await import('./commands/import.js')).importCommand, help: IMPORT_HELP }],
  ['report', { load: async () => (await import('./commands/report.js')).reportCommand, help: REPORT_HELP }],
  ['refresh', { load: async () => (await import('./commands/refresh.js')).refreshCommand, help: REFRESH_HELP }],
  ['new', { load: async () => (await import('./commands/new.js')).newCommand, help: NEW_HELP }],
  ['roles', { load: async () => (await import('./commands/roles.js')).rolesCommand, help: ROLES_HELP }],
  ['dataset', { load: async () => (await import('./commands/dataset.js')).datasetCommand, help: DATASET_HELP }],
  ['style', { load: async () => (await import('./commands/style.js')).styleCommand, help: STYLE_HELP }],
  ['vocab', { load: async () => (await import('./commands/vocab.js')).vocabCommand, help: VOCAB_HELP }],
  ['playground', { load: async () => (await import('./commands/playground.js')).playgroundCommand, help: PLAYGROUND_HELP }],
  ['lsp', { load: async () => (await import('./commands/lsp.js')).lspCommand, help: LSP_HELP }],
]);
const NAMES = [...COMMANDS.keys()].join(', ');

export async function main(argv: string[], io: Io): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined) throw new UsageError(`missing command, expected one of ${NAMES}`, hintFor());
  if (first === '--help' || first === '-h' || first === 'help') {
    io.out(COMMANDS.get(rest[0] ?? '')?.help ?? MAIN_HELP);
    return EXIT.ok;
  }
  if (first === '--version' || first === '-v') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  if (first.startsWith('-')) throw new UsageError(`unknown option '${first}', expected a command first (${NAMES})`, hintFor());
  const command = COMMANDS.get(first);
  if (!command) throw new UsageError(`unknown command '${first}', expected one of ${NAMES}`, hintFor());
  return (await command.load())(rest, io);
}

function debugging(): boolean {
  const flag = process.env.CAREER_ARTICLES_DEBUG;
  return flag !== undefined && flag !== '' && flag !== '0';
}

/** Prints any failure as `career-articles: <message>` and returns exit code 2. */
export function reportFailure(error: unknown, io: Io): number {
  if (error instanceof UsageError) {
    io.err(`${PROGRAM}: ${error.message}\n${error.hint}\n`);
  } else if (error instanceof CliError) {
    for (const line of [error.message, ...error.details]) io.err(`${PROGRAM}: ${line}\n`);
  } else {
    const message = error instanceof Error ? error.message : String(error);
    io.err(`${PROGRAM}: ${message.split('\n')[0]}\n`);
    if (debugging() && error instanceof Error && error.stack) io.err(`${error.stack}\n`);
  }
  return EXIT.failure;
}

async function run(): Promise<void> {
  const io = processIo();
  // A closed pipe (`career-articles lint . | head`) is not an error worth a report.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    else process.exitCode = reportFailure(error, io);
  });
  // Whatever escapes the commands ends here, never in Node's own stack trace report.
  const crash = (error: unknown) => process.exit(reportFailure(error, io));
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  const argv = process.argv.slice(2);
  try {
    process.exitCode = await main(argv, io);
  } catch (error) {
    process.exitCode = reportFailure(error, io);
  }
  // A lint run ends its own debug line with the code cache's state; every other run says it here.
  const lintSaidIt = argv[0] === 'lint' && !argv.includes('--help') && !argv.includes('-h');
  if (debugging() && !lintSaidIt) io.err(`${PROGRAM}: debug: code cache ${codeCacheState() ?? 'not used (run from sources)'}\n`);
}

// No top-level await: the bundle is CommonJS, run by dist/cli.js with its code cache (src/cli/bin.ts).
void run();
