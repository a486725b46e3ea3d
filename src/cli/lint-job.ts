// One file's linting as plain data in, plain data out, so it can run in a lint worker
// (worker.ts) or, when there is none, in the main thread. The job reads its own file: the
// main thread then neither spends time on reads nor holds thousands of dead read buffers
// (Buffers are freed only when the main thread, which allocates little, happens to collect).
// The job is synchronous, so the main thread can run it under a time limit (lint-runner.ts).
// What a file is linted with (its config, its datasets) the session chose in the main thread
// (settings.ts); the lint itself is the session's own synchronous step (session/lint-document.ts),
// as the language server runs it. The bundled dataset is loaded when a rule first looks a role
// up (see role-index.ts).
import { createTwoFilesPatch } from 'diff';
import { sitePage, type Finding, type LintResult, type ResolvedConfig, type SiteClaim, type SitePage } from '../core/index.js';
import { claimsOf, fixDocument, lintDocument, refreshDocument, type LintSettings } from '../session/lint-document.js';
import { decodeText, readBytesSync, tooLarge, type FileStamp } from '../node/read-text.js';
import { hashOf } from './cache.js';
import type { DatasetOverlay } from './dataset-overlay.js';
import { lazyRoleIndexFor } from './role-index.js';

export interface LintJob {
  path: string;
  config: ResolvedConfig;
  /** Names `config` (a hash of it), so a worker receives each config once. */
  configKey: string;
  /** Present only when an enabled rule uses the dataset. */
  dataset?: DatasetOverlay;
  fix: boolean;
  /** Whether to return the hash of the file's bytes (for the lint cache); --fix always gets it. */
  hash: boolean;
  /** Larger files (and --stdin texts) are not linted (limits.ts). */
  maxBytes: number;
  /** The bytes to lint instead of the file's (--stdin): `path` then only names the article. */
  bytes?: Uint8Array;
  /** Whether to return the article's salary claims and page (for the cross-article pass and the report). */
  claims?: boolean;
  /** With `claims`: whether the page carries the readability summary (the site report and `report --from` show it). */
  readability?: boolean;
  /**
   * `refresh`: rewrite the figures judged out of date to the current release instead of fixing
   * (`fix` is then ignored); with `patch`, also return the change as a unified diff naming the
   * file as `patch` (for --dry-run, which writes nothing).
   */
  refresh?: { patch?: string };
}

export type LintOutcome =
  /** `reason` is a short phrase ("binary file"); the caller adds what was not done. */
  | { ok: false; reason: string }
  | {
      ok: true;
      isArticle: boolean;
      findings: Finding[];
      bom: boolean;
      /** hashOf(the bytes read), when the job asked for it or fixed the text. */
      hash?: string;
      /** The file as it was read, when a fix changed it: the write checks it is still so. */
      stamp?: FileStamp;
      /** The text after fixes (without the BOM), only when a fix changed it. */
      fixed?: string;
      /** The article's salary claims, when the job asked for them. */
      claims?: SiteClaim[];
      /** With its claims: its roles (and readability when asked), for the site pass and the report. */
      page?: SitePage;
      /** A refresh: the edits applied, and the findings it leaves for the author. */
      refreshed?: { applied: number; left: Finding[]; patch?: string };
    };

/** --stdin's text, under the same size limit as a file (it has no stamp: nothing is written back). */
function givenBytes(
  bytes: Uint8Array,
  maxBytes: number,
): { ok: true; bytes: Uint8Array; stamp?: FileStamp } | { ok: false; reason: string } {
  return bytes.length > maxBytes ? { ok: false, reason: tooLarge(maxBytes) } : { ok: true, bytes };
}

export function runLintJob(job: Omit<LintJob, 'configKey'>): LintOutcome {
  const read = job.bytes ? givenBytes(job.bytes, job.maxBytes) : readBytesSync(job.path, job.maxBytes);
  if (!read.ok) return read;
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return decoded;
  const { text, bom } = decoded;
  const hash = job.hash ? hashOf(read.bytes) : undefined;
  // The file's name says its syntax (a page without one is told by its first characters).
  const doc = { name: job.path, text };
  const settings: LintSettings = { config: job.config, ...(job.dataset && { dataset: lazyRoleIndexFor(job.dataset) }) };
  const claims = (result: LintResult) =>
    job.claims && result.isArticle
      ? { claims: claimsOf(result, settings), page: sitePage(result.article, job.config, { readability: job.readability === true }) }
      : {};
  if (job.refresh) {
    const refreshed = refreshDocument(doc, settings);
    const changed = refreshed.text !== text;
    const patch =
      job.refresh.patch !== undefined && changed
        ? createTwoFilesPatch(`a/${job.refresh.patch}`, `b/${job.refresh.patch}`, text, refreshed.text)
        : undefined;
    return {
      ok: true,
      isArticle: refreshed.result.isArticle,
      findings: refreshed.result.findings,
      bom,
      hash,
      ...(changed && { fixed: refreshed.text, hash: hash ?? hashOf(read.bytes), stamp: read.stamp }),
      refreshed: { applied: refreshed.applied, left: refreshed.left, ...(patch !== undefined && { patch }) },
    };
  }
  if (!job.fix) {
    const result = lintDocument(doc, settings);
    return { ok: true, isArticle: result.isArticle, findings: result.findings, bom, hash, ...claims(result) };
  }
  const fixed = fixDocument(doc, settings);
  return {
    ok: true,
    isArticle: fixed.result.isArticle,
    findings: fixed.result.findings,
    bom,
    hash,
    ...(fixed.text !== text && { fixed: fixed.text, hash: hash ?? hashOf(read.bytes), stamp: read.stamp }),
    ...claims(fixed.result),
  };
}
