// A salary claim as extraction finds it: the figure, the role it is about and what its words
// say of it. Its own file so that the prose and table readers can both name it.
import type { SalaryFigure } from './expressions.js';

export interface SalaryClaim {
  kind: 'salary';
  /** The role as the title names it, or undefined when the figure names no role. */
  role: string | undefined;
  /** The figure, with offsets into the document. */
  figure: SalaryFigure;
  line: number;
  /** The year the figure describes, when the article says ("Median Salary (2019)", "In May 2019, …"). */
  year?: number;
  /** Where that year is written, when it is in the figure's sentence (a suggestion rewrites it too). */
  yearSpan?: [number, number];
  /** The percentile the figure states: 10 for "the lowest 10 percent earned less than $X", 50 never (that is the median). */
  percentile?: number;
  /** "more than $X" (`above`) or "less than $X" (`below`). */
  bound?: 'above' | 'below';
  /** The state or city the figure is stated for; undefined for national figures. */
  place?: string;
  /** The source the article names for it ("BLS", "Glassdoor", "Texas Workforce Commission"; sources.ts). */
  source?: string;
  /** Giving it a role would be a guess (attribution.ts): no heading gives it one either. */
  doubtful?: true;
  /**
   * Where it stands: in a Salary section, in a table comparing both roles (anywhere), or
   * elsewhere. Every claim is judged; salary-missing-figure asks only the first two.
   */
  where: 'salary-section' | 'comparison-table' | 'elsewhere';
}
