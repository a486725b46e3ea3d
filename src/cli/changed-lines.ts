// `lint --changed-since <ref>`: only what a change introduced is reported: findings on the
// lines the diff from <ref> adds or changes, and findings about a whole article (finding-data's
// articleLevel) of the files it touches. The diff is taken from where this branch left <ref>
// (their merge base) to the working tree, so a base branch that moved on adds nothing, and
// files git does not track yet count as wholly new. git runs with an argument list, never a
// shell, in the working folder's repository; <ref> cannot be read as an option.
import { execFile } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { resolve } from 'node:path';
import { articleLevel } from '../core/finding-data.js';
import type { Finding } from '../core/types.js';
import { CliError } from './errors.js';
import type { FileReport } from './report.js';

/** Lines (1-based) the change gives each file, by real path; `all` for a file git does not know yet. */
export type ChangedLines = Map<string, Set<number> | 'all'>;

const MAX_OUTPUT = 256 * 1024 * 1024;

function git(cwd: string, args: string[]): Promise<{ ok: true; out: string } | { ok: false; err: string }> {
  return new Promise((done) => {
    // No pager, no external diff or text conversion: the diff is git's own, whatever the config says.
    execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, maxBuffer: MAX_OUTPUT, encoding: 'utf8', env: { ...process.env, GIT_PAGER: 'cat', GIT_EXTERNAL_DIFF: '' } },
      (error, stdout, stderr) => {
        if (!error) done({ ok: true, out: stdout });
        else
          done({
            ok: false,
            err:
              ((error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : stderr.trim().split('\n')[0]) || error.message,
          });
      },
    );
  });
}

/** A path as git prints it: quoted C-style when it holds a quote, a backslash or a control character. */
function unquote(path: string): string {
  if (!path.startsWith('"')) return path;
  const bytes: number[] = [];
  const escapes: Record<string, number> = { n: 10, t: 9, r: 13, a: 7, b: 8, f: 12, v: 11, '"': 34, '\\': 92 };
  const body = path.slice(1, -1);
  for (let i = 0; i < body.length; i++) {
    if (body[i] !== '\\') {
      bytes.push(...Buffer.from(body[i]!, 'utf8'));
      continue;
    }
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1));
    if (octal) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else bytes.push(escapes[body[++i]!] ?? body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString('utf8');
}

/** The `+` side's lines of each file of a `git diff --unified=0`, by path relative to the repository. */
export function parseDiff(diff: string): Map<string, Set<number>> {
  const files = new Map<string, Set<number>>();
  let current: Set<number> | undefined;
  for (const line of diff.split('\n')) {
    if (line.startsWith('+++ ')) {
      const name = line.slice(4).replace(/\t$/, '');
      current = name === '/dev/null' ? undefined : new Set();
      if (current) files.set(unquote(name).replace(/^b\//, ''), current);
      continue;
    }
    const hunk = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
    if (hunk && current) {
      const [start, count] = [Number(hunk[1]), hunk[2] === undefined ? 1 : Number(hunk[2])];
      for (let n = start; n < start + count; n++) current.add(n);
    }
  }
  return files;
}

/** What changed since `ref`, or exit 2 naming the problem (no repository, no such ref). */
export async function changedSince(cwd: string, ref: string): Promise<ChangedLines> {
  // A ref is a name, never an option (`--output=…` would make git write a file).
  if (ref === '' || ref.startsWith('-') || Array.from(ref, (c) => c.charCodeAt(0)).some((code) => code < 32))
    throw new CliError(`unexpected --changed-since '${ref}', expected a git ref such as origin/main`);
  const top = await git(cwd, ['rev-parse', '--show-toplevel']);
  if (!top.ok) throw new CliError(`--changed-since needs a git repository: ${top.err}`);
  const root = top.out.trim();
  const commit = await git(cwd, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]);
  if (!commit.ok) throw new CliError(`unknown git ref '${ref}': no commit of that name in ${root}`);
  const sha = commit.out.trim();
  const base = await git(cwd, ['merge-base', sha, 'HEAD']);
  const from = base.ok ? base.out.trim() : sha;
  const diff = await git(root, ['diff', '--unified=0', '--no-color', '--no-ext-diff', '--no-textconv', '--find-renames', from, '--']);
  if (!diff.ok) throw new CliError(`cannot compare with '${ref}': ${diff.err}`);
  const changed: ChangedLines = new Map();
  for (const [path, lines] of parseDiff(diff.out)) changed.set(resolve(root, path), lines);
  const untracked = await git(root, ['ls-files', '--others', '--exclude-standard', '-z']);
  if (untracked.ok) for (const path of untracked.out.split('\0').filter(Boolean)) changed.set(resolve(root, path), 'all');
  return changed;
}

const realPath = (path: string) => {
  try {
    return realpathSync.native(path);
  } catch {
    return path;
  }
};

function touches(finding: Finding, lines: Set<number> | 'all'): boolean {
  if (lines === 'all' || articleLevel(finding)) return true;
  for (let line = finding.start.line; line <= Math.max(finding.start.line, finding.end.line); line++) if (lines.has(line)) return true;
  return false;
}

/** Keeps (in place) only the findings the change touches; returns how many were dropped. */
export function keepChanged(reports: FileReport[], changed: ChangedLines): number {
  let dropped = 0;
  for (const report of reports) {
    if (report.findings.length === 0) continue;
    const lines = changed.get(realPath(report.path));
    const kept = lines === undefined ? [] : report.findings.filter((f) => touches(f, lines));
    dropped += report.findings.length - kept.length;
    report.findings = kept;
  }
  return dropped;
}
