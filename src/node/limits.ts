// How much of the machine one run may spend on untrusted input: a file's size, a dataset's,
// a config's, a worker's memory and a file's time. Each has a default and an environment
// variable; out-of-range values fall back to the default or are clamped, never trusted:
// CAREER_ARTICLES_TIMEOUT=1e9 must not turn into a timer that fires at once.
import { MEGABYTE } from './read-text.js';

export interface Limits {
  /** Bytes of one article (default 10 MB: ten times the editor's lint-as-you-type limit). */
  fileBytes: number;
  datasetBytes: number;
  configBytes: number;
  /** The lint cache: it holds every file's findings, so it may be big, but not unbounded. */
  cacheBytes: number;
  /** Old-generation heap of one lint worker. */
  workerMemoryMb: number;
  /** Milliseconds one file (or loading one dataset) may take. */
  timeoutMs: number;
}

/** setTimeout keeps 32 bits of milliseconds; longer waits fire at once. A day is plenty. */
const MAX_TIMEOUT_SECONDS = 24 * 60 * 60;

interface Knob {
  variable: string;
  fallback: number;
  min: number;
  max: number;
}

export const KNOBS = {
  fileBytes: { variable: 'CAREER_ARTICLES_MAX_FILE_MB', fallback: 10, min: 0.001, max: 1024 },
  datasetBytes: { variable: 'CAREER_ARTICLES_MAX_DATASET_MB', fallback: 50, min: 0.001, max: 1024 },
  configBytes: { variable: 'CAREER_ARTICLES_MAX_CONFIG_MB', fallback: 1, min: 0.001, max: 64 },
  workerMemoryMb: { variable: 'CAREER_ARTICLES_MAX_MEMORY_MB', fallback: 2048, min: 16, max: 65536 },
  timeoutMs: { variable: 'CAREER_ARTICLES_TIMEOUT', fallback: 120, min: 0.1, max: MAX_TIMEOUT_SECONDS },
} satisfies Partial<Record<keyof Limits, Knob>>;

/** The variable's number, clamped to the knob's range; the default when unset or not a positive number. */
function read(env: NodeJS.ProcessEnv, knob: Knob): number {
  const raw = env[knob.variable];
  const value = raw === undefined || raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value) || value <= 0) return knob.fallback;
  return Math.min(knob.max, Math.max(knob.min, value));
}

export function limitsFromEnv(env: NodeJS.ProcessEnv): Limits {
  return {
    fileBytes: Math.round(read(env, KNOBS.fileBytes) * MEGABYTE),
    datasetBytes: Math.round(read(env, KNOBS.datasetBytes) * MEGABYTE),
    configBytes: Math.round(read(env, KNOBS.configBytes) * MEGABYTE),
    cacheBytes: 512 * MEGABYTE,
    workerMemoryMb: Math.round(read(env, KNOBS.workerMemoryMb)),
    timeoutMs: Math.round(read(env, KNOBS.timeoutMs) * 1000),
  };
}

/** At most `max` lines of a long list, then one line saying how many more there were. */
export function capLines(lines: readonly string[], max = 20): string[] {
  if (lines.length <= max) return [...lines];
  return [...lines.slice(0, max), `... and ${(lines.length - max).toLocaleString('en-US')} more`];
}
