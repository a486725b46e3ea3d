// Employment Projections facts stated in prose and tables, beside the full "is projected to grow
// N% from A to B" sentences of outlook-claims.ts: a percent in a sentence about job growth ("a
// projected 12 percent increase", "the growth rate stands at 9%", "Job growth | 4%"), BLS's wording
// bands ("much faster than average"), counts ("adding about 166,000 jobs", "about 115,200 openings
// each year", "there were 1.7 million software developers") and the self-employed share ("26% are
// self-employed"). A percent of something else ("90% of employers prefer…") is no claim.
import type { Article } from '../model/article.js';
import { claimsInBlock, proseBlocks, type Block } from './blocks.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { tableFacts } from './table-facts.js';
import {
  AVERAGE,
  bandName,
  count,
  ownSide,
  periodOf,
  semicolonSide,
  trailingPeriod,
  type FactClaim,
  type FactKind,
} from './fact-values.js';
import type { ClaimRoles } from './claim-roles.js';
import {
  CHANGE,
  CHANGE_BARE,
  countKeywords,
  DOWN_VERB,
  EMPLOYMENT,
  GONE_DOWN,
  OPENINGS,
  OPENINGS_ANSWER,
  OPEN_JOBS,
  PLACE_HAS,
  STOCK,
  LEVEL,
  WORKING,
  PEOPLE,
  ANSWER,
  askedNationally,
  GONE_CHANGE,
  ADDED_CHANGE,
  SUBJECT,
  placeHas,
} from './count-patterns.js';
import { withSources } from './sources.js';
import { bandPeriods, countPeriod, ownPeriods, statedYear, withCountYear, type Local } from './fact-years.js';
import { isSelfEmployedShare } from './self-employed.js';
import { withHeadingRoles } from './heading-roles.js';

export { count, periodOf, type FactClaim, type FactKind } from './fact-values.js';

// The lookahead first: V8 then tries the lookbehind only where a sign or digit stands (a fifth faster).
const PERCENT = /(?=[-−+\d])(?<![\p{L}\p{N}.,])(?<sign>[-−+])?(?<n>\d{1,3}(?:\.\d{1,2})?)\s?(?:%|percent|per\s?cent)(?![\p{L}\p{N}])/giu;
const GROWTH =
  /(?<![\p{L}])(?:grow(?:s|th|ing)?|increase[sd]?|rise|rising|jump(?:s|ed)?|climb(?:s|ed)?|expand(?:s|ed)?|expansion|surge|declin(?:e|es|ed|ing)|decrease[sd]?|fall(?:s|ing)?|shrink(?:s|ing)?|shrank|drop(?:s|ping)?|projected|projections?|outlook|employment\s{1,3}change)(?![\p{L}])/iu;
const DOWN =
  /(?<![\p{L}])(?:declin(?:e|es|ed|ing)|decrease[sd]?|fall(?:s|ing)?|shrink(?:s|ing)?|shrank|drop(?:s|ping)?|loss|lose)(?![\p{L}])/iu;
/** Growth of something else: pay, prices, a business. */
/** A worker noun after one of those words makes it a job's name ("sales engineers", "market research analysts"). */
const WORKER_NOUN = String.raw`(?:engineers?|representatives?|reps?|managers?|agents?|workers?|associates?|analysts?|clerks?|specialists?|technicians?|techs?|directors?|assistants?|coordinators?|researchers?|aides?|consultants?)(?![\p{L}])`;
const OTHER_GROWTH = new RegExp(
  String.raw`(?<![\p{L}])(?:salar(?:y|ies)|pay|wages?|earnings|raise|tuition|prices?|revenue|sales|market|demand\s{1,3}for\s{1,3}(?:products|services)|population|patients?|enrollment|GDP|inflation)(?![\p{L}])(?!\s{1,3}(?:(?!(?:of|for|to|and|among|per|by|in)\s)[\p{L}-]{2,20}\s{1,3})?${WORKER_NOUN})`,
  'iu',
);
/** A percent of people saying or doing something ("75% say", "90% prefer") is a survey's, not a projection. */
const OPINION =
  /^\s{1,3}(?:say|said|report(?:ed)?|agree[sd]?|believe[sd]?|prefer(?:red)?|want(?:ed)?|plan(?:ned)?|expect(?:ed)?|feel|think)(?![\p{L}])/iu;
