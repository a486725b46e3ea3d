// Claims whose role is the sentence's subject although another role is named nearer them: a
// pronoun clause ("…, and they need a bachelor's degree"), roles joined by "and", and "both".
import type { RoleSpan } from '../text/role-spans.js';
import { firstFrom } from './span-index.js';

/**
 * Farther than this from its role, a claim is in no clause of that role's (no real sentence runs
 * a thousand characters from its subject to its figure). The clause tests below read the text
 * between the two, so without a bound every figure of a long run-on text read back to the one
 * role named at its start: quadratic, minutes on a few hundred KB.
 */
const FAR = 1000;

/** "…, and they", "; they", "but they", "and 19% of them": a clause about a pronoun. */
const THEY_CLAUSE =
  /(?:[,;:–—]|(?<![\p{L}])(?:and|but|yet|while|whereas|so|though|although))\s{1,3}(?:they(?![\p{L}])|[^,;.]{0,40}?(?<![\p{L}])of\s{1,3}them(?![\p{L}]))/iu;
/** A sentence opening with a phrase set against its subject ("Unlike plumbers, electricians …"). */
const FRONTED_OTHER = /^\s{0,3}(?:\*{1,2})?(?:unlike|like|compared\s{1,3}(?:with|to)|as|than|while|whereas|although|though)(?![\p{L}])/iu;

/**
 * "EMTs earn $39,000, less than paramedics, and they need only a certificate": "they" opening a
 * clause is the sentence's subject, not the role named last. The subject is the sentence's first
 * role, or its first after the comma closing a phrase set against it.
 */
export function pronounSubject(
  text: string,
  spans: readonly RoleSpan[],
  sentenceStart: number,
  before: RoleSpan,
  at: number,
): number | undefined {
  if (at - before.end > FAR || !THEY_CLAUSE.test(text.slice(before.end, at))) return undefined;
  let from = sentenceStart;
  if (FRONTED_OTHER.test(text.slice(sentenceStart, before.start))) {
    const comma = text.indexOf(',', sentenceStart);
    if (comma < 0 || comma > before.start) return undefined;
    from = comma;
  }
  const subject = spans[firstFrom(spans, from)];
  return subject && subject.start < before.start && subject.role !== before.role ? subject.role : undefined;
}

/**
 * "Employment of physicists and astronomers is projected to grow 7 percent": a claim in the clause
 * of roles joined by "and" is about both; the corpora's convention (and BLS's, which titles such a profile
 * by its first kind) gives it the first, not the one named last.
 */
export function jointFirst(text: string, spans: readonly RoleSpan[], last: RoleSpan, at: number): number | undefined {
  const first = spans[spans.indexOf(last) - 1];
  if (!first || first.role === last.role || !/^\s{0,3},?\s{0,3}(?:and|&)\s{1,3}$/iu.test(text.slice(first.end, last.start)))
    return undefined;
  // Only in the pair's own clause: "…, and both need a bachelor's degree" after figures for each is said of
  // both (bothSubject), not of the pair joined before it.
  return at - last.end > FAR ||
    /[;:–—]|,\s{0,3}(?:and|but|while|whereas|though|although|yet|so)(?![\p{L}])/iu.test(text.slice(last.end, at))
    ? undefined
    : first.role;
}

/** Longer than any match of BOTH or FOR_BOTH, so their windows lose nothing. */
const WINDOW = 160;

/** "both", or "both jobs", "both of them": the two roles at once (BOTH and FOR_BOTH). */
const BOTH_WORDS = String.raw`both(?:\s{1,3}(?:jobs|occupations|careers|roles|positions|professions|fields|trades|groups|of\s{1,3}them))?`;

/**
 * "Both typically need a bachelor's degree", "Neither job requires a degree — both need …",
 * "Desk clerks earn $35,070, bellhops $37,080, and both need …": a clause whose subject is "both"
 * (or "both jobs") speaks of the two compared roles at once; the corpora's convention (decided by
 * their majority, issue #30) gives such a claim the article's first role, wherever its sentence
 * named the roles before.
 */
const BOTH = new RegExp(
  String.raw`(?:^|[,;:(–—]|\s-|(?<![\p{L}])(?:and|but|so|yet))\s{0,3}(?:\*{1,2})?${BOTH_WORDS}(?![\p{L}])[^,;:–—]{0,60}$`,
  'iu',
);

/**
 * "BLS lists no formal educational credential for both.": a figure whose sentence ends by saying it
 * is "for both" (jobs) is said of the two roles at once, as a "both" subject is.
 */
const FOR_BOTH = new RegExp(String.raw`^[^.;!?]{0,80}?(?<![\p{L}])for\s{1,3}${BOTH_WORDS}\s{0,3}(?:[.;!?)]|$)`, 'iu');

export function forBoth(text: string, end: number, sentenceEnd: number): boolean {
  // A match is at most ~110 characters, so a window of WINDOW is the whole answer; cut short of
  // the sentence's end it cannot end at `$` (that match would be WINDOW long). Without the cut, a
  // sentence with thousands of figures and no full stop was read to its end from every figure.
  const rest = text.slice(end, Math.min(sentenceEnd, end + WINDOW));
  return rest.includes('both') && FOR_BOTH.test(rest);
}

export function bothSubject(text: string, spans: readonly RoleSpan[], sentenceStart: number, at: number): boolean {
  // BOTH ends at `at` and is at most ~90 characters: a window cut short of the sentence's start
  // cannot match from its `^` (that match would be WINDOW long). See forBoth.
  const clause = text.slice(Math.max(sentenceStart, at - WINDOW), at);
  // Cheap gates first: most sentences holding a claim never say "both", or name a role before it.
  if (!clause.includes('oth')) return false;
  return BOTH.test(clause);
}
