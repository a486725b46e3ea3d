// The small articles the claim tests read their sentences in: a comparison title, then the body.
import { parseArticle } from '../../../src/core/lint.js';
import type { Article } from '../../../src/core/model/article.js';
import { educationClaims } from '../../../src/core/claims/education-claims.js';

/** `body` under "# <title>: What Are the Differences?" (title "A vs. B"). */
export function comparisonArticle(title: string, body: string): Article {
  return parseArticle(`# ${title}: What Are the Differences?\n\n${body}\n`);
}

/** The education claims of `body`, as role, BLS level and the words that state it. */
export function educationLevels(title: string, body: string) {
  return educationClaims(comparisonArticle(title, body)).map(({ role, level, raw }) => ({ role, level, raw }));
}
