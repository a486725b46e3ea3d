// `career-articles inspect <file>`: the article model as JSON, for scripts and for
// checking how the linter reads an article (which headings became which sections).
import { longSentenceWordsOf } from '../../core/readability/summary.js';
import { inspect, parseArticle, syntaxOf } from '../../core/index.js';
import { readerOptions } from '../../core/syntax/readers.js';
import { ConfigLoader } from '../../node/config-loader.js';
import { readText } from '../../node/read-text.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { INSPECT_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { limitsFromEnv } from '../../node/limits.js';
import { DatasetProvider } from '../dataset.js';
import { roleIndexFor } from '../role-index.js';
import { withRoleAliases } from '../../core/dataset/aliases.js';
import { assertExists, configError } from './shared.js';

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
  const outcome = await new ConfigLoader(configFile, limits.configBytes).forFile(file);
  if (!outcome.ok) throw configError(outcome.errors, io.cwd);
  const read = await readText(file, limits.fileBytes);
  if (!read.ok) throw new CliError(`${displayPath(io.cwd, file)}: ${read.reason}, not inspected`);

  const syntax = syntaxOf(file, read.text);
  // The dataset (with the config's role aliases) as lint uses it, so the role matches shown are lint's.
  const overlay = await new DatasetProvider(io, limits, undefined).get(outcome.value);
  const dataset = withRoleAliases(await roleIndexFor(overlay), outcome.value.config.roles);
  const { config } = outcome.value;
  const longSentenceWords = longSentenceWordsOf(config);
  const summary = inspect(parseArticle(read.text, config, readerOptions(syntax).parser, syntax), dataset, longSentenceWords);
  io.out(`${JSON.stringify(summary, null, 2)}\n`);
  return EXIT.ok;
}
