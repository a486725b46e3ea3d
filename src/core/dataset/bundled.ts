// Turns the compact bundled data/roles.json (already JSON.parse'd) into Occupation objects.
// Runs wherever the data is loaded (Node CLI, extension host, web worker), so it does no I/O.
// The file is generated and committed, so only its format tag is checked here; the full zod
// check runs in the tests, where its ~50 ms cost does not delay activation.
import type { BundledDataset } from './schema.js';
import type { Occupation, WageKey, Wages, WageSnapshot } from './types.js';

export const BUNDLED_FORMAT = 'career-articles/roles@1';

/** BLS top-codes figures at or above these; a top-coded figure means "at least this much". */
export const TOP_CODE = { annual: 239_200, hourly: 115 } as const;

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

export function decodeBundledDataset(json: unknown): Occupation[] {
  const data = json as BundledDataset | null | undefined;
  if (data?.format !== BUNDLED_FORMAT) {
    throw new Error(`Unexpected bundled dataset format \`${String(data?.format)}\`, expected \`${BUNDLED_FORMAT}\``);
  }
  const { previous } = data;
  const occupations = data.occupations.map(([soc, title, employment, now, capped, before, includesSoc]): Occupation => {
    const code = soc.replace('-', '');
    const occupation: Occupation = {
      soc,
      title,
      aliases: [],
      alternateTitles: [],
      employment,
      wages: wages(now),
      topCoded: topCoded(capped),
      period: data.period,
      year: data.year,
      source: data.source,
      url: data.url.replace('{code}', code),
    };
    if (before) {
      const snapshot: WageSnapshot = {
        period: previous.period,
        year: previous.year,
        employment: before[0],
        wages: wages(before[1]),
        topCoded: topCoded(before[2]),
        url: previous.url.replace('{code}', code),
      };
      occupation.previous = snapshot;
    }
    if (includesSoc) occupation.includesSoc = includesSoc;
    return occupation;
  });
  for (const [title, at] of data.alternateTitles) {
    for (const index of typeof at === 'number' ? [at] : at) occupations[index]?.alternateTitles?.push(title);
  }
  return occupations;
}

/** A wage figure with its top-coding made explicit: `{ value: 239200, atLeast: true }`. */
export function wageFigure(occupation: Pick<Occupation, 'wages' | 'topCoded'>, key: WageKey) {
  if (occupation.topCoded.includes(key)) return { value: TOP_CODE.annual, atLeast: true };
  const value = occupation.wages[key];
  return value === undefined ? undefined : { value, atLeast: false };
}
