// What the words around a figure say about it, read from its sentence: the percentile or bound
// it states ("the lowest 10 percent earned less than $66,030"), the year it is given for ("In
// May 2019, …"), and whether it is pay at all ("$5,000 signing bonus", "tuition of $15,000" are
// not). Kept apart from the amount parser so every claim kind reads context the same way.
// Every pattern is anchored on a fixed word or bounded, so a scan stays linear.
import { ShortSpaceRegExp } from '../text/short-spaces.js';

export interface FigureContext {
  /** 10 for "the lowest 10 percent" or "10th percentile", 90 for "the top 10%", 25 for "the bottom quarter". */
  percentile?: number;
  /** "more than $X" (`above`), "less than $X" (`below`). */
  bound?: 'above' | 'below';
  /** The year the sentence gives the figure for, and where it is written; `counted` when it is counted from another ("the year before"). */
  year?: { value: number; start: number; end: number; counted?: true };
  /** "Half of roofers earn more than $X": BLS's own definition of the median, stated of X. */
  median?: true;
}

/** What a share of workers does with a bound after it: "a quarter earn more than $X" (no "of": the group was named before). */
const SHARE_VERB = String.raw`(?:earn|make|take\s{1,3}home|bring\s{1,3}in|pull\s{1,3}in|clear|gross|net|get|are\s{1,3}paid)(?![\p{L}])`;
/** Percentiles; "the 10th–90th percentile" (`span`) names a range's two ends, no one percentile. */
const PERCENTILE = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<lowQ>lowest|bottom|lower)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?:quarter|fourth)|(?<highQ>highest|top|upper)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?:quarter|fourth)|(?<lowT>lowest|bottom|lower)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?:tenth|decile)|(?<highT>highest|top|upper)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?:tenth|decile)|(?<low>lowest|bottom|lower)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?<lowN>\d{1,2})(?:\s{0,2}%|\s{1,3}percent)|(?<high>highest|top|upper)(?:[-\s]{1,3}(?:paid|earning))?\s{1,3}(?<highN>\d{1,2})(?:\s{0,2}%|\s{1,3}percent)|(?<span>\d{1,2})(?:st|nd|rd|th)\s{0,2}(?:[–—-]|to|and)\s{0,2}\d{1,2}(?:st|nd|rd|th)\s{1,3}percentiles?|(?<nth>\d{1,2})(?:st|nd|rd|th)\s{1,3}percentile|(?<quarter>one\s{1,3}in\s{1,3}four|(?:a|one|another)\s{1,3}quarter(?:\s{1,3}of|(?=\s{1,3}${SHARE_VERB})))|(?<tenth>one\s{1,3}in\s{1,3}ten|(?:a|one|another)\s{1,3}tenth(?:\s{1,3}of|(?=\s{1,3}${SHARE_VERB})))|(?<!(?:than|nearly|almost|about|over|under)\s{1,3})(?<half>half\s{1,3}(?:of|the))|(?<topE>top|highest)\s{1,3}earners|(?<lowE>bottom|lowest)\s{1,3}earners)(?![\p{L}\p{N}])`,
  'giu',
);
/**
 * "more than $X", "under $X": a bound. Hedged ("just over $61,000", "a bit under $30") it is the
 * figure rounded, not a bound: "$29.51 an hour, or a bit over $61,000 a year" restates a mean.
 */
const BOUND_BEFORE =
  /(?<![\p{L}])(?<!(?<![\p{L}])(?:just|a\s{1,3}bit|a\s{1,3}little|slightly|barely)\s{1,3})(?:(?<above>more\s{1,3}than|over|above|upwards\s{1,3}of|in\s{1,3}excess\s{1,3}of|at\s{1,3}least)|(?<below>less\s{1,3}than|under|below|up\s{1,3}to|at\s{1,3}most))\s{1,3}(?:about\s{1,3}|around\s{1,3})?$/iu;
/**
 * A year on its own ("In May 2019", "as of 2017", "2024 data"), not one end of a span of years
 * ("from 2024 to 2034", "between 2025 and 2035", "2019-2029") nor a projection's target ("by 2032", "grow 10% through 2035"):
 * those years belong to an outlook, never to a wage.
 */
const YEAR =
  /(?<![\p{L}\p{N}$,.–-])(?<!(?<![\p{L}])(?:by|through|thru|until|till|(?:19|20)\d\d\s{1,3}(?:to|and))\s{1,3})(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,2})?(?<y>(?:19|20)\d\d)(?![\p{N}]|\s{0,2}(?:[–—-]|to\s|through\s|and\s)\s{0,2}(?:19|20)?\d\d)/gu;

/** Between two figures, the second an earlier value of the first's statistic: ", up from", "(down from", "compared with". */
const EARLIER_VALUE =
  /^[\s,;(]{0,4}(?:(?:in\s{1,3})?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s{1,2})?(?:19|20)\d\d[\s,;(]{1,4})?(?:(?:up|down|rising|falling|climbing|dropping)\s{1,3}from|compared\s{1,3}(?:with|to))\s{1,3}(?:about\s{1,3}|around\s{1,3})?$/iu;

/** The context of a figure at [start, end) of `sentence` (figure offsets relative to the sentence); `after` is where the previous figure ended. */
export function figureContext(sentence: string, start: number, end: number, previousEnd: number): FigureContext {
  const context: FigureContext = {};
  // The previous figure's own "in the top tenth" is not this one's.
  const previous = previousEnd > 0 ? percentileAfter(sentence, previousEnd) : undefined;
  // "was $60,040 in May 2025, up from $58,440": the earlier value of the same statistic, so the previous figure's percentile is this one's.
  const earlier = previousEnd > 0 && !previous && start - previousEnd < 48 && EARLIER_VALUE.test(sentence.slice(previousEnd, start));
  const before = sentence.slice(
    earlier ? Math.max(0, previousEnd - 200) : previous ? (previous.index ?? 0) + previous[0].length : previousEnd,
    start,
  );
  let percentile = percentileAfter(sentence, end);
  if (!percentile) for (const match of before.matchAll(PERCENTILE)) percentile = match;
  if (percentile?.groups) {
    const g = percentile.groups;
    // A quarter is the quartile: "the bottom quarter earn less than $X" states the 25th percentile.
    if (g.lowQ) context.percentile = 25;
    else if (g.highQ) context.percentile = 75;
    else if (g.lowT) context.percentile = 10;
    else if (g.highT) context.percentile = 90;
    else if (g.low) context.percentile = Number(g.lowN);
    else if (g.high) context.percentile = 100 - Number(g.highN);
    else if (g.nth) context.percentile = Number(g.nth);
  }
  const bound = BOUND_BEFORE.exec(sentence.slice(Math.max(0, start - 24), start));
  if (bound?.groups) context.bound = bound.groups.above ? 'above' : 'below';
  // "One in four earned less than $X" is the 25th percentile, "a quarter … more than $X" the 75th:
  // a share of workers states a percentile by the side its bound names.
  const share = percentile?.groups?.quarter ? 25 : percentile?.groups?.tenth ? 10 : undefined;
  if (share !== undefined && context.bound) context.percentile = context.bound === 'below' ? share : 100 - share;
  // "the top earners take home more than $X", "the lowest earners make under $X": BLS's tenths by
  // the side their bound names (said without a bound, "top earners" is no percentile).
  if (percentile?.groups?.topE && context.bound === 'above') context.percentile = 90;
  if (percentile?.groups?.lowE && context.bound === 'below') context.percentile = 10;
  if (percentile?.groups?.half && context.bound) {
    context.median = true;
    delete context.bound;
  }
  const year = nearestYear(sentence, start, end);
  if (year) context.year = year;
  return context;
}

/**
 * Sticky: the words placing a figure in a part of the distribution: "$41 an hour in the top tenth",
 * "more than $50,100 even at the bottom tenth", "$177K+ at the 90th percentile", or a percentile's name right after it ("the $100K 90th percentile").
 */
const AMONG =
  /\+?(?:\s{0,3},?\s{0,3}(?:(?:even|only|still|already)\s{1,3})?(?:in|among|for|at)\s{1,3}the\s{1,3}(?:very\s{1,3})?(?=[\p{L}\d])|\s{1,2}(?=\d{1,2}(?:st|nd|rd|th)\s{1,3}percentile))/iuy;
const PERCENTILE_AT = new RegExp(PERCENTILE.source, 'iuy');

/** A percentile named right after the figure: "over $41 an hour in the top tenth", "$30,000 for the bottom 10%". */
function percentileAfter(sentence: string, end: number): RegExpMatchArray | undefined {
  AMONG.lastIndex = end;
  if (!AMONG.exec(sentence)) return undefined;
  PERCENTILE_AT.lastIndex = AMONG.lastIndex;
  return PERCENTILE_AT.exec(sentence) ?? undefined;
}

/** Words giving a figure a time of its own: an earlier clause's year is not its year. */
export const NOW = /(?<![\p{L}])(?:now|today|currently|these\s{1,3}days|nowadays)(?![\p{L}])/iu;

/**
 * Between a figure and a year written after it: a new clause ("$55,470 a year, and the top 10
 * percent earn more than $79,340 (2024 data)", "…, though about 8% worked for themselves as of
 * 2024") or another fact ("$67.45 an hour and held about 40,300 jobs in 2024"): the year is that
 * statement's, not the figure's. "$A and $B, respectively, in May 2024" and "…, or $50.30 an hour,
 * in May 2024" restate one statement, and keep it.
 */
const YEAR_ELSEWHERE =
  /,\s{0,2}(?:and|but|while|whereas|though|although|yet)\s|;|\s(?:while|whereas|though|although)\s|(?<![$\d.,])\d[\d,.]*\s{0,2}(?:%|percent)|(?<![$\d.,])\d{1,3}(?:,\d{3})+(?![\d,])/u;

/** A source closing the sentence (", according to May 2024 BLS data", ", per BLS data for May 2024") dates each of its figures. */
const SOURCE_TAIL = /^,\s{0,2}(?:according\s{1,3}to|per|based\s{1,3}on|citing|says|said)(?![\p{L}])/iu;
const sourceTail = (between: string) => SOURCE_TAIL.test(between.slice(between.lastIndexOf(',')));

/**
 * "$101,320 in May 2024, and $94,270 the year before": a year counted back from the year written
 * before the figure. Sticky, at the figure's end.
 */
const YEAR_BEFORE =
  /\s{0,3},?\s{0,3}(?:in\s{1,3})?(?:the\s{1,3}year\s{1,3}before|the\s{1,3}(?:previous|prior|preceding)\s{1,3}year|a\s{1,3}year\s{1,3}(?:earlier|before))(?![\p{L}])/iuy;

/**
 * "held about 11,300 jobs in 2025, and they earned an average of $52,730", "About 22,160 in May
 * 2025, earning an average of $62,100": a year written right after a count of workers dates that
 * count's clause; the pay in the next clause is stated for no year ("held 110,500 jobs in 2024 and
 * earned a median of $64,280", one clause with two verbs, dates both).
 */
const COUNT_BEFORE_YEAR =
  /(?<![$\d.,])\d{1,3}(?:,\d{3})+(?![\d,])(?:\s{1,3}(?:U\.S\.|[\p{L}'’-]{1,20})){0,6}?\s{1,3}(?:in|as\s{1,3}of|during)\s{1,3}$/u;
const NEXT_CLAUSE = /^[^$\d]{0,12}?(?:,\s{0,2}(?:and|but|while|earning|making|with)\s|;)/u;
function countsYear(sentence: string, yearStart: number, yearEnd: number, start: number): boolean {
  return (
    NEXT_CLAUSE.test(sentence.slice(yearEnd, start)) && COUNT_BEFORE_YEAR.test(sentence.slice(Math.max(0, yearStart - 140), yearStart))
  );
}

/** "… earned less than $23,960 that year": the figure takes the year written before it, whatever clause holds it. */
const THAT_YEAR = /^[^.;\d$]{0,16}?(?<![\p{L}])(?:that|the\s{1,3}same)\s{1,3}year(?![\p{L}])/iu;

/** "… fell to 4,600 in 2023, and the median wage that year was $38,080": the year said again in the figure's own clause. */
const THAT_YEAR_BEFORE = /(?<![\p{L}])(?:that|the\s{1,3}same)\s{1,3}year(?![\p{L}])[^.;\d$]{0,30}$/iu;

/**
 * "after the 2024 union contract", "since the 2023 strike": a year naming an event (a noun after it
 * that is no release of figures) dates no figure.
 */
const EVENT_AFTER =
  /^\s{1,2}(?!(?:data|figures?|numbers|estimates?|release|survey|report|edition|median|average|mean|wages?|salar(?:y|ies)|pay|earnings|OEWS|BLS|OOH|national|projections?|stats|statistics)(?![\p{L}]))(?:[\p{Ll}-]{3,20}\s{1,2}){0,2}(?:contract|agreement|strike|raise|law|election|season|merger|deal|reform|budget|increase)(?![\p{L}])/u;
function eventYear(sentence: string, start: number, end: number): boolean {
  return /(?<![\p{L}])the\s{1,2}$/iu.test(sentence.slice(Math.max(0, start - 5), start)) && EVENT_AFTER.test(sentence.slice(end, end + 48));
}

/** The year written nearest the figure in its sentence, if one is. */
function nearestYear(sentence: string, start: number, end: number): FigureContext['year'] {
  let best: FigureContext['year'];
  let distance = Infinity;
  YEAR_BEFORE.lastIndex = end;
  const back = sentence.includes('year') && YEAR_BEFORE.test(sentence);
  for (const match of sentence.matchAll(YEAR)) {
    const at = match.index;
    if (back) {
      // The last year written before the figure, one back; where it is written is not the figure's year's.
      if (at < start) best = { value: Number(match.groups!.y) - 1, start: end, end: YEAR_BEFORE.lastIndex, counted: true };
      continue;
    }
    const d = at >= end ? at - end : at + match[0].length <= start ? start - at - match[0].length : Infinity;
    // "… in May 2024, while speech therapists now average $47": a time of its own between them.
    if (at < start && NOW.test(sentence.slice(at + match[0].length, start))) continue;
    if (
      at < start &&
      countsYear(sentence, at, at + match[0].length, start) &&
      !THAT_YEAR.test(sentence.slice(end, end + 40)) &&
      !THAT_YEAR_BEFORE.test(sentence.slice(at + match[0].length, start))
    )
      continue;
    if (eventYear(sentence, at, at + match[0].length)) continue;
    if (at >= end && YEAR_ELSEWHERE.test(sentence.slice(end, at)) && !sourceTail(sentence.slice(end, at))) continue;
    if (d < distance) {
      distance = d;
      best = { value: Number(match.groups!.y), start: at, end: at + match[0].length };
    }
  }
  return best;
}

/**
 * Words before a figure saying it is not pay: a price, a fee, tuition, a loan, a deduction, a legal
 * minimum wage, a tip ("tips average $3 to $5"), one sale ("the average sale is a $1,200 contract"), a
 * flat charge ("our planners charge a flat $1,800 a year").
 */
const NOT_PAY_BEFORE =
  /(?<![\p{L}])(?:tuition|costs?|cost\s{1,3}of|price[sd]?|fees?|loans?|debt|bonus(?:es)?|stipend|budget|spend|spent|spending|savings?|save|worth|revenue|sales\s{1,3}of|sale|funding|grants?|scholarships?|charges?|charged|invest(?:ed|ment)?|raised|valued|retail|sells?|sold|buy|bought|rent|mortgage|premiums?|deductibles?|deduct(?:ed|ions?)?|reimburse(?:d|ments?)?|minimum\s{1,3}wages?|tips?|tip-outs?|gratuit(?:y|ies))(?:\s{1,3}(?:of|is|was|are|were|at|around|about|roughly|approximately|nearly|almost|up\s{1,3}to|from|for|between|range[sd]?|ranging|runs?|averages?|typically|usually|flat|an?))*\s{1,3}$/iu;
/** Words after a figure saying it is not pay ("$5,000 signing bonus", "$20,000 more than"). */
const NOT_PAY_AFTER = new ShortSpaceRegExp(
  /^\s{0,2}(?:(?:a|per|each)\s{1,3}(?:year|month|semester|term|credit)\s{1,3})?(?:in\s{1,3})?(?:signing|sign-on|relocation|retention|referral|holiday|annual|yearly|one-time|student|average|total|(?:[\p{L}-]{1,15}\s{1,3})?[\p{L}-]{1,15}(?=\s{1,3}bonus))?\s{0,3}(?:bonus(?:es)?|tuition|fees?|loans?|debt|program|course|courses|certification|exam|scholarships?|grants?|stipend|deposit|funding|budget|in\s{1,3}(?:tuition|fees|student|savings|revenue|sales)|worth\s{1,3}of|more\s{1,3}than|less\s{1,3}than|more\s{1,3}(?:a|per|each)\s{1,3}year|more\s{1,3}(?:annually|per)|higher\s{1,3}than|lower\s{1,3}than|premiums?)(?![\p{L}])/iu,
);

/**
 * A clause about money spent, not earned: "Booth rent at my salon is $250 a week", "gym membership is $60 a month", "I pay another
 * $80 a month for supplies", "new patients pay $120 for the first visit" (the subject is a price,
 * or the writer or a customer pays it).
 */
const SPENT_BEFORE =
  /(?:(?<![\p{L}])(?:rent|tuition|fees?|costs?|price|premiums?|dues|memberships?|subscriptions?)(?:\s{1,3}[\p{L}'’]{1,20}){0,4}\s{1,3}(?:is|are|was|were|runs?|ran|costs?|comes?\s{1,3}to)|(?<![\p{L}])(?:I|we|you|[Pp]atients?|[Cc]ustomers?|[Cc]lients?|[Ss]tudents?|[Bb]uyers?|[Hh]omeowners?|[Ff]amilies|[Mm]embers|[Pp]arents)\s{1,3}(?:pay|paid|spend|spent)(?:\s{1,3}(?:another|an\s{1,3}extra|extra|about|around|roughly|over))?)(?:\s{1,3}(?:about|around|roughly|just|only|another))?\s{1,3}$/u;

/**
 * A difference between two wages, not a wage: "a difference of more than $6 an hour", "a gap of
 * about $10,000", "a premium of $3", "out-earn them by roughly $17,000" (a level is never "by" a figure).
 */
const DIFFERENCE_BEFORE =
  /(?<![\p{L}])(?:(?:difference|gap|premium|edge|spread|bump|raise)\s{1,3}(?:of|is|was)|by)\s{1,3}(?:(?:more|less)\s{1,3}than\s{1,3}|(?:about|around|roughly|nearly|almost|just|only|over|under|some)\s{1,3}|an?\s{1,3}(?:average|median)\s{1,3}of\s{1,3})?$/iu;
/**
 * A rate for a day, a shift or a piece of work, which no annual or hourly wage states: "$200 to
 * $300 a day", "$150 per session", "$3 to $8 per delivery", "$0.10 a word", "$3 to $5 a car". After "per" or "each"
 * a lower-case noun other than a pay period, a worker ("$52,000 per employee") or a source ("per
 * the BLS"; "per BLS" is capitalised) is a piece; after "a" only the pieces named, since "the
 * $44,660 a photographer takes home" is a wage.
 */
const OTHER_RATE_AFTER =
  /^\s{0,2}(?:(?:per|each)\s{1,3}(?!(?:hour|hr|h|year|yr|annum|month|mo|week|wk|paycheck|pay\s{1,3}period|person|worker|employee|capita|the|our|their|its|data|recent|latest|government|federal|state|national)(?![\p{L}]))\p{Ll}|(?:(?:a|an)\s{1,3}|\/\s?)(?:day|shift|session|gig|game|match|visit|show|job|project|piece|call|night|class|course|lesson|word|delivery|mile|ride|trip|page|credit|patient|client|sale|car|vehicle|order|load|unit|item|package|parcel|appointment|table|cover|head|tire|pallet|stop)(?![\p{L}]))/u;

/**
 * "games pay $40–$65 each", "9 exams at $475 each": a small amount (or range) with no period, "each"
 * after it, is a price per piece; "$52,000 each" stays a wage said of two roles.
 */
const SMALL_AMOUNT = /^\$\d{1,3}(?:\.\d\d)?(?:\s?[–—-]\s?\$?\d{1,3}(?:\.\d\d)?)?$/u;
const EACH_AFTER = /^\s{1,2}each(?![\p{L}])/u;

/** A price in parentheses after what it buys: "our 6-week certificate ($1,450)", "the exam ($300)". */
const PRICE_IN_PARENS =
  /(?<![\p{L}])(?:certificates?|certifications?|programs?|courses?|classes?|diplomas?|degrees?|training|bootcamps?|licen[cs]es?|exams?|tuition|kits?|tools?|fees?)\s{0,2}\(\s{0,2}(?:about\s{1,3}|around\s{1,3}|roughly\s{1,3})?$/iu;

/** An organisation's size or budget: "a $3M org", "a $40 million nonprofit", "a $2 billion company". */
const ORG_AFTER =
  /^\s{1,2}(?:(?:annual|yearly|operating)\s{1,2})?(?:orgs?|organi[sz]ations?|nonprofits?|non-profits?|charit(?:y|ies)|compan(?:y|ies)|business(?:es)?|firms?|budgets?|startups?|endowments?|campaigns?|grants?)(?![\p{L}])/iu;

/** Whether the words right around a figure make it something other than pay. */
export function isNotPay(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 60), start);
  const after = text.slice(end, end + 60);
  return (
    (EACH_AFTER.test(after) && SMALL_AMOUNT.test(text.slice(start, end))) ||
    (before.includes('(') && PRICE_IN_PARENS.test(before.slice(-40))) ||
    NOT_PAY_BEFORE.test(before.slice(-40)) ||
    SPENT_BEFORE.test(before) ||
    DIFFERENCE_BEFORE.test(before.slice(-40)) ||
    NOT_PAY_AFTER.test(after) ||
    ORG_AFTER.test(after) ||
    OTHER_RATE_AFTER.test(after)
  );
}

/**
 * A sentence (or label) that is about pay: what lets a figure outside a Salary section count. "Hourly:", "Annual median:" label a wage; "the BLS medians" are wages.
 * So do a statistic labelling a list line ("- Median: $67,820", "- Avg (May 2024): $41,200", "- Mean hourly (May 2025): $23.11") and "jobs
 * paying $X" ("Tesla was paying $27/hr" is one employer's rate).
 */
export const PAY_WORDS =
  /(?<![\p{L}])(?:salar(?:y|ies)|earn(?:s|ed|ing|ings)?|pay|pays|paid|(?:jobs|positions|roles|careers?)\s{1,3}paying|wages?|income|compensation|makes?|making|made|take\s{1,3}home|(?:hourly|annual|yearly|weekly|monthly)(?:\s{1,3}(?:rate|mean|median|average))?\s{0,2}:|(?:median|mean|average|avg\.?|percentiles?)(?:\s{1,3}(?:hourly|annual|yearly|weekly|monthly|pay|wage|salary))?(?:\s{1,3}\([^)\n]{1,24}\))?\s{0,2}:|medians)(?![\p{L}])/iu;

/**
 * "They averaged $65,050 a year", "pit bosses avg $97K a year", "they average $26 an hour": "average" said as a
 * verb states pay when the figure states its period ("a kitchen remodel averages $45,000", "cremation averages $6,280" are prices).
 */
export const AVERAGED =
  /(?<![\p{L}])(?:averag(?:es|ed|ing)|avg|average(?=\s{1,3}(?:(?:about|around|roughly|nearly)\s{1,3})?\$))(?![\p{L}])/iu;
