// Whether a percent states the self-employed share: "26% are self-employed", "about 48%, are
// self-employed", "nearly half (50%) are self-employed", "2% are in private practice", "compared
// with about 5% of janitors" after a share of the same sentence, and the answer to a question
// about it ("Are X self-employed? About 8% of captains are."). A percent of something else is
// left to the other readers.

import { ShortSpaceRegExp } from '../text/short-spaces.js';

/**
 * The words after the percent that say its people work for themselves ("work as independent
 * contractors"), also past a second share of the same verb ("about 17% of plasterers and 19% of
 * tapers work for themselves": the first is a share as well).
 */
const SELF_EMPLOYED = new ShortSpaceRegExp(
  /^[,)]?\s{0,2}(?:of\s{1,3}[\p{L} ]{1,70}?\s{1,3}(?:and\s{1,3}(?:(?:about|around|roughly|nearly)\s{1,3})?\d{1,2}(?:\s{0,2}%|\s{1,3}percent)\s{1,3}of\s{1,3}[\p{L} ]{1,40}?\s{1,3})?)?(?:(?:are|were|is|was|work\s{1,3}as)?\s{0,3}self[-\s]employed|(?:work|works|worked)\s{1,3}for\s{1,3}themselves|(?:are|were|work\s{1,3}as|works\s{1,3}as|worked\s{1,3}as)\s{1,3}(?:independent\s{1,3}contractors|freelancers)|freelanced?(?!\s{1,3}(?:on\s{1,3}the\s{1,3}side|part[-\s]time))|(?:are|were|is|was|work)\s{1,3}in\s{1,3}(?:their\s{1,3}own\s{1,3})?private\s{1,3}practices?|(?:run|own|ran|owned)\s{1,3}their\s{1,3}own\s{1,3}(?:businesses|business|practices|practice|firms|firm|shops|shop))(?![\p{L}])/iu,
);

/**
 * "…, compared with about 5% of janitors": a percent joined to the share before it by a word of
 * comparison, with nothing but its people after it, is the same statistic for them.
 */
const COMPARED =
  /(?:compared\s{1,3}(?:with|to)|versus|vs\.?|against|while|whereas|than(?:\s{1,3}for)?)\s{1,3}(?:only\s{1,3}|just\s{1,3})?(?:(?:about|around|roughly|nearly|approximately|some|under|over|less\s{1,3}than|more\s{1,3}than|close\s{1,3}to|almost)\s{1,3})?$/iu;
/** Between the two: one clause's length, no sentence end. */
const BETWEEN = /^[^.!?;]{0,120}$/u;
/** Only its people after the compared percent ("of janitors", "for hydrologists", a few words), or the clause ends: a verb after them ("90% of employers prefer …") is another statement. */
const PEOPLE_AFTER =
  /^(?:\s{1,3}(?:of|for|among)\s{1,3}[\p{L}-]{2,30}(?:\s{1,3}(?:and\s{1,3}|&\s{1,3})?[\p{L}-]{2,30}){0,3})?\s{0,3}(?:[.,;!?)]|$)/u;

/**
 * "About 21% of carpet installers are self-employed, and 21 percent of floor layers.": after "and",
 * a percent whose people end the sentence restates the share for them ("and 20% of them work part
 * time" goes on to say something else).
 */
const AND_BEFORE = /,?\s{1,3}and\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|only|just)\s{1,3})?$/iu;
const ONLY_PEOPLE = /^\s{1,3}of\s{1,3}(?!them(?![\p{L}]))[\p{L}-]{2,30}(?:\s{1,3}[\p{L}-]{2,30}){0,2}\s{0,3}(?:[.;!?)]|$)/u;
/** "…, down from about 18% in the previous projections": the share's earlier value, said after it. */
const EARLIER_BEFORE = /,?\s{1,3}(?:down|up)\s{1,3}from\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some)\s{1,3})?$/iu;
/**
 * Nothing after the earlier value but words, or the release it is from ("up from 7% in the 2024–34
 * projections"): a year naming a release is no figure of its own.
 */
