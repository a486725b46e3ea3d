// `lint --baseline` and `--write-baseline`: the findings an article already had are known and
// not reported again, so an old article's problems never block a typo fix. A finding is known
// when the baseline holds one of the same file, rule and message id whose fingerprint (a hash
// of the finding's text and the text around it on its line, never its line number) matches:
// moving paragraphs keeps them known, editing the text a finding is about makes it new. The
// baseline counts each: a second identical finding in the same file is reported.
import { dirname, relative, resolve, sep } from 'node:path';
import type { Finding } from '../core/types.js';
import { nodeCrypto } from '../node/crypto.js';
import { safeWrite } from '../node/safe-write.js';
import { BASELINE_FORMAT, baselineSchema, type BaselineEntry, type BaselineFile } from './baseline-file.js';
import { writeFailure } from './output-file.js';
import { readJsonInput } from './json-input.js';
import type { FileReport } from './report.js';

/** How much of the line on each side of a finding its fingerprint takes. */
const CONTEXT = 40;
/** How much of a long finding (a whole paragraph) it takes. */
const SPAN = 200;

/** A hash of the finding's text and up to CONTEXT characters either side on its line, spacing ignored. */
export function fingerprint(text: string, finding: Finding): string {
  const start = Math.min(finding.start.offset, text.length);
  const end = Math.max(start, Math.min(finding.end.offset, text.length));
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const lineEnd = newline < 0 ? text.length : newline;
  const squeeze = (part: string) => part.replace(/\s+/g, ' ');
  const parts = [
    text.slice(Math.max(lineStart, start - CONTEXT), start),
    text.slice(start, Math.min(end, start + SPAN)),
    text.slice(end, Math.min(lineEnd, end + CONTEXT)),
  ];
  return nodeCrypto().createHash('sha256').update(parts.map(squeeze).join('\u0000')).digest('hex').slice(0, 16);
}

/** The texts findings were found in, by absolute path: what the fingerprints are computed from. */
export type TextOf = (path: string) => string | undefined;

const keyOf = (file: string, ruleId: string, messageId: string, print: string) => JSON.stringify([file, ruleId, messageId, print]);

const portable = (base: string, path: string) => relative(base, path).split(sep).join('/');

/** The baseline of every finding of `reports`, files named relative to the baseline's folder. */
export function baselineOf(reports: readonly FileReport[], textOf: TextOf, baselinePath: string): BaselineFile {
  const base = dirname(baselinePath);
  const entries = new Map<string, BaselineEntry>();
  for (const report of reports) {
    const text = textOf(report.path);
    if (text === undefined) continue;
    const file = portable(base, report.path);
    for (const f of report.findings) {
      const print = fingerprint(text, f);
      const key = keyOf(file, f.ruleId, f.messageId, print);
      const entry = entries.get(key);
      if (entry) entry.count++;
      else entries.set(key, { file, ruleId: f.ruleId, messageId: f.messageId, fingerprint: print, count: 1, message: f.message });
    }
  }
  const findings = [...entries.values()].sort((a, b) =>
    keyOf(a.file, a.ruleId, a.messageId, a.fingerprint) < keyOf(b.file, b.ruleId, b.messageId, b.fingerprint) ? -1 : 1,
  );
  return { format: BASELINE_FORMAT, findings };
}

/** Drops the known findings from each report (in place); returns how many were dropped. */
export function applyBaseline(reports: FileReport[], baseline: BaselineFile, textOf: TextOf, baselinePath: string): number {
  const base = dirname(baselinePath);
  const left = new Map<string, number>();
  for (const e of baseline.findings) {
    const key = keyOf(resolve(base, e.file), e.ruleId, e.messageId, e.fingerprint);
    left.set(key, (left.get(key) ?? 0) + e.count);
  }
  let dropped = 0;
  for (const report of reports) {
    const text = textOf(report.path);
    if (text === undefined || report.findings.length === 0) continue;
    report.findings = report.findings.filter((f) => {
      const key = keyOf(report.path, f.ruleId, f.messageId, fingerprint(text, f));
      const known = left.get(key) ?? 0;
      if (known === 0) return true;
      left.set(key, known - 1);
      dropped++;
      return false;
    });
  }
  return dropped;
}

const isOurBaseline = (head: string) => head.includes(`"${BASELINE_FORMAT.split('@')[0]}@`);

export async function readBaseline(cwd: string, path: string, maxBytes: number): Promise<{ file: string; baseline: BaselineFile }> {
  const { file, value } = await readJsonInput(cwd, path, 'baseline file', baselineSchema, maxBytes);
  return { file, baseline: value };
}

/** Writes the baseline through the one safe writer: never over an input, a pipe's reader gets it in place. */
export async function writeBaseline(
  file: string,
  shown: string,
  baseline: BaselineFile,
  run: { inputs: readonly string[]; force: boolean },
): Promise<void> {
  try {
    await safeWrite(file, `${JSON.stringify(baseline, null, 2)}\n`, {
      what: 'baseline',
      inputs: run.inputs,
      isOurs: isOurBaseline,
      force: run.force,
      inPlace: true,
    });
  } catch (error) {
    throw writeFailure(`the baseline ${shown}`, error);
  }
}
