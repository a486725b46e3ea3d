// Decides whether .gitignore files exclude a path found by a folder or glob search. The
// .gitignore files read are those from the repository root (the nearest folder holding
// .git) down to the file's folder; outside a repository, from the searched folder down.
// Each folder is read once. A deeper file may re-include (`!x.md`) what a shallower one
// excluded, as in git. Synchronous, as the file search is (inputs.ts).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep, isAbsolute } from 'node:path';
import ignore, { type Ignore } from 'ignore';

export class GitignoreFilter {
  private readonly rules = new Map<string, Ignore | undefined>();
  private readonly roots = new Map<string, string>();

  isIgnored(file: string, searchBase: string): boolean {
    const root = this.rootFor(searchBase);
    const rel = relative(root, file);
    if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return false;
    const folders = [root];
    for (const part of rel.split(sep).slice(0, -1)) folders.push(join(folders.at(-1)!, part));
    let ignored = false;
    for (const folder of folders) {
      const rules = this.rulesIn(folder);
      if (!rules) continue;
      const result = rules.test(relative(folder, file).split(sep).join('/'));
      if (result.ignored) ignored = true;
      else if (result.unignored) ignored = false;
    }
    return ignored;
  }

  private rootFor(base: string): string {
    let root = this.roots.get(base);
    if (root === undefined) {
      root = findRepositoryRoot(base) ?? base;
      this.roots.set(base, root);
    }
    return root;
  }

  private rulesIn(folder: string): Ignore | undefined {
    if (this.rules.has(folder)) return this.rules.get(folder);
    let rules: Ignore | undefined;
    try {
      rules = ignore().add(readFileSync(join(folder, '.gitignore'), 'utf8'));
    } catch {
      rules = undefined;
    }
    this.rules.set(folder, rules);
    return rules;
  }
}

function findRepositoryRoot(start: string): string | undefined {
  for (let folder = start; ; folder = dirname(folder)) {
    if (existsSync(join(folder, '.git'))) return folder;
    if (dirname(folder) === folder) return undefined;
  }
}
