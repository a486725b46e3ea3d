// What a dataset says beyond its occupations: which releases it holds (wages and projections,
// current and previous), BLS's outlook wording bands per projection period, and the periods an
// article may write ("2024–34", "2024-2034", "from 2024 to 2034"). The bundled decoder registers
// these for its occupation array; a role index reads them (role-index.ts). Nothing here knows
// which period is current: that is the order of the releases in data/roles.json.
import type { DatasetFacts, DatasetReleases, Occupation, Outlook, OutlookBand, OutlookBands } from './types.js';

export interface BundledFacts {
  releases: DatasetReleases;
  bands: readonly OutlookBands[];
}

const registered = new WeakMap<readonly Occupation[], BundledFacts>();

export function registerBundledFacts(occupations: readonly Occupation[], facts: BundledFacts): void {
  registered.set(occupations, facts);
}

/** The facts of a decoded bundled dataset; a hand-made occupation list (tests) gets its releases from its entries. */
export function bundledFacts(occupations: readonly Occupation[]): BundledFacts {
  const found = registered.get(occupations);
  if (found) return found;
  const first = occupations[0];
  const projections = first?.outlooks?.map((o) => o.release) ?? (first?.outlook ? [first.outlook.release] : []);
  return {
    releases: {
      wages: { current: first?.release ?? { id: '', program: '', period: '', year: 0, source: '', citation: '' }, previous: [] },
      projections: { current: projections[0], previous: projections.slice(1) },
    },
    bands: [],
  };
}

/**
 * A projection period as a release's `period` writes it ("2024–34"), from what an article or a
 * caller writes: "2024–34", "2024-34", "2024-2034", "2024 to 2034", "ep-2024-34". Undefined when
 * the text is no period.
 */
export function projectionPeriod(text: string): string | undefined {
  const found = /((?:19|20)\d\d)\s*(?:[-–—]|to|through|and)\s*((?:19|20)?\d\d)\b/i.exec(text);
  if (!found) return undefined;
  const base = Number(found[1]);
  const target = Number(found[2]!.length === 2 ? `${found[1]!.slice(0, 2)}${found[2]}` : found[2]);
  return target > base ? `${base}–${String(target).slice(2)}` : undefined;
}

/**
 * Whether a one-decimal percent change agrees with employment figures rounded to 0.1 thousand:
 * within the range the rounded inputs allow, plus the percent's own rounding.
 */
export function percentAgrees(base: number, target: number, percent: number): boolean {
  const at = (b: number, t: number) => ((t - b) / b) * 100;
  const values = [base - 0.05, base + 0.05].filter((b) => b > 0).flatMap((b) => [at(b, target - 0.05), at(b, target + 0.05)]);
  if (values.length === 0) return true;
  const slack = 0.05 + 1e-9;
  return percent >= Math.min(...values) - slack && percent <= Math.max(...values) + slack;
}

/** An occupation's projection for a period (default: its current one, `outlook`). */
export function outlookFor(occupation: Occupation | undefined, period?: string): Outlook | undefined {
  if (!occupation) return undefined;
  if (period === undefined) return occupation.outlook;
  const wanted = projectionPeriod(period);
  const all = occupation.outlooks ?? (occupation.outlook ? [occupation.outlook] : []);
  return all.find((o) => o.release.period === wanted || o.release.id === period);
}

/** The bands of a period (default: the current projection's). */
export function bandsFor(facts: BundledFacts, period?: string): OutlookBands | undefined {
  const current = facts.releases.projections.current;
  if (period === undefined) return current && facts.bands.find((b) => b.releaseId === current.id);
  const wanted = projectionPeriod(period);
  return facts.bands.find((b) => b.period === wanted || b.releaseId === period);
}

/** The band BLS would print for a change, read as the OOH does: rounded to a whole percent. */
export function bandFor(bands: OutlookBands, changePercent: number): OutlookBand | undefined {
  const whole = Math.round(changePercent) || 0;
  return bands.bands.find((band) => (band.min === undefined || whole >= band.min) && (band.max === undefined || whole <= band.max));
}

/**
 * `view` with the facts of the index `get` returns, asked of it only when read (a lazy or
 * aliased view). Defined as getters, not spread: a spread would read them, and load, at once.
 */
export function withForwardedFacts<T extends object>(view: T, get: () => DatasetFacts): T & DatasetFacts {
  const facts: DatasetFacts = {
    get releases() {
      return get().releases;
    },
    get areas() {
      return get().areas;
    },
    projectionFor: (soc, period) => get().projectionFor(soc, period),
    descriptorBands: (period) => get().descriptorBands(period),
    placeOf: (text) => get().placeOf(text),
    areaFor: (text) => get().areaFor(text),
  };
  return Object.defineProperties(view, Object.getOwnPropertyDescriptors(facts)) as T & DatasetFacts;
}
