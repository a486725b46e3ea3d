// Turns the compact bundled data/roles.json (already JSON.parse'd) into Occupation objects.
// Runs wherever the data is loaded (Node CLI, extension host, web worker), so it does no I/O.
// The file is generated and committed, so only its format tag is checked here; the full zod
// check runs in the tests, where its ~50 ms cost does not delay activation.
// The file carries its releases' metadata (period, citation, URL pattern, currency, hours per
// year, top-code rule): nothing here knows which year is current or what BLS's cap is.
// Its name index (name-index.ts) is attached to the decoded array, and read only when a role
// is first looked up.
import { alternateTitlesOf, type AlternateTitles } from './names/alternate-titles.js';
import { registerBundledFacts } from './facts.js';
import { registerNameIndex } from './names/prebuilt-names.js';
import type { BundledDataset, BundledOutlook, BundledWages } from './formats/schema.js';
import type { EducationLevel, Occupation, Outlook, Release, WageKey, Wages, WageSnapshot } from './types.js';

export const BUNDLED_FORMAT = 'career-articles/roles@4';

const TUPLE_KEYS = ['mean', 'median', 'p10', 'p25', 'p75', 'p90', 'hourlyMean'] as const;

function wages(tuple: ReadonlyArray<number | null>): Wages {
  const result: Wages = {};
  TUPLE_KEYS.forEach((key, i) => {
    const value = tuple[i];
    if (typeof value === 'number') result[key] = value;
  });
  return result;
}

function topCoded(list: string): WageKey[] {
  return list ? (list.split(' ') as WageKey[]) : [];
}

/** A release's page for one occupation: `{code}` is the SOC code without its hyphen, `{soc}` with it. */
export function releaseUrl(release: Pick<Release, 'url'>, soc: string): string | undefined {
  return release.url?.replace('{code}', soc.replace('-', '')).replace('{soc}', soc);
}

function snapshot(release: Release, soc: string, [employment, tuple, capped]: BundledWages): WageSnapshot {
  const found: WageSnapshot = { release, period: release.period, year: release.year, wages: wages(tuple), topCoded: topCoded(capped) };
  if (employment !== null) found.employment = employment;
  const url = releaseUrl(release, soc);
  if (url) found.url = url;
  return found;
}

/** `first` is the occupation's first entry, whose words a shorter later entry shares. */
function outlook(release: Release, url: string | undefined, row: BundledOutlook, first: BundledOutlook): Outlook {
  const words = (row.length === 6 ? first : row) as unknown[];
  const found: Outlook = {
    release,
    employmentBase: row[0],
    employmentTarget: row[1],
    changePercent: row[3],
    openingsPerYear: row[5],
    education: words[6] as EducationLevel,
    experience: words[7] as string,
    training: words[8] as string,
  };
  // Blank stays blank: BLS prints no figure for these, which is not zero.
  if (row[2] !== null) found.changeNumeric = row[2];
  if (row[4] !== null) found.selfEmployedPercent = row[4];
  if (url) found.url = url;
  return found;
}

/**
 * Each occupation's `alternateTitles`, filled in for all of them on the first read. With the
 * name index, a lint never reads them (only the `roles` command and tables built without the
 * index do), so the 45,000 names are not split and sorted into lists at every start.
 */
function attachAlternateTitles(occupations: Occupation[], alternates: AlternateTitles): void {
  let filled = false;
  const settle = (occupation: Occupation, value: string[]) =>
    Object.defineProperty(occupation, 'alternateTitles', { value, writable: true, enumerable: true, configurable: true });
  const fill = () => {
    if (filled) return;
    filled = true;
    const lists = occupations.map((): string[] => []);
    for (let i = 0; i < alternates.count; i++) {
      const name = alternates.name(i);
      for (const at of alternates.occupations(i)) lists[at]?.push(name);
    }
    occupations.forEach((occupation, i) => settle(occupation, lists[i]!));
  };
  for (const occupation of occupations) {
    Object.defineProperty(occupation, 'alternateTitles', {
      get(): string[] | undefined {
        fill();
        return occupation.alternateTitles;
      },
      set(value: string[]) {
        fill();
        settle(occupation, value);
      },
      enumerable: true,
      configurable: true,
    });
  }
}

