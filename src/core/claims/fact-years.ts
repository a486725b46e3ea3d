// The year or period a count or share is stated for, read from its sentence: "held about 98,000
// jobs in 2025", "In 2024, 38 percent were self-employed", "… openings each year from 2024 to
// 2034"; a period qualifies the claim just before it, a share the year of the count before it.
import { PERIOD, periodOfMatch, type FactClaim } from './fact-values.js';

export type Local = Omit<FactClaim, 'role'>;

const MONTH = String.raw`(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,3})?`;
/**
 * "as of the 2024 data", "in the 2024–34 projections", "according to BLS's 2024 figures", "in the 2024 base
 * year": a release named by its year; a projection's count or share is its base year's.
 */
const RELEASE_YEAR = String.raw`(?:in|as\s{1,3}of|per|from|under|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:(?:BLS|bureau)['’]?s?\s{1,3})?(?<r>(?:19|20)\d\d)(?:\s{0,2}[-–—]\s{0,2}(?:19|20)?\d\d)?\s{1,3}(?:BLS\s{1,3})?(?:data|figures|numbers|estimates|projections?|release|base\s{1,3}year)(?![\p{L}])`;
const YEAR_OF = String.raw`(?<![\p{L}])(?:(?:in|as\s{1,3}of|during)\s{1,3}${MONTH}(?<y>(?:19|20)\d\d)(?![\p{N}]|\s{0,2}(?:[-–—]\s{0,2}(?:19|20)?\d\d|(?:to|through|and)\s{1,3}(?:19|20)?\d\d(?!\d)))|${RELEASE_YEAR})`;
/**
 * "… jobs in 2025", "… were self-employed in 2025": the year after the claim, in its clause, before
 * any other figure ("36% are self-employed, and they held 61,700 jobs in 2025" is the count's year);
 * "the U.S." ends no sentence ("about 39,530 worked in the U.S. in May 2025").
 */
const YEAR_AFTER = new RegExp(String.raw`^(?:U\.S\.|[^.;:!?\d]){0,100}?${YEAR_OF}`, 'iu');
/** "a field of about 51,290 assistants (May 2025)": a date in brackets right after the count and the people it counts. */
const YEAR_BRACKETED = new RegExp(String.raw`^(?:\s{1,3}[\p{L}-]{2,24}){0,3}\s{0,3}\(\s{0,2}${MONTH}(?<y>(?:19|20)\d\d)\s{0,2}\)`, 'iu');
/** "their employment in 2025 was 670,090": a year inside the claim's own words, before its verb. */
const YEAR_WITHIN = new RegExp(String.raw`(?<![\p{L}])in\s{1,3}${MONTH}(?<y>(?:19|20)\d\d)(?!\d)`, 'iu');
/** "In 2024, electricians held …": the year opening the claim's sentence. */
const YEAR_BEFORE = new RegExp(String.raw`^\s{0,3}${YEAR_OF}\s{0,2},`, 'iu');

