// Job outlook statements: "employment of nurse practitioners is projected to grow 40% from
// 2024 to 2034", "expected to grow 5 percent over the next decade", "projected to decline",
// "will rise 13 percent through 2035" (a target year alone), "were projected to decline through 2034",
// "the newer projections call for a decline".
// Only what can be compared with a number is read: a direction, a percent, a period (a bare
// "decline" is judged as BLS's Decline band, outlook-verdicts.ts). BLS's
// wording bands ("much faster than average") are not read (see docs/rules/outlook-mismatch.md).
import type { Article } from '../model/article.js';
import { claimsInBlock, proseBlocks } from './blocks.js';
import type { ClaimRoles } from './claim-roles.js';
import { withSources } from './sources.js';
import { withHeadingRoles } from './heading-roles.js';
import { ownSide, periodOf } from './fact-values.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { ShortSpaceRegExp } from '../text/short-spaces.js';

export interface OutlookClaim {
  role: string | undefined;
  start: number;
  end: number;
  raw: string;
  direction: 1 | -1;
  /** Percent as written, signed by the direction; undefined for "projected to decline". */
  percent: number | undefined;
  /** The projection period as written ("2022 to 2032"), when stated. */
  from: number | undefined;
  to: number | undefined;
  /** The source the article names for it (sources.ts). */
  source?: string;
  /** The state or city its sentence states it for ("In Texas, …"): BLS projects the nation's. */
  place?: string;
  /** Where the verb, the percent and the years lie, relative to `start`, so a fix can rewrite just them. */
  parts: Partial<Record<'verb' | 'percent' | 'from' | 'to', [number, number]>>;
}

/**
 * "is projected to increase by about 137,800 jobs" or "… by 9,500 over the decade" states a change
 * in jobs (fact-claims.ts), not a direction alone; so does "projected to decline about 3,500 jobs" without
 * "by": (by) a count that is neither a percent nor a year (a
 * four-digit number without a comma is read as a year).
 */
const NOT_BY_JOBS = String.raw`(?!\s{1,3}(?:by\s{1,3})?(?:(?:just|only)\s{1,3})?(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3}|nearly\s{1,3}|approximately\s{1,3}|some\s{1,3}|over\s{1,3}|more\s{1,3}than\s{1,3})?\d{1,3}(?:,\d{3}){0,3}(?:\.\d{1,2})?(?![\d,.]?\d)(?!\s?(?:%|percent|per\s?cent)))`;
/** "BLS projects employment of barbers to decline": the projection's maker, its subject, then the verb. */
const PROJECTS = String.raw`(?:projects|project|projected|expects|expect|expected)\s{1,3}(?:employment|jobs|demand)(?:\s{1,3}(?:of|for)\s{1,3}(?:[A-Za-z\u00C0-\u024F-]{2,25}\s{1,3}){0,3}?[A-Za-z\u00C0-\u024F-]{2,25})?\s{1,3}to`;
/**
 * "earlier projections called for a decline through 2034", "the older projections had it at decline",
 * "were projected to decline through 2034": BLS's Decline band said as a noun, or reported in the
 * past. "a decline of 4 percent", "were projected to decline 4%" are the percent's (fact-claims.ts).
 */
const DECLINE_NOUN = String.raw`(?:call(?:s|ed|ing)?\s{1,3}for(?:\s{1,3}a)?|had\s{1,3}it\s{1,3}at|(?:was|were)\s{1,3}(?:projected|expected|forecast)\s{1,3}to)(?=\s{1,3}decline(?![A-Za-z])(?!\s{1,3}(?:of|by|in)\s)(?!\s{1,3}(?:(?:about|around|roughly|nearly|approximately|just|only)\s{1,3})?\d))`;
/** A whole percent the AP style writes in words ("projected to grow nine percent"). */
const PERCENT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty']; // prettier-ignore
const PERCENT_WORD = String.raw`(?:${PERCENT_WORDS.join('|')})(?=\s{1,3}percent)`;
const percentValue = (written: string) => {
  const word = PERCENT_WORDS.indexOf(written.toLowerCase());
  return word < 0 ? Number(written) : word + 1;
};
// Letters and digits as Latin classes and no u flag: with a Unicode property class V8 tries this
// pattern at every position of every block about twice as slowly, and the words it reads are Latin.
const claimAfter = (lead: string) =>
  new ShortSpaceRegExp(
    String.raw`(?<![A-Za-z\u00C0-\u024F0-9])(?:${lead})\s{1,3}(?<verb>grow|increase|rise|expand|decline|decrease|fall|shrink)${NOT_BY_JOBS}(?:\s{1,3}(?:by\s{1,3})?(?:(?:just|only)\s{1,3})?(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3}|nearly\s{1,3}|approximately\s{1,3})?(?<percent>\d{1,3}(?:\.\d{1,2})?|${PERCENT_WORD})\s?(?:%|percent))?(?:\s{1,3}(?:from\s{1,3}(?<from>(?:19|20)\d\d)\s{1,3}(?:to|through|until)\s{1,3}(?<to>(?:19|20)\d\d)|between\s{1,3}(?<from2>(?:19|20)\d\d)\s{1,3}and\s{1,3}(?<to2>(?:19|20)\d\d)|(?:by|through|until|into)\s{1,3}(?<to3>(?:19|20)\d\d)(?![0-9])|over\s{1,3}the\s{1,3}next\s{1,3}(?:decade|ten\s{1,3}years|10\s{1,3}years)))?`,
    'dgi',
  );
