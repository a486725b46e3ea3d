// `career-articles playground [-o folder] [--force]`: writes the paste-and-check page, a folder
// that runs with no server and no network (index.html from file:// or any static host): the
// web language server in a worker, the bundled dataset and the page's script, all local. The
// folder is written by the product's one writer (node/safe-write.ts): a new folder, an empty
// one or a previous playground; anything else only with --force.
import { constants } from 'node:fs';
import { lstat, mkdir, open, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { findBundledDataset, findShipped } from '../../node/bundled-dataset.js';
import { limitsFromEnv } from '../../node/limits.js';
import { WriteError, safeWrite } from '../../node/safe-write.js';
import { DEFAULT_BUDGET_MS } from '../../server/budget.js';
import { hintFor, parseCommandArgs } from '../args.js';
import { CliError, EXIT, UsageError } from '../errors.js';
import { PLAYGROUND_HELP } from '../help.js';
import { displayPath, type Io } from '../io.js';
import { writeFailure } from './shared.js';

const OPTIONS = {
  output: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** index.html's mark: a folder holding it is a previous playground, replaced without --force. */
export const PLAYGROUND_MARK = '<meta name="generator" content="career-articles playground" />';
/** The files the build leaves in dist/playground/, copied as they are. */
const COPIED = ['page.js', 'playground.css', 'preview.css'];

/** A script of the page that sets one global to a text: no fetch, which file:// pages cannot do. */
const textScript = (global: string, text: string) => `self.${global}=${JSON.stringify(text)};\n`;

interface PageFile {
  name: string;
  text: string;
}

async function pageFiles(assets: string, dataset: string, env: NodeJS.ProcessEnv): Promise<PageFile[]> {
  const read = (file: string) => readFile(file, 'utf8');
  const template = await read(join(assets, 'index.html'));
  const html = template.replace('{{maxBytes}}', String(limitsFromEnv(env).fileBytes)).replace('{{budgetMs}}', String(DEFAULT_BUDGET_MS));
  return [
    { name: 'index.html', text: html },
    { name: 'worker.js', text: textScript('careerArticlesWorker', await read(join(assets, 'server.js'))) },
    { name: 'dataset.js', text: textScript('careerArticlesDataset', await read(dataset)) },
    ...(await Promise.all(COPIED.map(async (name) => ({ name, text: await read(join(assets, name)) })))),
  ];
}

async function head(file: string): Promise<string> {
  const handle = await open(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const buffer = Buffer.alloc(2048);
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Makes sure `folder` may receive the page: created when missing (its parent must exist), and
 * when present a folder (or a link to one) that is empty or a previous playground, unless
 * `force`. Answers whether it is a previous playground (its files are then ours to replace).
 */
async function prepareFolder(folder: string, shown: string, force: boolean): Promise<boolean> {
  const info = await lstat(folder).catch(() => undefined);
  if (!info) {
    await mkdir(folder).catch((error: unknown) => {
      const code = (error as NodeJS.ErrnoException).code;
      throw new CliError(`cannot create the folder ${shown}: ${code === 'ENOENT' ? 'its parent folder does not exist' : String(code)}`);
    });
    return false;
  }
  const target = info.isSymbolicLink() ? await realpath(folder).catch(() => undefined) : folder;
  if (target === undefined) throw new CliError(`cannot write ${shown}: it is a symbolic link to a missing folder`);
  if (!(await stat(target)).isDirectory())
    throw new CliError(`cannot write ${shown}: it is not a folder (the playground is a folder of files; name a new one)`);
  const entries = await readdir(target);
  if (entries.length === 0) return false;
  const index = join(target, 'index.html');
  const previous =
    entries.includes('index.html') && (await stat(index)).isFile() && (await head(index).catch(() => '')).includes(PLAYGROUND_MARK);
  if (!previous && !force)
    throw new CliError(`cannot write ${shown}: the folder is not empty and is not a previous playground (add --force to write into it)`);
  return previous;
}

export async function playgroundCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('playground', args, OPTIONS);
  if (values.help) {
    io.out(PLAYGROUND_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 0) throw new UsageError(`unexpected argument '${positionals[0]}'`, hintFor('playground'));
  let assets: string;
  try {
    assets = dirname(findShipped(join('dist', 'playground', 'page.js')));
  } catch {
    throw new CliError("the playground's page is not built (run 'npm run build' in the repository)");
  }
  const dataset = findBundledDataset();
  const files = await pageFiles(assets, dataset, io.env);
  const folder = resolve(io.cwd, values.output ?? 'playground');
  const shown = displayPath(io.cwd, folder);
  const force = values.force === true;
  const previous = await prepareFolder(folder, shown, force);
  const inputs = [dataset, ...['index.html', 'server.js', ...COPIED].map((name) => join(assets, name))];
  for (const { name, text } of files) {
    const file = join(folder, name);
    await safeWrite(file, text, { what: 'playground file', inputs, isOurs: () => previous, force }).catch((error: unknown) => {
      throw writeFailure(displayPath(io.cwd, file), error instanceof WriteError ? error : new WriteError(String(error)));
    });
  }
  io.out(`Wrote the playground to ${shown}: open ${join(shown, 'index.html')} in a browser (it needs no server and no network).\n`);
  return EXIT.ok;
}
