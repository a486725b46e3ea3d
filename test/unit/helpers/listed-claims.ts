// Every judged claim of a small comparison article, as its words and what was read of it: the form
// the claim-holdout tests compare (one copy, so each round's test file states only its sentences).
import { listClaims } from '../../../src/core/judged/claim-list.js';
import { resolveConfig } from '../../../src/core/index.js';
import { comparisonArticle } from './claims.js';
import { bundledRoleIndex } from './dataset.js';

/** Every claim of `body` under "A vs. B", as its words and what was read of it. */
export async function listedClaims(title: string, body: string) {
  const article = comparisonArticle(title, body);
  const dataset = await bundledRoleIndex();
  return listClaims(article, dataset, resolveConfig()).map((c) => ({
    text: article.text.slice(c.start, c.end),
    kind: c.kind,
    statistic: c.statistic,
    role: c.role,
    year: c.year,
    place: c.place,
  }));
}

/** Each claim as "kind/statistic year". */
export const briefClaims = async (title: string, body: string) =>
  (await listedClaims(title, body)).map((c) => `${c.kind}/${c.statistic}${c.year === null ? '' : ` ${c.year}`}`);

/** Each claim as "words @ place". */
export const placedClaims = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} @ ${c.place}`);
