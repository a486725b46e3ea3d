// What a schema cannot say about a workspace dataset: ids must be unique, every figure needs
// a date, a figure cannot be both known and top-coded, percentiles must rise. Then the
// conversion to Occupation, filling defaults from the top of the file. Shared by the JSON
// and the CSV reader, which only differ in how they point at a place in the file.
import type { PathIssue } from '../../author-files/issues.js';
import type { DatasetFile, DatasetOccupation } from './schema.js';
import { percentAgrees, projectionPeriod } from '../facts.js';
import type { Occupation, Outlook, Release, WageKey } from '../types.js';

const ORDER: WageKey[] = ['p10', 'p25', 'median', 'p75', 'p90'];
const money = (n: number) => `$${n.toLocaleString('en-US')}`;

function yearIn(period: string | undefined): number | undefined {
  const found = period?.match(/\b(19|20)\d\d\b/)?.[0];
  return found ? Number(found) : undefined;
}

function yearOf(entry: DatasetOccupation, data: DatasetFile): number | undefined {
  return entry.year ?? yearIn(entry.period) ?? data.year ?? yearIn(data.period);
}

export function checkDataset(data: DatasetFile): PathIssue[] {
  const issues: PathIssue[] = [];
  const seen = new Map<string, number>();
  data.occupations.forEach((entry, i) => {
    const at = ['occupations', i];
    const first = seen.get(entry.soc);
    if (first !== undefined) {
      issues.push({ path: [...at, 'soc'], message: `duplicate soc \`${entry.soc}\`, first used by occupations[${first}]` });
    } else seen.set(entry.soc, i);

    if (yearOf(entry, data) === undefined) {
      issues.push({
        path: at,
        message: 'missing `year`: say when the figures were measured, with a `year` (2025) or a `period` ("May 2025")',
      });
    }
    const periodYear = yearIn(entry.period);
    if (entry.year !== undefined && periodYear !== undefined && periodYear !== entry.year) {
      issues.push({ path: [...at, 'year'], message: `\`year\` ${entry.year} disagrees with \`period\` "${entry.period}"` });
    }

    const topCoded = entry.topCoded ?? [];
    if (Object.keys(entry.wages).length === 0 && topCoded.length === 0) {
      issues.push({ path: [...at, 'wages'], message: 'expected at least one wage figure' });
    }
    for (const key of topCoded) {
      if (entry.wages[key] !== undefined) {
        issues.push({
          path: [...at, 'wages', key],
          message: `\`${key}\` is listed in \`topCoded\`, so leave it out of \`wages\` (or drop it from \`topCoded\`)`,
        });
      }
    }
    let previous: WageKey | undefined;
    for (const key of ORDER) {
      const value = entry.wages[key];
      if (value === undefined) continue;
      const floor = previous === undefined ? undefined : entry.wages[previous];
      if (floor !== undefined && value < floor) {
        issues.push({
          path: [...at, 'wages', key],
          message: `expected \`${key}\` (${money(value)}) to be at least \`${previous}\` (${money(floor)})`,
        });
      }
      previous = key;
    }
    const { outlook } = entry;
    if (outlook && projectionPeriod(outlook.period) === undefined)
      issues.push({
        path: [...at, 'outlook', 'period'],
        message: `expected a projection period such as "2025–35", got "${outlook.period}"`,
      });
    else if (outlook && !percentAgrees(outlook.employmentBase, outlook.employmentTarget, outlook.changePercent)) {
      const computed = ((outlook.employmentTarget - outlook.employmentBase) / outlook.employmentBase) * 100;
      issues.push({
        path: [...at, 'outlook', 'changePercent'],
        message: `${outlook.changePercent} disagrees with the employment figures (${computed.toFixed(1)})`,
      });
    }
  });
  return issues;
}

/** A workspace entry's own projection, with a release of its period and source. */
function outlookOf(entry: NonNullable<DatasetOccupation['outlook']>, fallbackSource: string, cache: Map<string, Release>): Outlook {
  const period = projectionPeriod(entry.period)!;
  const source = entry.source ?? fallbackSource;
  const id = `${source} ${period}`;
  let release = cache.get(id);
  if (!release) {
    const year = Number(period.slice(0, 4));
    release = {
      id,
      program: source,
      period,
      year,
      targetYear: Number(period.slice(0, 2) + period.slice(5)),
      source,
      citation: `${source}, ${period}`,
    };
    cache.set(id, release);
  }
  const { period: _period, source: _source, ...figures } = entry;
  return { release, ...figures };
}

/** The release a workspace entry's figures belong to: the file's own metadata, per period and source. */
function releaseOf(data: DatasetFile, file: string, period: string, year: number, source: string, cache: Map<string, Release>): Release {
  const id = `${source} ${period}`;
  let release = cache.get(id);
  if (!release) {
    release = { id, program: source, period, year, source, citation: data.citation ?? `${source}, ${period}` };
    if (data.area !== undefined) release.area = data.area;
    if (data.currency !== undefined) release.currency = data.currency;
    if (data.hoursPerYear !== undefined) release.hoursPerYear = data.hoursPerYear;
    release.topCode = data.topCode ?? null;
    cache.set(id, release);
  }
  return release;
}

/** Occupations from a dataset that passed the schema and checkDataset. */
export function toOccupations(data: DatasetFile, file: string): Occupation[] {
  const releases = new Map<string, Release>();
  return data.occupations.map((entry) => {
    const year = yearOf(entry, data) ?? 0;
    const period = entry.period ?? (entry.year !== undefined ? String(entry.year) : (data.period ?? String(year)));
    const source = entry.source ?? data.source ?? file;
    const aliases = [...new Set((entry.aliases ?? []).map((alias) => alias.trim()).filter(Boolean))];
    const occupation: Occupation = {
      soc: entry.soc,
      title: entry.title.trim(),
      aliases,
      wages: { ...entry.wages },
      topCoded: [...new Set(entry.topCoded ?? [])],
      release: releaseOf(data, file, period, year, source, releases),
      period,
      year,
      source,
      file,
    };
    if (entry.employment !== undefined) occupation.employment = entry.employment;
    if (entry.url !== undefined) occupation.url = entry.url;
    if (entry.outlook) occupation.outlook = outlookOf(entry.outlook, source, releases);
    return occupation;
  });
}