const NO_FIGURE_AFTER =
  /^(?:[^.;!?\d%$]{0,60}|\s{1,3}(?:in|under|per|from)\s{1,3}(?:the\s{1,3})?(?:(?:previous|older|earlier|prior)\s{1,3})?(?:BLS['’]?s?\s{1,3})?(?:19|20)\d\d(?:\s{0,2}[-–—]\s{0,2}(?:19|20)?\d\d)?\s{1,3}(?:BLS\s{1,3})?(?:projections?|data|figures|release|estimates))(?:[.;!?]|$)/u;

/**
 * "30% are self-employed now, compared with 26% in the older release": after a word of comparison,
 * a percent with only the release it is from after it is the same share, in that release.
 */
const RELEASE_AFTER =
  /^\s{1,3}(?:in|under|per|from|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:(?:(?:previous|older|earlier|prior|last|newer|latest|current|new)\s{1,3}(?:BLS['’]?s?\s{1,3})?)|(?:BLS['’]?s?\s{1,3})?(?:19|20)\d\d(?:\s{0,2}[-–—]\s{0,2}(?:19|20)?\d\d)?\s{1,3}(?:BLS\s{1,3})?)(?:projections?|data|figures|release|estimates)\s{0,3}(?:[.,;!?)]|$)/iu;

/** "70% of customers prefer …": people who say or want something are a survey's, not workers. */
const SURVEY =
  /(?<![\p{L}])(?:say|said|prefer|prefers|report|reported|want|wants|expect|expects|agree|believe|plan|think|feel|use|uses|need|needs)(?![\p{L}])/iu;

/** "Are sailors self-employed? … about 8% of captains and mates are.": the verb without its complement, after the question. */
const ELLIPSIS = /^\s{1,3}of\s{1,3}[\p{L}][\p{L}\s,&-]{0,60}?\s{1,3}(?:are|were)\s{0,3}[,.;]/u;
const ASKED = /self[-\s]employed/iu;

/**
 * Whether the percent at [start, end) of `text` is a self-employed share; `previous` is the end of
 * the share read just before it, if any, and `sentenceStart` where its sentence starts.
 */
/**
 * "Self-employed workers make up 20% of roofers", "a self-employment rate of about 2%", "were
 * self-employed at a rate of about 6%": the share named before its percent.
 */
const NAMED_BEFORE = new ShortSpaceRegExp(
  /self[-\s]employed(?:\s{1,3}[\p{L}-]{2,20}){0,2}\s{1,3}(?:make\s{1,3}up|makes\s{1,3}up|made\s{1,3}up|account\s{1,3}for|accounts\s{1,3}for|represent|represents|comprise|comprises|are|were)\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|only|just|almost)\s{1,3})?$|self[-\s]employed\s{1,3}at\s{1,3}(?:a|the)\s{1,3}rate\s{1,3}of\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|only|just|almost)\s{1,3})?$|self[-\s]employment\s{1,3}(?:rate|share)(?:\s{1,3}(?:for|among|of)(?:\s{1,3}[\p{L}-]{2,24}){1,3})?(?:\s{1,3}(?:is|was|stands\s{1,3}at|of)|:)\s{1,3}(?:(?:about|around|roughly|nearly|approximately|some|only|just|almost)\s{1,3})?$/iu,
);

const COMPARATIVE = /^\s{1,3}(?:more|less|fewer|higher|lower|faster|slower|above|below)(?![\p{L}])/iu;

export function isSelfEmployedShare(
  text: string,
  start: number,
  end: number,
  previous: number | undefined,
  sentenceStart: number,
): boolean {
  const after = text.slice(end, end + 100);
  if (SELF_EMPLOYED.test(after)) return true;
  // "Self-employed workers make up 20% of roofers", not "… are 20% more likely to …".
  if (NAMED_BEFORE.test(text.slice(Math.max(sentenceStart, start - 80), start)) && !COMPARATIVE.test(after)) return true;
  if (previous !== undefined && previous >= sentenceStart) {
    const between = text.slice(previous, start);
    const people = PEOPLE_AFTER.exec(after);
    if (BETWEEN.test(between) && COMPARED.test(between) && people && !SURVEY.test(people[0])) return true;
    if (BETWEEN.test(between) && COMPARED.test(between) && RELEASE_AFTER.test(after)) return true;
    if (BETWEEN.test(between) && AND_BEFORE.test(between) && ONLY_PEOPLE.test(after)) return true;
    if (BETWEEN.test(between) && EARLIER_BEFORE.test(between) && NO_FIGURE_AFTER.test(after)) return true;
  }
  return ELLIPSIS.test(after) && ASKED.test(text.slice(Math.max(0, sentenceStart - 150), sentenceStart));
}