const CLAIM = claimAfter(
  String.raw`(?:is|are)\s{1,3}(?:projected|expected|forecast|predicted|supposed|going|set|likely)\s{1,3}to|will|${PROJECTS}`,
);
/** The Decline band said as a noun or in the past (DECLINE_NOUN): a pattern of its own, run only where "decline" is written. */
const DECLINE_CLAIM = claimAfter(DECLINE_NOUN);
const DOWN = new Set(['decline', 'decrease', 'fall', 'shrink']);
/**
 * Every claim has one of CLAIM's verbs (the same flags, so the same letters match). V8 compiles
 * CLAIM on its first use, about 10 ms; an article that never says any of these words skips it.
 */
const VERB = /grow|increase|rise|expand|decline|decrease|fall|shrink/iu;
const DECLINE_WORD = /decline/iu;

/**
 * "From 2025 to 2035, plasterer jobs are projected to grow 3%", "grow 4% over the 2025-35 decade": a
 * percent with no period beside it takes its sentence's (its side of a semicolon), unless another
 * projection of the sentence states that period beside it ("… grow 3% from 2025 to 2035, while
 * geological techs are projected to grow 9%").
 */
function sentencePeriod(
  text: string,
  starts: readonly number[],
  matches: readonly RegExpMatchArray[],
  at: number,
): { from?: number; to?: number } {
  const i = segmentAt(starts, at);
  const [from, to] = [starts[i]!, starts[i + 1] ?? text.length];
  if (matches.some((m) => m.index !== at && m.index! >= from && m.index! < to && (m.groups!.to ?? m.groups!.to2 ?? m.groups!.to3)))
    return {};
  return periodOf(ownSide(text.slice(from, to), at - from));
}

/** `roles`: the article's roles, with the dataset's names for them when a verdict asks (claim-roles.ts). */
export function outlookClaims(article: Article, roles: ClaimRoles = article.roles ?? []): OutlookClaim[] {
  if (!VERB.test(article.text)) return [];
  const claims = proseBlocks(article).flatMap((block) => {
    let starts: readonly number[] | undefined;
    const matches = [...block.text.matchAll(CLAIM)];
    if (DECLINE_WORD.test(block.text)) {
      matches.push(...block.text.matchAll(DECLINE_CLAIM));
      matches.sort((a, b) => a.index - b.index);
    }
    const found = matches.map((m) => {
      const g = m.groups!;
      const direction: 1 | -1 = DOWN.has(g.verb!.toLowerCase()) ? -1 : 1;
      const from = g.from ?? g.from2;
      const to = g.to ?? g.to2 ?? g.to3;
      const at = (name: string): [number, number] | undefined => {
        const span = m.indices?.groups?.[name];
        return span && [span[0] - m.index, span[1] - m.index];
      };
      const parts: OutlookClaim['parts'] = {};
      for (const [part, names] of [
        ['verb', ['verb']],
        ['percent', ['percent']],
        ['from', ['from', 'from2']],
        ['to', ['to', 'to2', 'to3']],
      ] as const) {
        const span = names.map(at).find((s) => s !== undefined);
        if (span) parts[part] = span;
      }
      const stated =
        to === undefined && g.percent !== undefined
          ? sentencePeriod(block.text, (starts ??= sentenceStarts(block.text)), matches, m.index)
          : undefined;
      return {
        parts,
        start: m.index,
        end: m.index + m[0].length,
        raw: m[0],
        direction,
        percent: g.percent === undefined ? undefined : direction * percentValue(g.percent),
        from: from === undefined ? stated?.from : Number(from),
        to: to === undefined ? stated?.to : Number(to),
      };
    });
    return claimsInBlock(block, found, roles);
  });
  return withSources(
    article,
    withHeadingRoles(article, roles, claims, (c) => c.start),
  );
}
