// The role dataset as the rest of the code sees it: one shape for the bundled BLS data and
// for workspace datasets, so rules never care where a figure came from. Plain data only:
// occupations end up in findings' evidence and cross to the CLI and the webview.

/** Wage figures that BLS may top-code (publish only as "at least $239,200"). */
export type WageKey = 'mean' | 'median' | 'p10' | 'p25' | 'p75' | 'p90';

/** Annual figures in US dollars, `hourlyMean` in dollars per hour. Absent = not available or top-coded. */
export interface Wages {
  mean?: number;
  median?: number;
  p10?: number;
  p25?: number;
  p75?: number;
  p90?: number;
  hourlyMean?: number;
}

/**
 * One published data release and what is needed to read and cite it: BLS OEWS May 2025, BLS
 * Employment Projections 2024–34, or a workspace's own survey. Every year, cap and currency the
 * code uses comes from here, never from a constant.
 */
export interface Release {
  /** Stable id, e.g. "oews-2025" or "ep-2024-34". */
  id: string;
  /** "OEWS" (wages), "EP" (projections), or a workspace's own name. */
  program: string;
  /** As the publisher writes it: "May 2025", "2024–34". */
  period: string;
  /** The reference year (for a projection, its base year). */
  year: number;
  /** A projection's target year (2034 for 2024–34). */
  targetYear?: number;
  /** Short name used in messages: "BLS OEWS". */
  source: string;
  publisher?: string;
  /** The credit line a reader should see: "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May 2025". */
  citation: string;
  /** Occupation page; `{code}` is the SOC code without its hyphen (112022), `{soc}` with it. */
  url?: string;
  /** ISO 4217 code of the wage figures ("USD"). */
  currency?: string;
  /** Hours in the year the publisher uses between hourly and annual wages (BLS: 2,080). */
  hoursPerYear?: number;
  /** Figures at or above this are published only as "at least" (BLS May 2024: $239,200 a year); null = not top-coded. */
  topCode?: { annual: number; hourly: number } | null;
  /** Geographic area of the estimates ("U.S.", "California", a metro area). */
  area?: string;
}

/** Figures from an earlier release, so a rule can say "your figure is from May 2024". */
export interface WageSnapshot {
  release: Release;
  period: string;
  year: number;
  employment?: number;
  wages: Wages;
  topCoded: WageKey[];
  url?: string;
}

