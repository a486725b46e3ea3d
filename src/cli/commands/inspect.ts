// `career-articles inspect <file>`: the article model as JSON, for scripts and for
// checking how the linter reads an article (which headings became which sections).
import { dirname } from 'node:path';
import { inspect } from '../../core/index.js';
import { parseDocument } from '../../session/lint-document.js';
import { readText } from '../../node/read-text.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { INSPECT_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { limitsFromEnv } from '../../node/limits.js';
import { DatasetLoader } from '../dataset.js';
import { roleIndexFor } from '../role-index.js';
import { withRoleAliases } from '../../core/dataset/aliases.js';
import { cliSettings, configError, refusalWarner } from '../settings.js';
import { assertExists } from './shared.js';

const OPTIONS = {
  config: { type: 'string', short: 'c' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function inspectCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('inspect', args, OPTIONS);
  if (values.help) {
    io.out(INSPECT_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1) throw new UsageError('expected exactly one file to inspect', hintFor('inspect'));
  const file = await assertExists(io.cwd, positionals[0]!);
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);

  const limits = limitsFromEnv(io.env);
  const session = cliSettings(io, limits, { configFile });
  const { config, loaded, configErrors } = await session.settingsFor(file);
  if (configErrors.length > 0) throw configError(configErrors, io.cwd);
  const read = await readText(file, limits.fileBytes);
  if (!read.ok) throw new CliError(`${displayPath(io.cwd, file)}: ${read.reason}, not inspected`);

  // The dataset (with the config's role aliases) as lint uses it, so the role matches shown are lint's.
  const { pick, refused } = await session.datasetsFor(dirname(file), loaded);
  refusalWarner(io)(refused);
  const dataset = withRoleAliases(await roleIndexFor(await new DatasetLoader(io, limits).get(pick)), config.roles);
  const longSentenceWords = config.rules.readability?.options.longSentenceWords as number | undefined;
  const summary = inspect(parseDocument({ name: file, text: read.text }, config), dataset, longSentenceWords);
  io.out(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT.ok;
}