/** Growth of jobs, not of anything else: the sentence names employment, jobs or a projection. */
const JOBS =
  /(?<![\p{L}])(?:jobs?|employment|employed|projected|projects?|projections?|outlook|openings|demand|BLS|Bureau|occupations?|field|careers?|roles|positions|hiring|workforce)(?![\p{L}])/iu;
const SHARE_OF = /^\s{1,3}of\s{1,3}(?!(?:about|around|roughly|nearly|approximately)?\s{0,3}\d)/iu;

const DESCRIPTOR = new RegExp(
  String.raw`(?<![\p{L}])(?<words>much\s{1,3}faster\s{1,3}than${AVERAGE}|faster\s{1,3}than${AVERAGE}|(?:about\s{1,3})?as\s{1,3}fast\s{1,3}as${AVERAGE}|slower\s{1,3}than${AVERAGE}|little\s{1,3}(?:or|to)\s{1,3}no\s{1,3}change)(?![\p{L}])` +
    // "growing at an average pace", "job growth is about average": BLS's "as fast as average" in other words.
    String.raw`|(?<![\p{L}])(?<average>at\s{1,3}(?:an?\s{1,3})?(?:about\s{1,3})?average\s{1,3}(?:pace|rate)|(?<=(?:growth|outlook)\s{1,3}(?:is|was|looks)\s{1,3})(?:about\s{1,3})?average)(?![\p{L}])(?!\s{1,3}(?:of|for)\s)`,
  'giu',
);

/** "jobs will grow at an average pace": growth of jobs before the words, not of pay or prices in their clause. */
function jobsGrowAtAverage(text: string, at: number, [from]: [number, number]): boolean {
  const before = text.slice(from, at);
  return GROWTH.test(before) && !OTHER_GROWTH.test(ownClause(before, before.length));
}

/**
 * Where a clause ends: "…, around 2% through 2034, so freelancers compete on price" names pay or
 * prices in another clause; so does a reason after the figure ("decline 2 percent as enrollment
 * falls"), but not a comparison ("as fast as"); "… pay ranges from $A to $B a year and the BLS projects 25% growth"
 * starts a clause at "and" before its new subject, "… growing 18% and a median wage of $23K" at "and" before another figure's statistic.
 * A forum's list of facts ("in the 'all other' sales bucket, median $46,370, growth projected at 1%") starts one at the growth's comma.
 */
const CLAUSE_BREAK =
  /;|,\s{0,3}(?:while|whereas|but|so|although|though|and)\s|,\s{0,3}(?=(?:job\s{1,3}|employment\s{1,3})?(?:growth|outlook)\s{1,3}(?:is\s{1,3})?(?:projected|expected|forecast)\s)|\sand\s(?=(?:the\s{1,3})?(?:BLS|Bureau|employment|jobs)\s|(?:an?|the|their|its)\s{1,3}(?:[A-Za-z-]{2,20}\s{1,3})?(?:median|average|mean|typical)\s)|\s(?:while|whereas|because|since)\s|\sas\s(?!(?:fast|quickly|slowly|much|well|many|high|low|soon|long|of|a|an)\s)/gu;

/** The clause of `window` that holds offset `at`: pay or prices named in another clause are another statement's. */
function ownClause(window: string, at: number): string {
  let from = 0;
  let to = window.length;
  for (const m of window.matchAll(CLAUSE_BREAK)) {
    if (m.index + m[0].length <= at) from = m.index + m[0].length;
    else if (m.index >= at) {
      to = m.index;
      break;
    }
  }
  return window.slice(from, to);
}

