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

/** Figures from an earlier release, so a rule can say "your figure is from May 2023". */
export interface WageSnapshot {
  period: string;
  year: number;
  employment?: number;
  wages: Wages;
  topCoded: WageKey[];
  url?: string;
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
  /** Figures that are only a lower bound (`TOP_CODE`); their `wages` value is absent. */
  topCoded: WageKey[];
  period: string;
  year: number;
  source: string;
  url?: string;
  previous?: WageSnapshot;
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

export interface RoleIndex {
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
