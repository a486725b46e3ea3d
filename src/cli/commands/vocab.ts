// `career-articles vocab export --format vale|cspell|harper [-o file]`: the dataset's job
// titles (and the team's style terms to use) as a vocabulary for Vale, cSpell or Harper.
import { resolve } from 'node:path';
import { formatVocabulary, VOCAB_FORMATS, vocabularyWords } from '../../core/vocab/export.js';
import { safeWrite } from '../../node/safe-write.js';
import { hintFor, parseChoice, parseCommandArgs } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { VOCAB_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { assertExists, commandConfig, commandRoleIndex, writeFailure } from './shared.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

export async function vocabCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('vocab', args, OPTIONS);
  if (values.help) {
    io.out(VOCAB_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 1 || positionals[0] !== 'export') throw new UsageError("expected the subcommand 'export'", hintFor('vocab'));
  if (values.format === undefined) throw new UsageError(`missing --format, expected one of ${VOCAB_FORMATS.join(', ')}`, hintFor('vocab'));
  const format = parseChoice('format', values.format, VOCAB_FORMATS, 'vale', 'vocab');
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const loaded = await commandConfig(io, configFile);
  const index = await commandRoleIndex(io, loaded, datasetFile);
  const titles = index.occupations.flatMap((o) => [o.title, ...o.aliases]);
  const terms = loaded.config.style.terms.flatMap(({ rule }) => (Array.isArray(rule.use) ? rule.use : [rule.use]));
  const text = formatVocabulary(vocabularyWords([...titles, ...terms]), format);
  if (values.output === undefined) {
    io.out(text);
    return EXIT.ok;
  }
  const output = resolve(io.cwd, values.output);
  const inputs = [configFile, datasetFile, loaded.file].filter((f): f is string => f !== undefined);
  await safeWrite(output, text, { what: 'vocabulary', inputs }).catch((error: unknown) => {
    throw writeFailure(displayPath(io.cwd, output), error);
  });
  return EXIT.ok;
}