/**
 * A wording band's period: its sentence's, but past a semicolon only its own side's ("grew 3% from
 * 2024 to 2034; one job board still lists the outlook as little or no change" states no period).
 */
function bandPeriod(text: string, [from, to]: [number, number], at: number): Pick<Local, 'from' | 'to'> {
  const sentence = text.slice(from, to);
  return periodOf(sentence.includes(';') ? semicolonSide(sentence, at - from) : sentence);
}

/**
 * "… projected to decline 1 percent through 2035, and the top 10% earn more than $100k": a percent
 * naming a slice of the pay scale ("the top 10%", "the lowest-paid 10%") is a percentile, never growth.
 */
const PERCENTILE_GROUP = /(?<![\p{L}])(?:top|highest|bottom|lowest|upper|lower)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}$/iu;

function percentClaims(text: string, sentence: (at: number) => [number, number], skip: (at: number) => boolean): Local[] {
  const found: Local[] = [];
  for (const m of text.matchAll(PERCENT)) {
    const start = m.index;
    const end = start + m[0].length;
    if (skip(start)) continue;
    const after = text.slice(end, end + 100);
    const value = Number(m.groups!.n) * (m.groups!.sign && m.groups!.sign !== '+' ? -1 : 1);
    if (isSelfEmployedShare(text, start, end, found.filter((f) => f.kind === 'self-employed').at(-1)?.end, sentence(start)[0])) {
      found.push({
        kind: 'self-employed',
        start,
        end,
        raw: m[0],
        value: Math.abs(value),
        ...statedYear(text, start, end, sentence(start), true),
      });
      continue;
    }
    if (SHARE_OF.test(after) || OPINION.test(after)) continue;
    if (PERCENTILE_GROUP.test(text.slice(Math.max(0, start - 24), start))) continue;
    const [from, to] = sentence(start);
    const window = text.slice(Math.max(from, start - 80), Math.min(to, end + 60));
    if (!GROWTH.test(window) || !JOBS.test(window) || OTHER_GROWTH.test(ownClause(window, start - Math.max(from, start - 80)))) continue;
    const signed = DOWN.test(window) && value > 0 ? -value : value;
    found.push({
      kind: 'outlook-percent',
      start,
      end,
      raw: m[0],
      value: signed,
      ...(trailingPeriod(text, end) ?? periodOf(ownSide(text.slice(from, to), start - from))),
    });
  }
  return found;
}

/**
 * Matches of `pattern` only in windows around each of its `keywords` (a count claim spans at most about
 * 80 characters before its keyword): a pattern that may start at any digit is never run over a
 * whole block. Overlapping windows are run as one, so no text is searched twice (articles say
 * "jobs" and "employment" often, close together).
 */
const DIGIT = /\d/u;

function near(text: string, keywords: ReadonlyArray<[number, number]> | undefined, pattern: RegExp): RegExpMatchArray[] {
  if (!keywords) return [];
  const spans: Array<[number, number]> = [];
  for (const [at, length] of keywords) {
    const from = Math.max(0, at - 90);
    const to = Math.min(text.length, at + length + 90);
    const last = spans.at(-1);
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else spans.push([from, to]);
  }
  const found: RegExpMatchArray[] = [];
  for (const [from, to] of spans) {
    const window = text.slice(from, to);
    // Every count has a digit ("1.7 million" too): most mentions of jobs have none near them.
    if (!DIGIT.test(window)) continue;
    for (const m of window.matchAll(pattern)) {
      m.index += from;
      found.push(m);
    }
  }
  return found;
}

/**
 * BLS publishes employment and openings in hundreds (0.1 thousand): "there were 3 openings and 900
 * applicants" is a person's own count, never a published one.
 */
const PUBLISHED = 100;

