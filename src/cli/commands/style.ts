// `career-articles style test [--config file]`: runs the examples of every style rule in the
// config that applies to the current folder (the team's and its presets'), one line per
// broken example; exit 1 when any is broken, so a team can test its style in CI.
import { describeFailure, testStyleExamples } from '../../core/style-examples.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { STYLE_HELP } from '../help.js';
import { displayPath, PROGRAM, type Io } from '../io.js';
import { assertExists, commandConfig } from './shared.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function styleCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('style', args, OPTIONS);
  if (values.help) {
    io.out(STYLE_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'test') throw new UsageError("expected the subcommand 'test'", hintFor('style'));
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const { file, raw, styleFile } = await commandConfig(io, configFile);
  // A style file of its own is named, with its rules' paths inside it.
  const shown = styleFile ?? file;
  const where = shown === undefined ? 'no config file' : displayPath(io.cwd, shown);
  const style = typeof raw.style === 'object' ? raw.style : {};
  const { failures, checked } = testStyleExamples(style, styleFile === undefined ? undefined : '');
  for (const failure of failures) io.out(`${where}: ${describeFailure(failure)}\n`);
  io.err(`${PROGRAM}: ${checked - failures.length} of ${checked} style examples pass (${where})\n`);
  return failures.length > 0 ? EXIT.problems : EXIT.ok;
}
