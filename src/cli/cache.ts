// The --cache store: each file's lint result, keyed by everything the result depends on:
// the file's bytes, the resolved config, the dataset and the tool. Keys are content hashes,
// not paths, so a renamed or moved file still hits, and a result can never be served for
// text it was not computed from. A cache that cannot be read is a one-line warning and is
// rebuilt; one that cannot be written is a warning too: the cache only ever saves time.
import { lstat, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import type { Finding } from '../core/types.js';
import type { SiteClaim } from '../core/site/claims.js';
import type { SitePage } from '../core/site/page.js';
import { readText } from '../node/read-text.js';
import { WriteError, planWrite, safeWrite, type OutputRules } from '../node/safe-write.js';
import { nodeCrypto } from '../node/crypto.js';

export const CACHE_FORMAT = 'career-articles/lint-cache@1';
export const DEFAULT_CACHE_FOLDER = join('node_modules', '.cache', 'career-articles');
const CACHE_FILE_NAME = 'lint-cache.json';
/** Entries kept beyond those this run used (files linted in other runs, older versions). */
const SPARE_ENTRIES = 10_000;

export interface CachedResult {
  isArticle: boolean;
  findings: Finding[];
  /** Kept when the run asked for claims (several articles, the report). */
  claims?: SiteClaim[];
  /** Kept with the claims: the article's roles, and its readability when the run that linted it showed it. */
  page?: SitePage;
}

interface CacheFile {
  format: string;
  tool: string;
  entries: Record<string, CachedResult>;
}

export function hashOf(...parts: Array<string | Uint8Array>): string {
  const hash = nodeCrypto().createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}

/** `--cache-location`: a folder (existing, or written with a trailing slash) or a file. */
export async function cacheFile(cwd: string, location: string | undefined): Promise<string> {
  if (location === undefined) return join(cwd, DEFAULT_CACHE_FOLDER, CACHE_FILE_NAME);
  const path = resolve(cwd, location);
  if (location.endsWith('/') || location.endsWith(sep)) return join(path, CACHE_FILE_NAME);
  const info = await stat(path).catch(() => undefined);
  return info?.isDirectory() ? join(path, CACHE_FILE_NAME) : path;
}

const isPoint = (p: unknown) =>
  typeof p === 'object' &&
  p !== null &&
  typeof (p as { line: unknown }).line === 'number' &&
  typeof (p as { column: unknown }).column === 'number';

/** A value read from a cache file: its declared type is not yet known to hold. */
const isObject = (value: unknown): value is object => typeof value === 'object' && value !== null;

/** Enough of a finding's shape that the formatters cannot trip over a damaged entry. */
function isResult(value: unknown): value is CachedResult {
  if (typeof value !== 'object' || value === null) return false;
  const { isArticle, findings, claims, page } = value as Partial<CachedResult>;
  return (
    typeof isArticle === 'boolean' &&
    (page === undefined || (isObject(page) && (page.readability === undefined || isObject(page.readability)) && isPoint(page.start))) &&
    (claims === undefined ||
      (Array.isArray(claims) &&
        claims.every((c: Partial<SiteClaim> | null) => typeof c?.role === 'string' && typeof c.annual === 'number' && isPoint(c.start)))) &&
    Array.isArray(findings) &&
    findings.every(
      (f: Partial<Finding> | null) =>
        typeof f?.ruleId === 'string' &&
        typeof f.message === 'string' &&
        ['error', 'warning', 'info'].includes(f.severity as string) &&
        isPoint(f.start) &&
        isPoint(f.end),
    )
  );
}

/** What the cache may not replace: the run's inputs; and what --force allows. */
export interface CacheWriteRules {
  inputs: readonly string[];
  force: boolean;
}

/** The cache file begins with its format (save() writes it first): how a file is known to be one, damaged or not. */
const CACHE_HEAD = /^\s*\{\s*"format"\s*:\s*"career-articles\/lint-cache@/;

/**
 * A cache file is written only over a file that is one (by its first bytes, so a damaged cache
 * of ours is rebuilt) or an empty one; never over an input, a pipe or a device (safe-write.ts).
 */
const outputRules = (rules: CacheWriteRules): OutputRules => ({
  what: 'cache file',
  inputs: rules.inputs,
  force: rules.force,
  isOurs: (head) => CACHE_HEAD.test(head),
  notOursHint: 'name another --cache-location, or add --force to replace it',
});

export class LintCache {
  private readonly used = new Map<string, CachedResult>();
  private changed = false;
  /** The path may not hold the cache: nothing is saved. */
  private off = false;
  hits = 0;

  private constructor(
    readonly file: string,
    private readonly tool: string,
    private readonly previous: Map<string, unknown>,
    private readonly rules: CacheWriteRules,
  ) {}

  /**
   * Reads the cache at `file` for this `tool` (version and build). A missing file or one from
   * another tool version starts empty; a damaged one also calls `warn` once. A path the cache
   * may not be written to (a pipe, a device, an input, a file that is not a cache) calls
   * `refuse` once and gives a cache that is never saved: this run lints everything.
   */
  static async open(
    file: string,
    tool: string,
    maxBytes: number,
    rules: CacheWriteRules,
    warn: (reason: string) => void,
    refuse: (reason: string) => void,
  ): Promise<LintCache> {
    try {
      await planWrite(file, outputRules(rules));
    } catch (error) {
      if (!(error instanceof WriteError)) throw error;
      refuse(error.message);
      const off = new LintCache(file, tool, new Map(), rules);
      off.off = true;
      return off;
    }
    // Missing (or a folder on its path is a file): nothing cached yet; saving will say more.
    // A pipe or a device is never waited on, a huge file never read (read-text.ts).
    const exists = await lstat(file).then(
      () => true,
      (error: unknown) => !['ENOENT', 'ENOTDIR'].includes((error as NodeJS.ErrnoException).code ?? ''),
    );
    if (!exists) return new LintCache(file, tool, new Map(), rules);
    const read = await readText(file, maxBytes);
    if (!read.ok) {
      warn(read.reason);
      return new LintCache(file, tool, new Map(), rules);
    }
    const text = read.text;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      warn('not valid JSON');
      return new LintCache(file, tool, new Map(), rules);
    }
    const data = parsed as Partial<CacheFile> | null;
    if (
      typeof data !== 'object' ||
      data === null ||
      data.format !== CACHE_FORMAT ||
      typeof data.entries !== 'object' ||
      (data.entries as unknown) === null
    ) {
      warn('not a career-articles cache file');
      return new LintCache(file, tool, new Map(), rules);
    }
    // Results from another version of the tool may differ: start afresh, silently.
    const entries = data.tool === tool ? Object.entries(data.entries) : [];
    const cache = new LintCache(file, tool, new Map(entries), rules);
    if (data.tool !== tool) cache.changed = true;
    return cache;
  }

  /** The result stored under `key` (see `key()`), if any and well formed. */
  get(key: string): CachedResult | undefined {
    const found = this.used.get(key) ?? this.previous.get(key);
    if (found === undefined) return undefined;
    if (!isResult(found)) {
      this.previous.delete(key);
      this.changed = true;
      return undefined;
    }
    this.used.set(key, found);
    this.hits++;
    return found;
  }

  set(key: string, result: CachedResult): void {
    this.used.set(key, { isArticle: result.isArticle, findings: result.findings, ...siteData(result) });
    this.changed = true;
  }

  /** Writes the cache when this run changed it: this run's entries first, then older ones. */
  /**
   * Writes the cache when this run changed it: this run's entries first, then older ones.
   * Entries are written one by one: one that cannot be (nested 100,000 deep, a stack overflow
   * in JSON.stringify) is dropped, so a damaged cache is rebuilt once instead of failing every
   * save for good. Returns how many were dropped, for the caller to say once.
   */
  async save(): Promise<number> {
    if (!this.changed || this.off) return 0;
    const entries = new Map<string, unknown>(this.used);
    let spare = SPARE_ENTRIES;
    for (const [key, value] of this.previous) {
      if (spare-- <= 0) break;
      if (!entries.has(key)) entries.set(key, value);
    }
    const parts: string[] = [];
    let dropped = 0;
    for (const [key, value] of entries) {
      try {
        parts.push(`${JSON.stringify(key)}:${JSON.stringify(value)}`);
      } catch {
        dropped++;
      }
    }
    const head = JSON.stringify({ format: CACHE_FORMAT, tool: this.tool }).slice(0, -1);
    await safeWrite(this.file, `${head},"entries":{${parts.join(',')}}}`, outputRules(this.rules));
    this.changed = false;
    return dropped;
  }

  /** The key of one file's result: its content, its config and (when used) its dataset. */
  static key(contentHash: string, configKey: string, datasetKey: string): string {
    return `${contentHash}:${configKey}:${datasetKey}`;
  }
}

/** The site pass's data of a result (claims, page), copied only when there: a result without it stays without. */
export function siteData(result: Pick<CachedResult, 'claims' | 'page'>): Pick<CachedResult, 'claims' | 'page'> {
  return { ...(result.claims && { claims: result.claims }), ...(result.page && { page: result.page }) };
}