function countClaims(
  text: string,
  matches: readonly RegExpMatchArray[],
  kind: FactKind,
  sentence: (at: number) => [number, number],
  others: ReadonlyArray<{ start: number; end: number }>,
): Local[] {
  const counts = matches.map((m) => {
    const at = m.index ?? 0;
    // Node 20 has no duplicate group names: each alternative names its number n, n1, n2…
    const groups: Partial<Record<string, string>> = m.groups ?? {};
    const written = Object.keys(groups).flatMap((name) => (/^n\d*$/.test(name) && groups[name] ? [groups[name]] : []))[0] ?? '';
    const { value, precision } = count(written);
    const negative = kind === 'employment-change' && (DOWN_VERB.test(m[0]) || GONE_DOWN.test(m[0]) || DOWN_VERB.test(groups.verb ?? ''));
    const end = at + m[0].length;
    // A count of jobs stated for a year ("held about 98,000 jobs in 2025, and … from 2025 to 2035") is not the period's.
    const year = kind === 'employment' ? statedYear(text, at, end, sentence(at)) : {};
    return {
      kind,
      start: at,
      end,
      raw: m[0],
      value: negative ? -value : value,
      precision,
      // A change in jobs is the change over the projection period its sentence states, whichever
      // claim the period stands beside ("grow 10 percent from 2025 to 2035, …, adding about 84,900 jobs").
      // A period written right after it is its own ("lose about 900 positions by 2035", after "decline 6%
      // between 2024 and 2034").
      ...(kind === 'employment-change'
        ? (trailingPeriod(text, end) ?? periodOf(ownSide(text.slice(...sentence(at)), at - sentence(at)[0])))
        : year.year !== undefined
          ? {}
          : countPeriod(text, sentence(at), { start: at, end }, others, kind === 'openings')),
      ...year,
    };
  });
  return kind === 'employment-change'
    ? counts.filter(
        (c) => !ANNOUNCED.test(text.slice(Math.max(sentence(c.start)[0], c.start - 60), c.start) + (OWN_VERB.exec(c.raw)?.[0] ?? '')),
      )
    : counts.filter((c) => Math.abs(c.value) >= PUBLISHED);
}

/** The change's own verb, when its match opens with it ("create 600 new jobs"). */
const OWN_VERB = /^(?:create|add)\s{1,3}/iu;
/**
 * "The state energy office today announced 300 new weatherization positions", "the chain plans to create
 * 450 new jobs": one employer's or agency's news, not the occupation's projected change ("employment will add
 * 9,000 jobs" is the projection's own wording, so "will" alone is not news).
 */
const ANNOUNCED =
  /(?<![\p{L}])(?:announc(?:e|es|ed|ing)|unveil(?:s|ed|ing)?|plans?\s{1,3}to\s{1,3}(?:create|bring|open|fund|add)|is\s{1,3}hiring|are\s{1,3}hiring|funded|funds|approved)\s{1,3}(?:(?:about|around|roughly|some|nearly|up\s{1,3}to|more\s{1,3}than|over)\s{1,3})?$/iu;

/**
 * A second count after a count of jobs, its verb and noun left unsaid: "… projected to add about 3,700
 * jobs through 2035, pediatrics only 600.", "about 1,650 jobs nationwide in 2025 and 2,300 in the 2024
 * base year", "about 45,000 openings each year, and machinists about 31,000", "…; machinists, about 31,000".
 * Between them no other figure (a year may stand there); after it the clause ends, its year follows, "in all",
 * or the role it is for ("and about 31,000 for machinists"; "against 19,980 in chemistry" names a field, which
 * attribution would not find); a verb of pay or growth between them makes it another statement ("and
 * assistants earned about 47,000").
 */