/** BLS typical education needed for entry, in BLS's own words, lowest first. */
export const EDUCATION_LEVELS = [
  'No formal educational credential',
  'High school diploma or equivalent',
  'Some college, no degree',
  'Postsecondary nondegree award',
  "Associate's degree",
  "Bachelor's degree",
  "Master's degree",
  'Doctoral or professional degree',
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/**
 * One occupation in an employment projection (BLS EP Table 1.2). Counts in thousands. A figure
 * BLS prints no value for ("—") is absent, never zero.
 */
export interface Outlook {
  /** The projection release: its `period` ("2025–35"), `year` (base) and `targetYear`. */
  release: Release;
  employmentBase: number;
  employmentTarget: number;
  /** Employment change over the projection, thousands (BLS's own figure, from unrounded levels). */
  changeNumeric?: number;
  /** Employment change over the projection, percent with one decimal (40.1). */
  changePercent: number;
  /** Percent of base-year employment that is self-employed. */
  selfEmployedPercent?: number;
  openingsPerYear: number;
  education: EducationLevel;
  /** Work experience in a related occupation; absent when a workspace dataset does not say. */
  experience?: string;
  /** Typical on-the-job training; absent when a workspace dataset does not say. */
  training?: string;
  url?: string;
}

/** One of BLS's outlook wording bands, on the change rounded to a whole percent (bounds inclusive). */
export interface OutlookBand {
  /** As the OOH prints it: "Much faster than average". */
  descriptor: string;
  /** O*NET's label for the same band ("Average" for "As fast as average"). */
  onetLabel: string;
  /** Lowest whole percent in the band; absent = no lower bound. */
  min?: number;
  /** Highest whole percent in the band; absent = no upper bound. */
  max?: number;
}

/** The wording bands of one projection period, with that period's all-occupations average. */
export interface OutlookBands {
  /** The projection release id ("ep-2025-35") and its period ("2025–35"). */
  releaseId: string;
  period: string;
  /** "The average growth rate for all occupations is N percent" (OOH, whole percent). */
  averagePercent: number;
  /** The projections' total change for all occupations, one decimal (3.5 for 2025–35). */
  totalChangePercent: number;
  /** Highest band first. */
  bands: OutlookBand[];
}

/** The releases a dataset holds, by program: current first, then the previous ones, newest first. */
export interface DatasetReleases {
  wages: { current: Release; previous: Release[] };
  projections: { current: Release | undefined; previous: Release[] };
}

/** A place an article may name: a state (by name or postal code), a metro area or city, or the nation. */
export interface Place {
  kind: 'nation' | 'state' | 'metro';
  /** "Texas", "Austin-Round Rock-San Marcos, TX", "U.S.". */
  name: string;
  /** A state's postal code ("TX"); a metro area's states. */
  states: string[];
}

/** Wage figures for one area other than the nation (a state or metro dataset), beside the national data. */
export interface AreaData {
  place: Place;
  /** The release the area's figures come from (its `area` is the place's name). */
  release: Release;
  /** The dataset file it was read from. */
  file?: string;
  occupations: readonly Occupation[];
  bySoc(soc: string): Occupation | undefined;
}

export interface Occupation {
  /** BLS SOC code ("11-2022") or, for a workspace role, any id ("custom-001"). */
  soc: string;
  title: string;
  /** Names the workspace dataset gives this role; matched before any title. */
  aliases: string[];
  /** O*NET alternate titles (bundled data only); matched after the BLS title. */
  alternateTitles?: string[];
  /** Detailed SOC codes an OEWS aggregate covers ("13-1020" covers "13-1021"...), for pins. */
  includesSoc?: string[];
  employment?: number;
  wages: Wages;
  /** Figures that are only a lower bound (the release's `topCode`); their `wages` value is absent. */
  topCoded: WageKey[];
  /** The release the wages above come from (the current one, unless it no longer publishes the occupation). */
  release: Release;
  /** `release.period`, `release.year`, `release.source`, kept flat for display. */
  period: string;
  year: number;
  source: string;
  url?: string;
  /** Earlier releases, newest first. */
  previous?: WageSnapshot[];
  /**
   * Employment projection and typical entry education from the current projection release, or,
   * for an occupation it no longer lists (11-1031 Legislators), the latest release that has it
   * (`outlook.release` says which).
   */
  outlook?: Outlook;
  /** Every projection release's figures for this occupation, newest first (`outlook` is the first). */
  outlooks?: Outlook[];
  /** The workspace dataset file the entry came from; absent for bundled data. */
  file?: string;
}

export interface RoleMatch {
  occupation: Occupation;
  /** Which name matched: a workspace alias, the title, an O*NET alternate title, or a SOC pin. */
  via: 'alias' | 'title' | 'alternate' | 'pinned';
  /** The dataset's text that matched (or the pinned code). */
  matched: string;
}

/**
 * The dataset API the rules and the claim engine use (see dataset/facts.ts):
 * - `releases`: wage and projection releases, current and previous, with their periods.
 * - `projectionFor(soc, period?)`: an occupation's projection for a period ("2024–34",
 *   "2024-2034", "2024 to 2034", a release id); without a period, the current one (or the
 *   latest that has the occupation). Undefined when that period has no figures for it.
 * - `descriptorBands(period?)`: BLS's outlook wording bands for a period (default: current);
 *   `bandFor(bands, changePercent)` in facts.ts picks the band of a change.
 * - `placeOf(text)`: the place a text names (state name or postal code, a loaded metro area's
 *   name or one of its main cities, the nation), whether or not data is loaded for it.
 * - `areaFor(text)`: the loaded area dataset for that place (the national data for the
 *   nation), or undefined: then a claim about that place is not checked.
 */
export interface DatasetFacts {
  readonly releases: DatasetReleases;
  projectionFor(soc: string, period?: string): Outlook | undefined;
  descriptorBands(period?: string): OutlookBands | undefined;
  placeOf(text: string): Place | undefined;
  areaFor(text: string): AreaData | undefined;
  /** The area datasets loaded beside the national data. */
  readonly areas: readonly AreaData[];
}

export interface RoleIndex extends DatasetFacts {
  readonly occupations: readonly Occupation[];
  bySoc(soc: string): Occupation | undefined;
  /** A role pinned to a SOC code in front matter. */
  pinnedMatch(soc: string): RoleMatch | undefined;
  /** Exact (normalised) matches from the best tier only; several when the name is ambiguous. */
  match(roleName: string): RoleMatch[];
  /** Nearest occupations for a role `match` does not know. */
  suggest(roleName: string, limit?: number): Occupation[];
  /** Prefix/substring search for a quick pick. */
  search(query: string, limit?: number): Occupation[];
  /** `search` with the text that matched, for quick-pick details. */
  searchMatches(query: string, limit?: number): RoleMatch[];
}

/** A problem in a workspace dataset file. `line`/`column` are 1-based. */
export interface DatasetError {
  file: string;
  message: string;
  line?: number;
  column?: number;
  /** JSON path (`occupations[3].wages.mean`) or, for CSV, the column name. */
  path?: string;
}

export type DatasetParseResult = { ok: true; occupations: Occupation[] } | { ok: false; errors: DatasetError[] };
