// The side-by-side preview's view model: plain, serializable data that the extension builds
// from a lint result and the webview draws. Nothing here is HTML: article text travels as
// text, and the page puts it in the DOM with textContent. src/shared/preview-messages.ts
// validates this shape with zod on receipt and checks at compile time that it matches.
import type { SectionKey } from '../model/sections.js';
import type { Severity } from '../types.js';
import type { ReadabilitySummary } from '../readability/numbers.js';

/** The rows of the table, top to bottom: the two definitions, then the five standard sections. */
export const ROW_IDS = ['definitions', 'duties', 'requirements', 'environment', 'skills', 'salary'] as const;
export type RowId = 'definitions' | SectionKey;

/** 1-based, inclusive document lines. */
export interface LineRange {
  startLine: number;
  endLine: number;
}

export interface PreviewSentence {
  text: string;
  /** Names both roles, or neither: shown in both cells. */
  shared: boolean;
  lines: LineRange;
}

export interface PreviewCell {
  sentences: PreviewSentence[];
  /** The source the cell comes from (a definition, or the row's section); absent when missing. */
  lines?: LineRange;
  /** Heading of the cell's own source, when it differs per column ("What is a Nurse?"). */
  caption?: string;
  /** The cell's source is missing (a definition): the page offers to insert it. */
  missing: boolean;
  fixable: boolean;
}

export interface PreviewFinding {
  ruleId: string;
  severity: Severity;
  message: string;
  lines: LineRange;
  column: number;
}

/** A wage figure placed on the chart's axis. */
export interface ChartMark {
  value: number;
  /** Top-coded: the figure is "at least" `value`. */
  atLeast: boolean;
  /** Position on the shared axis, 0-100. */
  pct: number;
  label: string;
}

export interface ChartClaim {
  /** The figure as the article writes it. */
  raw: string;
  /** In annual dollars: "$171,520" or "$90,000–$120,000". */
  label: string;
  from: number;
  /** Equal to `from` for a single figure. */
  to: number;
  /** Undefined when no occupation could judge it. */
  fits?: boolean;
  /** Past the end of the axis (drawn at the edge with an arrow). */
  clipped: boolean;
  /** How it compares: "+25% from the mean ($160,930)". */
  detail: string;
  lines: LineRange;
}

export interface RoleSalary {
  role: string;
  /** Why there is no chart for this role, when there is none. */
  unavailable?: string;
  occupation?: { title: string; soc: string; citation: string; period: string; source: string; url?: string };
  /** Employment Projections for the occupation: job outlook and typical entry education. */
  outlook?: PreviewOutlook;
  /** Other occupations the role name also matches. */
  alternatives: string[];
  band?: {
    p10?: ChartMark;
    p25?: ChartMark;
    median?: ChartMark;
    mean?: ChartMark;
    p75?: ChartMark;
    p90?: ChartMark;
  };
  claims: ChartClaim[];
}

export interface PreviewOutlook {
  /** "2024–34". */
  period: string;
  citation: string;
  /** "+40.1%". */
  change: string;
  /** "29,500 openings a year". */
  openings: string;
  /** "336,300 in 2025 to 474,100 in 2035; +137,800 jobs (+41%)". */
  employment?: string;
  /** "1.6% in 2025", or "not published". */
  selfEmployed?: string;
  education: string;
  url?: string;
}

export interface SalaryChart {
  /** Axis in annual USD, shared by both roles so their bars compare. */
  axis: { min: number; max: number; ticks: Array<{ pct: number; label: string }> };
  roles: [RoleSalary, RoleSalary];
}

export interface PreviewRow {
  id: RowId;
  /** The heading as the article writes it, or the standard label when missing. */
  label: string;
  missing: boolean;
  /** A missing section can be inserted by required-sections' fix. */
  fixable: boolean;
  /** Every source range that makes up the row (a section may appear twice). */
  ranges: LineRange[];
  cells: [PreviewCell, PreviewCell];
  findings: PreviewFinding[];
  salary?: SalaryChart;
  /** The section's readability (every section of the row together); absent for the definitions and a missing section. */
  readability?: PreviewReadability;
}

/** The article's readability, as inspect, the title's hover and the site report give it: the numbers and their one line. */
export interface PreviewReadability {
  text: string;
  numbers: ReadabilitySummary;
}

export interface PreviewModel {
  uri: string;
  fileName: string;
  version: number;
  title: string;
  roles: [string, string];
  header: { findings: PreviewFinding[]; lines?: LineRange; readability?: PreviewReadability };
  rows: PreviewRow[];
  /** Every finding of the article, including those of the header. */
  findingCount: number;
  /** The document is too large to lint as you type: the preview follows saves only. */
  onSaveOnly: boolean;
}