const ELLIPTIC = new RegExp(
  String.raw`^(?:[^.;:!?$%\d]|(?:19|20)\d\d(?!\d)){0,80}?(?:,\s{0,3}(?:and\s{1,3})?|\s{1,3}and\s{1,3}|;\s{0,3})(?:(?!(?:jobs|openings|positions|workers|new|added|growth|change|grow[\p{L}]*|earn[\p{L}]*|mak(?:e|es|ing)|made|pa(?:y|ys|id|ying)|salar[\p{L}]*|wages?|averag[\p{L}]*)(?![\p{L}]))[\p{L}'’-]{2,30},?\s{1,3}){0,3}?(?:(?:only|just|about|around|roughly|nearly|some)\s{1,3})?(?<n>\d{1,3}(?:,\d{3}){1,3}|\d{1,3}(?:\.\d{1,2})?\s{1,3}(?:million|thousand)|(?!(?:19|20)\d\d(?!\d))\d{3,7})(?=\s{0,3}(?:[.;)]|,\s|$|(?:in|as\s{1,3}of)\s{1,3}(?:the\s{1,3})?(?:[A-Z][a-z]{2,8}\s{1,3})?(?:19|20)\d\d|(?:in\s{1,3}all|in\s{1,3}total|all\s{1,3}told)(?![\p{L}])|for\s{1,3}(?:[\p{L}'’-]{2,30}\s{1,3}){0,2}?[\p{L}'’-]{2,30}\s{0,3}(?:[.;)]|,\s|$)))`,
  'u',
);

function ellipticCounts(text: string, counted: readonly Local[], sentence: (at: number) => [number, number]): Local[] {
  return counted.flatMap((c): Local[] => {
    if (c.kind !== 'employment' && c.kind !== 'employment-change' && c.kind !== 'openings') return [];
    const to = sentence(c.start)[1];
    const m = ELLIPTIC.exec(text.slice(c.end, to));
    if (!m) return [];
    const raw = m.groups!.n!;
    const start = c.end + m.index + m[0].length - raw.length;
    const end = start + raw.length;
    if (counted.some((o) => o.start < end && start < o.end)) return [];
    const { value, precision } = count(raw);
    const year = c.kind === 'employment' ? statedYear(text, start, end, sentence(start)) : {};
    const period = c.kind !== 'employment' && c.to !== undefined ? { from: c.from, to: c.to } : {};
    return [{ kind: c.kind, start, end, raw, value: (c.value ?? 0) < 0 ? -value : value, precision, ...period, ...year }];
  });
}

/**
 * Words each pattern needs (same flags, so the same letters match): a block without them skips
 * the pattern, which would otherwise try its alternatives at every position of every block.
 */
const NEEDS = {
  percent: /%|percent|per\s?cent/iu,
  descriptor: /average|little\s{1,3}(?:or|to)\s{1,3}no/iu,
};