export function decodeBundledDataset(json: unknown): Occupation[] {
  const format = (json as { format?: unknown } | null)?.format;
  if (format !== BUNDLED_FORMAT) {
    throw new Error(`Unexpected bundled dataset format \`${String(format)}\`, expected \`${BUNDLED_FORMAT}\``);
  }
  const data = json as BundledDataset;
  const byId = new Map<string, Release>(data.releases.map((release) => [release.id, release]));
  const wageReleases = data.wageReleases.map((id) => byId.get(id)!);
  const projectionReleases = data.projectionReleases.map((id) => byId.get(id)!);
  const occupations = data.occupations.map(([soc, title, byRelease, projected, includesSoc]): Occupation => {
    const snapshots = byRelease.flatMap((entry, i) => (entry ? [snapshot(wageReleases[i]!, soc, entry)] : []));
    const [latest, ...earlier] = snapshots as [WageSnapshot, ...WageSnapshot[]];
    const occupation: Occupation = {
      soc,
      title,
      aliases: [],
      wages: latest.wages,
      topCoded: latest.topCoded,
      release: latest.release,
      period: latest.period,
      year: latest.year,
      source: latest.release.source,
    };
    if (latest.employment !== undefined) occupation.employment = latest.employment;
    if (latest.url) occupation.url = latest.url;
    if (earlier.length) occupation.previous = earlier;
    if (projected) {
      // Current first: an occupation the current projections dropped keeps the latest it has.
      const outlooks: Outlook[] = [];
      let first: BundledOutlook | undefined;
      for (let i = 0; i < projected.length; i++) {
        const row = projected[i];
        if (!row) continue;
        first ??= row;
        const release = projectionReleases[i]!;
        // BLS's OOH link has no per-occupation part: no string work for 1,600 entries at every start.
        const url = release.url?.includes('{') ? releaseUrl(release, soc) : release.url;
        outlooks.push(outlook(release, url, row, first));
      }
      if (outlooks.length) {
        occupation.outlook = outlooks[0]!;
        occupation.outlooks = outlooks;
      }
    }
    if (includesSoc) occupation.includesSoc = includesSoc;
    return occupation;
  });
  registerBundledFacts(occupations, {
    releases: {
      wages: { current: wageReleases[0]!, previous: wageReleases.slice(1) },
      projections: { current: projectionReleases[0], previous: projectionReleases.slice(1) },
    },
    bands: data.outlookBands,
  });
  const alternates = alternateTitlesOf(data.alternateTitles);
  attachAlternateTitles(occupations, alternates);
  if (data.nameIndex) registerNameIndex(occupations, alternates, data.nameIndex);
  return occupations;
}

/**
 * A wage figure with its top-coding made explicit: `{ value: 239200, atLeast: true }`. The cap
 * is the release's own; a top-coded key in a release without a cap (a workspace file saying
 * only "top-coded") has no value to show.
 */
export function wageFigure(occupation: Pick<Occupation, 'wages' | 'topCoded'> & { release?: Release }, key: WageKey) {
  if (occupation.topCoded.includes(key)) {
    const cap = occupation.release?.topCode?.annual;
    return cap === undefined ? undefined : { value: cap, atLeast: true };
  }
  const value = occupation.wages[key];
  return value === undefined ? undefined : { value, atLeast: false };
}

/** The release an occupation's figures come from, and the earlier ones, newest first. */
export function wageHistory(occupation: Occupation): WageSnapshot[] {
  const current: WageSnapshot = {
    release: occupation.release,
    period: occupation.period,
    year: occupation.year,
    wages: occupation.wages,
    topCoded: occupation.topCoded,
  };
  if (occupation.employment !== undefined) current.employment = occupation.employment;
  return [current, ...(occupation.previous ?? [])];
}
