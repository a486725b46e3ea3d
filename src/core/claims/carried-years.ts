// A year stated in one sentence dates the next sentence that continues its statement. BLS writes
// "The median annual wage for X was $N in May 2025. The lowest 10 percent earned less than $A, and
// the highest 10 percent earned more than $B.": the percentiles are May 2025's too. Only a sentence
// that continues the distribution (its figures state a percentile) and has no time of its own
// ("today", "now") takes the year; a new statement ("Farmworkers earn $35,000.") does not.

export interface Dated {
  /** The index of the figure's sentence in its block. */
  sentence: number;
  /** The year its own sentence states, if any. */
  year?: number;
  /** Whether the figure continues the previous sentence's statement (a percentile with no time of its own). */
  continues: boolean;
}

/** Each figure's year: its own, or the one carried from the sentence right before it. */
export function carriedYears(figures: readonly Dated[]): (number | undefined)[] {
  const years: (number | undefined)[] = [];
  figures.forEach((figure, i) => {
    let year = figure.year;
    if (year === undefined && figure.continues) {
      for (let j = i - 1; j >= 0 && figures[j]!.sentence >= figure.sentence - 1; j--) {
        if (figures[j]!.sentence === figure.sentence - 1 && years[j] !== undefined) {
          year = years[j];
          break;
        }
      }
    }
    years.push(year);
  });
  return years;
}