/** The facts stated in one block, spans relative to it; `taken`: spans other extractors read there. */
function blockFacts(block: Block, skip: (at: number) => boolean, taken: ReadonlyArray<{ start: number; end: number }>): Local[] {
  const { text } = block;
  if (!DIGIT_OR_BAND.test(text)) return [];
  let starts: readonly number[] | undefined;
  const sentence = (at: number): [number, number] => {
    starts ??= sentenceStarts(text);
    const i = segmentAt(starts, at);
    return [starts[i]!, starts[i + 1] ?? text.length];
  };
  const stated = [
    ...(NEEDS.percent.test(text) ? percentClaims(text, sentence, skip) : []),
    ...(NEEDS.descriptor.test(text)
      ? [...text.matchAll(DESCRIPTOR)]
          .filter((m) => m.groups!.words !== undefined || jobsGrowAtAverage(text, m.index, sentence(m.index)))
          .map((m) => ({
            kind: 'outlook-descriptor' as const,
            start: m.index,
            end: m.index + m[0].length,
            raw: m[0],
            descriptor: m.groups!.words === undefined ? bandName('average') : bandName(m.groups!.words),
            ...bandPeriod(text, sentence(m.index), m.index),
          }))
      : []),
  ];
  // Where each count pattern's words stand: one scan of the block.
  const words = countKeywords(text);
  // A change in jobs needs no other claim's period (it takes its sentence's); it may own the period
  // a count after it would otherwise take ("increase by 29,100 from 2025 to 2035, with 34,000 openings").
  const changes = ownPeriods(text, sentence, [
    ...countClaims(text, near(text, words.change, CHANGE), 'employment-change', sentence, []),
    ...countClaims(text, near(text, words.gone, GONE_CHANGE), 'employment-change', sentence, []),
    ...countClaims(text, near(text, words.change, ADDED_CHANGE), 'employment-change', sentence, []),
    ...countClaims(
      text,
      near(text, words.subject, CHANGE_BARE).filter((m) => SUBJECT.test(text.slice(sentence(m.index ?? 0)[0], m.index))),
      'employment-change',
      sentence,
      [],
    ),
  ]);
  const others = [...stated, ...taken, ...changes];
  const openings = countClaims(
    text,
    [...near(text, words.openings, OPENINGS), ...near(text, words.openJobs, OPEN_JOBS), ...near(text, words.answer, OPENINGS_ANSWER)],
    'openings',
    sentence,
    others,
  );
  const found = [
    ...stated,
    ...changes,
    ...openings,
    // "held about 20,800 jobs, and BLS expects 3,000 openings each year from 2025 to 2035": the period is the openings'.
    ...countClaims(
      text,
      [
        ...near(text, words.employment, EMPLOYMENT),
        ...near(text, words.stock, STOCK),
        ...near(text, words.subject, LEVEL),
        ...near(text, words.working, WORKING),
        ...near(text, words.people, PEOPLE),
        ...near(text, words.answer, ANSWER).filter((m) => askedNationally(text, m)),
        ...near(text, words.placeHas, PLACE_HAS).filter(placeHas),
      ],
      'employment',
      sentence,
      [...others, ...openings],
    ),
  ];
  // "There are roughly 81,000 welder job openings": a number a narrower kind reads is not also employment.
  const narrower = found.filter((c) => c.kind === 'openings' || c.kind === 'employment-change');
  const counted = found.filter(
    (c, i) =>
      c.kind !== 'employment' ||
      // One count two patterns read ("California has about 4,100 investigators working in …") is one claim.
      !(
        narrower.some((n) => n.start < c.end && c.start < n.end) ||
        found.slice(0, i).some((o) => o.kind === c.kind && o.start < c.end && c.start < o.end)
      ),
  );
  const all = [...counted, ...ellipticCounts(text, counted, sentence)];
  return bandPeriods(text, withCountYear(text, all, sentence), sentence).sort((a, b) => a.start - b.start);
}

/** Every fact has a digit, but a wording band ("much faster than average") or "little or no change". */
const DIGIT_OR_BAND = /\d|average|little/iu;

/** Every fact of these kinds in the article; `taken` are spans another extractor already read (full outlook sentences). */
export function factClaims(
  article: Article,
  taken: ReadonlyArray<{ start: number; end: number }>,
  roles: ClaimRoles = article.roles ?? [],
): FactClaim[] {
  const prose = proseBlocks(article).filter((b) => !b.table);
  const fromProse = prose.flatMap((block) => {
    const skip = (at: number) => taken.some((t) => t.start <= block.start + at && block.start + at < t.end);
    const end = block.start + block.text.length;
    const inBlock = taken.flatMap((t) =>
      t.start >= block.start && t.end <= end ? [{ start: t.start - block.start, end: t.end - block.start }] : [],
    );
    return claimsInBlock(block, blockFacts(block, skip, inBlock), roles);
  });
  // A labelled list item the prose already read ("- Outlook: 8% growth") is one claim; but a share its label
  // names ("- Self-employed (2024–34 projections): 3%") is the label's, whatever the prose took the percent for.
  const table = tableFacts(article, roles);
  const overlaps = (a: FactClaim, b: FactClaim) => a.start < b.end && b.start < a.end;
  const shares = table.filter((t) => t.kind === 'self-employed');
  const read = fromProse.filter((p) => p.kind === 'self-employed' || !shares.some((t) => overlaps(p, t)));
  const tabled = table.filter((t) => !read.some((p) => overlaps(p, t)));
  const found = withHeadingRoles(article, roles, [...read, ...tabled], (c) => c.start);
  return withSources(article, found).sort((a, b) => a.start - b.start);
}
