// Decides whether .gitignore files exclude a path found by a folder or glob search. The
// .gitignore files read are those from the repository root (the nearest folder holding
// .git) down to the file's folder; outside a repository, from the searched folder down.
// Each folder is read once. A deeper file may re-include (`!x.md`) what a shallower one
// excluded, as in git.
import { access, readFile } from 'node:fs/promises';
import { dirname, join, relative, sep, isAbsolute } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitignoreFilter {
  private readonly rules = new Map<string, Promise<Ignore | undefined>>();
  private readonly roots = new Map<string, Promise<string>>();

  async isIgnored(file: string, searchBase: string): Promise<boolean> {
    const root = await this.rootFor(searchBase);
    const rel = relative(root, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const folders = [root];
    for (const part of rel.split(sep).slice(0, -1)) folders.push(join(folders.at(-1)!, part));
    let ignored = false;
    for (const folder of folders) {
      const rules = await this.rulesIn(folder);
      if (!rules) continue;
      const result = rules.test(relative(folder, file).split(sep).join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private rootFor(base: string): Promise<string> {
    let root = this.roots.get(base);
    if (!root) {
      root = findRepositoryRoot(base).then((found) => found ?? base);
      this.roots.set(base, root);
    }
    return root;
  }

  private rulesIn(folder: string): Promise<Ignore | undefined> {
    let rules = this.rules.get(folder);
    if (!rules) {
      rules = readFile(join(folder, '.gitignore'), 'utf8').then(
        (text) => ignore().add(text),
        () => undefined,
      );
      this.rules.set(folder, rules);
    }
    return rules;
  }
}

async function findRepositoryRoot(start: string): Promise<string | undefined> {
  for (let folder = start; ; folder = dirname(folder)) {
    try {
      await access(join(folder, '.git'));
      return folder;
    } catch {
      if (dirname(folder) === folder) return undefined;
    }
  }
}
