// `career-articles new "Role A" "Role B" [-o file] [--format md|txt|html]`: a new comparison
// article for two roles, filled from the dataset (core/templates/new-article.ts, the same
// template the editor's "New Comparison Article" asks the server for). Writes stdout, or a new
// file through the one safe writer: an existing non-empty file only with --force.
import { resolve } from 'node:path';
import { newArticle } from '../../core/templates/new-article.js';
import { EXTENSION_SYNTAX, type Syntax } from '../../core/syntax/syntax.js';
import { safeWrite } from '../../node/safe-write.js';
import { hintFor, parseChoice, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { NEW_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { assertExists, commandConfig, commandRoleIndex, writeFailure } from './shared.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  format: { type: 'string', short: 'f' },
  force: { type: 'boolean' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const;

const FORMATS = { md: 'markdown', txt: 'text', html: 'html' } as const satisfies Record<string, Syntax>;

/** --format, else the output file's extension, else Markdown. */
function syntaxFor(format: string | undefined, output: string | undefined): Syntax {
  const chosen = parseChoice('format', format, Object.keys(FORMATS) as Array<keyof typeof FORMATS>, 'md', 'new');
  if (format !== undefined || output === undefined) return FORMATS[chosen];
  const dot = output.lastIndexOf('.');
  return (dot >= 0 ? EXTENSION_SYNTAX[output.slice(dot + 1).toLowerCase()] : undefined) ?? 'markdown';
}

export async function newCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', args, OPTIONS);
  if (values.help) {
    io.out(NEW_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2) throw new UsageError(`expected two role names, got ${positionals.length}`, hintFor('new'));
  const syntax = syntaxFor(values.format, values.output);
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  const index = await commandRoleIndex(io, await commandConfig(io, configFile), datasetFile);
  const result = newArticle(index, [positionals[0]!, positionals[1]!], syntax);
  if (!result.ok) throw new CliError(result.reason);
  if (values.output === undefined) {
    io.out(result.text);
    return EXIT.ok;
  }
  const output = resolve(io.cwd, values.output);
  const inputs = [...(configFile ? [configFile] : []), ...(datasetFile ? [datasetFile] : [])];
  // A new article never replaces an existing one (an empty file holds nothing to lose) unless --force.
  await safeWrite(output, result.text, {
    what: 'new article',
    inputs,
    isOurs: () => false,
    force: values.force === true,
    inPlace: true,
  }).catch((error: unknown) => {
    throw writeFailure(displayPath(io.cwd, output), error);
  });
  return EXIT.ok;
}