/** "BLS's 2023 numbers had cooks at … and about 87 percent self-employed": a release opening the sentence dates its figures. */
const DATA_OPENS =
  /^[\s*_>-]{0,4}(?:(?:the\s{1,3})?(?:BLS|bureau)['’]?s?\s{1,3}|the\s{1,3})(?<y>(?:19|20)\d\d)\s{1,3}(?:BLS\s{1,3})?(?:data|figures|numbers|estimates)(?![\p{L}])/iu;

/** "… were self-employed that year", "… of them the same year": the year stated before it in the sentence. */
const THAT_YEAR = /^[^.;:!?\d]{0,60}?(?<![\p{L}])(?:that|the\s{1,3}same)\s{1,3}year(?![\p{L}])/iu;
/** "Back then, they held …": the year named just before, as "that year" after the claim. */
const BACK_THEN = /(?<![\p{L}])(?:back\s{1,3}then|at\s{1,3}(?:that|the)\s{1,3}time)(?![\p{L}])/iu;
const ANY_YEAR = /(?<![\p{N}$,.])(?:19|20)\d\d(?![\p{N}])/gu;

/** A release named as projections ("in the 2024–34 projections", "(2024 projections)"), not data for a year. */
const PROJECTIONS_NAMED = /projections?$/iu;

/**
 * The year a count or share at [start, end) of `text` is stated for, in the sentence [from, to).
 * A share only names its projections' release ("about 7% in the 2024–34 projections"): the base
 * year is not stated for it, so it has none from there (a pay or count year may still carry to it).
 */
export function statedYear(text: string, start: number, end: number, [from, to]: [number, number], share = false): Pick<FactClaim, 'year'> {
  const after = text.slice(end, to);
  const found =
    YEAR_AFTER.exec(after) ??
    YEAR_BRACKETED.exec(after) ??
    YEAR_WITHIN.exec(text.slice(start, end)) ??
    YEAR_BEFORE.exec(text.slice(from, start)) ??
    DATA_OPENS.exec(text.slice(from, start));
  if (share && found?.groups?.r && PROJECTIONS_NAMED.test(found[0])) return {};
  const year = found?.groups?.y ?? found?.groups?.r;
  if (year) return { year: Number(year) };
  if (!THAT_YEAR.test(after) && !BACK_THEN.test(text.slice(from, start))) return {};
  // "In May 2024, techs earned $60,340. Back then, they held about 697,210 jobs": the year may be the sentence before's.
  const before =
    text.slice(from, start).match(ANY_YEAR)?.at(-1) ??
    text
      .slice(Math.max(0, from - 160), from)
      .match(ANY_YEAR)
      ?.at(-1);
  return before ? { year: Number(before) } : {};
}

/**
 * The period a count's sentence states, when it is the count's: "grow 5% from 2025 to 2035, with
 * about 115,300 openings each year" states the years for the percent (openings are a yearly
 * average over the decade, stated for no year), "Over 2025–35, about 115,300 openings are
 * projected each year" for the count. A period qualifies the claim just before it (or holding it,
 * as a full outlook sentence does), else the first claim after it; `others` are the other claims
 * of the block (percents, wording, full outlook sentences). An openings count also takes the release
 * its sentence opens with (openingRelease).
 */
export function countPeriod(
  text: string,
  [from, to]: [number, number],
  at: { start: number; end: number },
  others: ReadonlyArray<{ start: number; end: number }>,
  openings = false,
): Pick<FactClaim, 'from' | 'to'> {
  const sentence = text.slice(from, to);
  const first = PERIOD.exec(sentence);
  if (!first) return {};
  const inSentence = [at, ...others.filter((o) => o.start >= from && o.end <= to)];
  // "grow 7% from 2023 to 2033, and about 3,000 openings a year were projected through 2034": each
  // period of the sentence is the claim's just before it, so the second is the openings'.
  for (const found of first.index + first[0].length < sentence.length ? sentence.matchAll(PERIODS) : [first]) {
    const period = from + found.index;
    const before = inSentence.filter((c) => c.start < period).sort((a, b) => b.end - a.end)[0];
    const owner = before ?? inSentence.sort((a, b) => a.start - b.start)[0];
    if (owner === at) return periodOfMatch(found);
  }
  return openings ? openingRelease(text, [from, to]) : {};
}

const PERIODS = new RegExp(PERIOD.source, 'giu');

/**
 * "The 2024–34 projections had dyeing jobs falling 10%, with about 700 openings a year", "Under the
 * 2024–34 projections, …": a sentence that opens by naming its projections' release states every
 * yearly openings count in it for that release, though the period stands before the percent.
 */
const RELEASE_OPENS =
  /^\s{0,3}(?:(?:under|in|per|according\s{1,3}to)\s{1,3})?the\s{1,3}(?:(?:BLS|bureau)['’]?s?\s{1,3})?(?<from>(?:19|20)\d\d)\s{0,2}[-–—]\s{0,2}(?<to>(?:19|20)?\d\d)\s{1,3}(?:BLS\s{1,3})?projections?(?![\p{L}])/iu;

/** The release period a sentence opens with, when it is the sentence's only period (else the periods are the claims'). */
export function openingRelease(text: string, [from, to]: [number, number]): Pick<FactClaim, 'from' | 'to'> {
  const sentence = text.slice(from, to);
  const found = RELEASE_OPENS.exec(sentence);
  if (!found || PERIOD.test(sentence.slice(found[0].length))) return {};
  return periodOfMatch(found);
}

/**
 * "OT jobs will increase by 25,200 from 2025 to 2035, and PT employment should grow by 29,300": two
 * changes in one sentence each take only the period stated beside them, as other counts do.
 */
export function ownPeriods(text: string, sentence: (at: number) => [number, number], changes: Local[]): Local[] {
  return changes.map((c) => {
    const span = sentence(c.start);
    const siblings = changes.filter((o) => o !== c && o.start >= span[0] && o.end <= span[1]);
    if (siblings.length === 0) return c;
    const { from: _from, to: _to, ...rest } = c;
    return { ...rest, ...countPeriod(text, span, c, siblings) };
  });
}

/**
 * "Tile setters held about 52,600 jobs in 2024, and about 26% of them were self-employed", "Civil
 * engineers held about 380,600 jobs in 2025, and mechanical engineers held about 298,500": a share
 * or a count stated with no year (or period) of its own, after a count or a pay figure of the same
 * sentence stated for one, is that year's.
 */
export function withCountYear(text: string, found: Local[], sentence: (at: number) => [number, number]): Local[] {
  return found.map((c) => {
    if ((c.kind !== 'self-employed' && c.kind !== 'employment') || c.year !== undefined || c.to !== undefined) return c;
    const [from] = sentence(c.start);
    const count = found.filter((o) => o.kind === 'employment' && o.year !== undefined && o.start >= from && o.end <= c.start).at(-1);
    // "numbered about 15,760 in May 2025, up from 12,170 the year before": counted back from the count before it.
    if (count) return { ...c, year: count.year! - (YEAR_EARLIER.test(text.slice(c.end, c.end + 30)) ? 1 : 0) };
    // "Geoscientists earned a median of $92,580 in May 2023, and about 7% were self-employed": a
    // year stated for pay earlier in the sentence carries forward too (never backward, never to a percent of growth).
    const paid = text.slice(from, c.start);
    if (paid.includes('$') && !OWN_RELEASE.test(text.slice(c.end, sentence(c.start)[1]))) {
      const dated = [...paid.matchAll(PAY_YEAR)].at(-1)?.groups;
      const year = dated?.y ?? dated?.r;
      if (year) return { ...c, year: Number(year) };
    }
    // "Tutor employment was projected to grow 1% from 2024 to 2034, and about 14% of tutors were
    // self-employed": after a projection reported in the past, a share or count is its base year's
    // (BLS gives both for that year); "are projected …, and 9% are self-employed" states today's.
    const projection = found
      .filter((o) => o.kind === 'outlook-percent' && o.from !== undefined && o.start >= from && o.end <= c.start)
      .at(-1);
    return projection && REPORTED.test(text.slice(from, projection.start)) ? { ...c, year: projection.from } : c;
  });
}

/** Right after a count: "the year before", "a year earlier" (sticky-free: read from the count's end). */
const YEAR_EARLIER =
  /^\s{0,3},?\s{0,3}(?:the\s{1,3}year\s{1,3}before|the\s{1,3}(?:previous|prior|preceding)\s{1,3}year|a\s{1,3}year\s{1,3}(?:earlier|before))(?![\p{L}])/iu;

/** "… were self-employed according to the previous projections": a release of its own, which dates it apart. */
const OWN_RELEASE =
  /^[^.;!?$]{0,60}?(?<![\p{L}])(?:previous|older|earlier|prior|newer|latest|current|new)\s{1,3}(?:BLS\s{1,3})?(?:projections?|release|data|figures|estimates)(?![\p{L}])/iu;

/** A year stated for a pay figure: "$92,580 in May 2023", "$58,510 as of 2023". */
const PAY_YEAR = new RegExp(String.raw`\$[\d,.]+\s?[kK]?[^.;:!?$%]{0,40}?${YEAR_OF}`, 'giu');

/** A projection reported in the past tense: "was projected", "were expected". */
const REPORTED = /(?<![\p{L}])(?:was|were)\s{1,3}(?:projected|expected|forecast)(?![\p{L}])/iu;

const COUNTS = new Set<Local['kind']>(['employment', 'employment-change', 'openings']);

/**
 * "projected to grow faster than average, with about 79,400 new jobs expected from 2025 to 2035":
 * a period written after a count that follows the band is the count's, not the band's ("grow 3%
 * through 2034, about as fast as average" keeps it: the band restates the percent's period).
 */
export function bandPeriods(text: string, found: Local[], sentence: (at: number) => [number, number]): Local[] {
  return found.map((c) => {
    if (c.kind !== 'outlook-descriptor' || c.to === undefined) return c;
    const [from, to] = sentence(c.start);
    const period = PERIOD.exec(text.slice(from, to));
    if (!period) return c;
    const at = from + period.index;
    const owner = found.filter((o) => o.start >= from && o.end <= at).sort((a, b) => b.end - a.end)[0];
    if (!owner || !COUNTS.has(owner.kind) || owner.start < c.end) return c;
    const { from: _from, to: _to, ...rest } = c;
    return rest;
  });
}
