// The edit that brings a dated salary claim to the current release: the figure and the year the
// sentence gives it for ("In May 2019, … was $55,160" -> "In May 2025, … was $62,970") in one
// offset edit, so the suggestion, the fix and `refresh` leave a sentence that agrees with itself.
import type { Article } from '../model/article.js';
import type { Occupation } from '../dataset/types.js';
import type { Fix } from '../types.js';
import type { SalaryClaim } from './salary-claims.js';

const MONTH_YEAR = /^\p{L}+\s{1,2}\d{4}$/u;

/** A function from the figure's replacement to the edit, or undefined when the claim states no year in its sentence. */
export function yearEdit(article: Article, claim: SalaryClaim, occupation: Occupation): ((replacement: string) => Fix) | undefined {
  const span = claim.yearSpan;
  const { figure } = claim;
  if (!span || (span[0] < figure.end && figure.start < span[1])) return undefined;
  const written = article.text.slice(...span);
  // "May 2019" is a release's period: the current release's period replaces it; a bare year, its year.
  const year = MONTH_YEAR.test(written) && /^\p{L}+\s{1,2}\d{4}$/u.test(occupation.period) ? occupation.period : String(occupation.year);
  return (replacement) =>
    span[0] < figure.start
      ? { range: [span[0], figure.end], text: `${year}${article.text.slice(span[1], figure.start)}${replacement}` }
      : { range: [figure.start, span[1]], text: `${replacement}${article.text.slice(figure.end, span[0])}${year}` };
}
