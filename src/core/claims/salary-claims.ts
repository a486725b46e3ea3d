// The salary claims of an article: every figure in its salary section, with the role it
// is about. Figures are read from the Markdown source of each block (so their offsets
// are the document's own), prose attributed by sentence, tables by row or column.
import { runOnFrom } from './run-on.js';
import type { RootContent } from 'mdast';
import type { Article } from '../model/article.js';
import { findSalaryFigures, type SalaryFigure } from './expressions.js';
import type { SalaryClaim } from './salary-claim.js';
import { attributeWithDoubts } from './attribution.js';
import { claimRoleSpans } from './role-forms.js';
import { AVERAGED, figureContext, isNotPay, NOW, PAY_WORDS, type FigureContext } from './figure-context.js';
import { carriedYears } from './carried-years.js';
import { isOwnOrAddOn, isStartingPay } from './own-pay.js';
import { isContractRate } from './contract-pay.js';
import { placeFor, placesIn } from './places.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import type { ClaimRoles } from './claim-roles.js';
import { namedSource } from './sources.js';
import { withHeadingRoles } from './heading-roles.js';
import { rolesNamedBy } from './named-mentions.js';
import { offsets, shift, tableClaims, type Found } from './salary-table-claims.js';

export type { SalaryClaim } from './salary-claim.js';

// Front matter (yaml) is read like prose: "farmer_median_salary: \"$89,900\"" states a wage, one a line.
/** BLS named in a figure's sentence, as its source. */
const WAGE_SOURCE = /(?<![\p{L}])(?:BLS|Bureau\s{1,3}of\s{1,3}Labor\s{1,3}Statistics|OEWS)(?![\p{L}])/u;

const WAGE_SOURCES = new RegExp(WAGE_SOURCE.source, 'gu');
/** A new clause or the writer's own words after a source's name. */
const OWN_CLAUSE = /[,;.!?]|(?<![\p{L}])(?:I|I['’]m|my|me)(?![\p{L}])/u;

/** A sentence's first four words, the frame a parallel statement repeats. */
const FRAME = /^\s*(?:[\p{L}'’]+\s{1,3}){3}[\p{L}'’]+\s/u;

/**
 * A sentence repeating the frame of the one before it states the same thing of another role: "The
 * median annual wage for coaches was $47,320 in May 2025. The median annual wage for referees was
 * $40,710." gives the second figure the first one's year.
 */
function parallel(source: string, sentences: readonly number[], start: number): boolean {
  const i = segmentAt(sentences, start);
  if (i === 0) return false;
  const frame = FRAME.exec(source.slice(start, start + 60))?.[0]
    .trimStart()
    .toLowerCase();
  if (frame === undefined) return false;
  return source
    .slice(sentences[i - 1], sentences[i - 1]! + frame.length + 8)
    .trimStart()
    .toLowerCase()
    .startsWith(frame);
}

/** A full stop the sentence splitter passed over (the next word is in lower case); not "U.S." or "St. Louis". */
const STOP = /[.!?]\s/g;
const NOT_A_STOP = /(?:[A-Z.]|\bSt|\bvs)$/;

/** Where the sentence's text after `from` has a run-on full stop, or -1. */
function runOnStop(text: string, from: number): number {
  STOP.lastIndex = from;
  for (let m = STOP.exec(text); m; m = STOP.exec(text)) {
    if (!NOT_A_STOP.test(text.slice(Math.max(0, m.index - 3), m.index))) return m.index;
  }
  return -1;
}

/** A sentence whose subject is a wage's statistic: "The mean was $262,040.", "The median hourly wage is $21.40." */
const STATISTIC_SUBJECT =
  /^[\s*_>]{0,4}(?:the\s{1,3})?(?:median|mean|average)(?:\s{1,3}(?:hourly|annual|yearly|weekly|monthly|wage|pay|salary)){0,2}\s{1,3}(?:was|is|were|stood\s{1,3}at|came\s{1,3}to)\s/iu;

const SKIPPED = new Set(['html', 'code', 'heading', 'thematicBreak', 'definition']);

/** The claims of one prose block: figures about pay, with the context their sentence gives. */
function proseClaims(written: string, range: readonly [number, number], roles: ClaimRoles, inSalary: boolean, asked: boolean): Found[] {
  const all = findSalaryFigures(written);
  if (all.length === 0) return [];
  // A front-matter key names its role with underscores ("fence_erector_salary"); "median" inside it
  // stays a field's name (expressions.ts), so only the roles are read with spaces.
  // Only a block of keys is re-read: prose keeps its text, and the role spans found for it (role-forms.ts).
  const source = written.includes('_') && SNAKE_KEY.test(written) ? written.replace(/_/g, ' ') : written;
  const sentences = sentenceStarts(source);
  const sentenceOf = (at: number) => {
    const i = segmentAt(sentences, at);
    return { start: sentences[i]!, text: source.slice(sentences[i], sentences[i + 1] ?? source.length) };
  };
  // Outside a Salary section a figure counts only in a sentence about pay; nowhere is a bonus or a fee pay.
  // A figure stating its pay period in a sentence naming a role ("the going rate for hygienists is
  // $34 an hour", "nurses pull in $121,000 annually") is pay in any wording.
  // So is one the sentence gives a statistic or a percentile ("software developers pulled a median
  // of $135,980, and the top 10% cleared $214,670", "the BLS median for rad techs was $73,410").
  const statedPay = (f: SalaryFigure) => {
    const { text } = sentenceOf(f.start);
    // "The BLS number everyone quotes for NPs ($126,260)": a figure credited to BLS is a wage.
    if (!f.periodStated && f.statistic !== 'mean' && f.statistic !== 'median' && !percentileOf(f) && !WAGE_SOURCE.test(text)) return false;
    if (named(text)) return true;
    // A forum's "LMT 6 yrs. BLS says the median is $55,310": a statistic credited to BLS right after a
    // sentence naming the role is that role's wage.
    if ((f.statistic !== 'mean' && f.statistic !== 'median' && !percentileOf(f)) || !creditedToBls(f.start)) return false;
    const i = segmentAt(sentences, f.start);
    return i > 0 && named(source.slice(sentences[i - 1], sentences[i]));
  };
  // BLS named before the figure in its clause ("BLS has us at $62,980 median"), no writer's "I" between
  // ("BLS says we average $25.66/hr, I'm salaried at $58k" credits only the first).
  const creditedToBls = (at: number) => {
    const before = source.slice(Math.max(0, at - 60), at);
    const bls = [...before.matchAll(WAGE_SOURCES)].at(-1);
    return bls !== undefined && !OWN_CLAUSE.test(before.slice(bls.index));
  };
  const named = (text: string) =>
    claimRoleSpans(text, roles).length > 0 || (roles.occupationNames !== undefined && rolesNamedBy(text, roles.occupationNames()).size > 0);
  const percentileOf = (f: SalaryFigure) => {
    const sentence = sentenceOf(f.start);
    return figureContext(sentence.text, f.start - sentence.start, f.end - sentence.start, 0).percentile !== undefined;
  };
  const ownOrAddOn = (f: SalaryFigure) => {
    const sentence = sentenceOf(f.start);
    if (isOwnOrAddOn(sentence.text, f.start - sentence.start, f.end - sentence.start)) return true;
    if (isContractRate(sentence.text, f.start - sentence.start, f.end - sentence.start)) return true;
    return isStartingPay(
      sentence.text,
      f.start - sentence.start,
      f.end - sentence.start,
      f.statistic !== 'unspecified' && f.statistic !== 'typical',
    );
  };
  // An FAQ's answer is about what its question asks: "How much does a video editor make per hour?
  // About $41 on average." states pay though the answer names neither pay nor the role; so does one
  // under a heading asking it (`asked`).
  const askedPay = (f: SalaryFigure) => {
    const i = segmentAt(sentences, f.start);
    if (asked) return true;
    if (i === 0) return false;
    const question = source.slice(sentences[i - 1], sentences[i]).trim();
    return question.endsWith('?') && PAY_WORDS.test(question);
  };
  // A percentile sentence continues the pay sentence before it: "… had journeymen at $92,560
  // median. Top 10% were over $126,610." names neither pay nor the role, and states pay.
  const paySentences = new Set<number>();
  // In a list of labelled figures ("- Median pay: $48,350 / - Jobs: 139,180 / - Bottom 10%: $31,810") a
  // percentile line continues the pay lines before it past other facts.
  // A list line labelled by its percentile states pay on its own ("- Bottom 10% (May 2024): under $77,290").
  const continuesPay = (f: SalaryFigure) => {
    // "… whose median annual wage was $265,930 in May 2025. The mean was $262,040.": a statistic right after a pay sentence.
    const stated = (f.statistic === 'mean' || f.statistic === 'median') && STATISTIC_SUBJECT.test(sentenceOf(f.start).text);
    if (!percentileOf(f) && !stated) return false;
    if (paySentences.has(segmentAt(sentences, f.start) - 1)) return true;
    if (!percentileOf(f)) return false;
    const line = sentenceOf(f.start).text;
    return LIST_LINE.test(line) && (paySentences.size > 0 || line.includes(':'));
  };
  const figures = all.filter((f) => {
    if (isNotPay(source, f.start, f.end) || ownOrAddOn(f)) return false;
    const text = sentenceOf(f.start).text;
    const paid = PAY_WORDS.test(text) || (f.periodStated && AVERAGED.test(text));
    if (!inSalary && !paid && !statedPay(f) && !askedPay(f) && !continuesPay(f)) return false;
    paySentences.add(segmentAt(sentences, f.start));
    return true;
  });
  const read = figures.map((figure, i) => {
    const sentence = sentenceOf(figure.start);
    const previous = figures[i - 1];
    const next = figures[i + 1];
    const previousEnd = previous && previous.end > sentence.start ? previous.end - sentence.start : 0;
    const local = [figure.start - sentence.start, figure.end - sentence.start] as const;
    // A forum post runs on in lower case ("… a median of $88k. union glazier in Chicago here", "… $93k median.
    // maybe in 2014 lol"): a place or a year after a full stop is not this figure's.
    const stop = runOnStop(sentence.text, local[1]);
    const end = stop < 0 ? sentence.text.length : stop;
    const context = withAskedPercentile(
      figureContext(stop < 0 ? sentence.text : sentence.text.slice(0, stop), local[0], local[1], previousEnd),
      source,
      sentences,
      sentence.start,
      local,
    );
    // … nor a year before one ("averaged $18.55 in May 2024 per BLS. botanists average $51.12": run-on.ts).
    const year = context.year;
    if (year && !year.counted && year.end <= local[0] && runOnFrom(sentence.text, year.end, local[0]) !== year.end) delete context.year;
    const nextStart = Math.min(end, next && next.start - sentence.start < sentence.text.length ? next.start - sentence.start : end);
    // Nor is a place before a run-on full stop ("super for a GC in Dallas, 15 yrs in. per BLS foremen make $116k").
    const places = placesIn(sentence.text);
    // An answer naming a place only in a later clause ("About $27.40 an hour, and a bit more in the Chicago area") keeps its
    // question's; one saying "nationally" answers for the nation.
    const place =
      (places.length === 0
        ? undefined
        : placeFor(places, local[0], local[1], Math.max(previousEnd, runOnStart(sentence.text, local[0])), nextStart, sentence.text)) ??
      (places.every((p) => p.place !== undefined) && !NATIONAL_ANSWER.test(sentence.text)
        ? askedPlace(source, sentences, sentence.start)
        : undefined);
    const dated =
      context.year === undefined
        ? withThatYear(
            withAskedYear(context, source, sentences, sentence.start),
            source,
            sentences,
            sentence.start,
            sentence.text.slice(local[1], end),
          )
        : context;
    return { sentence, context: dated, place };
  });
  // Two figures restate one statement when they give the same statistic for the same period, year
  // and place, with different values (a percentile, a bound or a range states something else).
  const restates = (i: number, j: number) => {
    const [a, b] = [figures[i]!, figures[j]!];
    const [x, y] = [read[i]!, read[j]!];
    const plain = (f: SalaryFigure, c: (typeof read)[number]) =>
      f.annual !== undefined && c.context.percentile === undefined && !c.context.bound;
    return (
      plain(a, x) &&
      plain(b, y) &&
      a.period === b.period &&
      (a.statistic === b.statistic || a.statistic === 'unspecified' || b.statistic === 'unspecified') &&
      x.context.year?.value === y.context.year?.value &&
      x.place === y.place &&
      Math.abs(a.annual! - b.annual!) > 0.05 * Math.max(a.annual!, b.annual!)
    );
  };
  const { owners, doubtful } = attributeWithDoubts(source, figures, roles, restates);
  const years = carriedYears(
    read.map(({ sentence, context }) => ({
      sentence: segmentAt(sentences, sentence.start),
      ...(context.year && { year: context.year.value }),
      // A list line is a statement of its own: "- Median pay (2024): $31,150" dates no "- Top 10%: $42,470".
      continues:
        (context.percentile !== undefined || parallel(source, sentences, sentence.start)) &&
        !NOW.test(sentence.text) &&
        !LIST_LINE.test(sentence.text),
    })),
  );
  return figures.map((figure, i) => {
    const { sentence, context, place } = read[i]!;
    const at = range[0] + sentence.start;
    return {
      kind: 'salary' as const,
      where: inSalary ? ('salary-section' as const) : ('elsewhere' as const),
      role: owners[i] === undefined ? undefined : roles[owners[i]],
      figure: shift(context.median ? { ...figure, statistic: 'median' } : figure, range[0]),
      ...(context.year
        ? {
            year: context.year.value,
            ...(!context.year.counted && { yearSpan: [at + context.year.start, at + context.year.end] as [number, number] }),
          }
        : years[i] !== undefined && { year: years[i] }),
      ...(context.percentile !== undefined && { percentile: context.percentile }),
      ...(context.bound && { bound: context.bound }),
      ...(place !== undefined && { place }),
      ...(doubtful.has(i) && { doubtful: true as const }),
    };
  });
}

/**
 * "What does the top 10 percent of rental clerks earn? More than $65,370 a year.": an answer
 * opening with its figure states the percentile its question asks about.
 */
function withAskedPercentile(
  context: FigureContext,
  source: string,
  sentences: readonly number[],
  start: number,
  [from, to]: readonly [number, number],
): FigureContext {
  if (context.percentile !== undefined || start === 0 || !OPENS_ANSWER.test(source.slice(start, start + from))) return context;
  const i = segmentAt(sentences, start);
  const question = source.slice(sentences[i - 1], start);
  if (!question.trimEnd().endsWith('?')) return context;
  const asked = figureContext(question + source.slice(start, start + to), question.length + from, question.length + to, 0);
  return asked.percentile === undefined ? context : { ...context, percentile: asked.percentile };
}

/**
 * The question an FAQ answer right after it answers: "How much does a welder make in Ohio? About $24
 * an hour." states Ohio's pay (and "… make in 2023? The median was $41,000." 2023's). Only a question
 * about pay, and only for an answer that names no place (or year) of its own.
 */
function askedQuestion(source: string, sentences: readonly number[], start: number): string | undefined {
  if (start === 0) return undefined;
  const question = source.slice(sentences[segmentAt(sentences, start) - 1], start);
  return question.trimEnd().endsWith('?') && PAY_WORDS.test(question) ? question : undefined;
}

function askedPlace(source: string, sentences: readonly number[], start: number): string | undefined {
  const question = askedQuestion(source, sentences, start);
  return question === undefined ? undefined : placesIn(question).at(-1)?.place;
}

/** An answer for the whole nation ("Nationally, …", "across the U.S."; "among the highest in the country" compares), whatever place its question named. */
const NATIONAL_ANSWER =
  /(?<![\p{L}])(?:nationally|nationwide|national\s{1,3}(?:median|average|mean|figure)|across\s{1,3}the\s{1,3}(?:country|nation|U\.S)|in\s{1,3}the\s{1,3}(?:U\.S|United\s{1,3}States))/iu;

/** The year a question asks about: "in 2023?", "in May 2024?". */
const ASKED_YEAR = /(?<![\p{L}])(?:in|during|for|as\s{1,3}of)\s{1,3}(?:May\s{1,3})?(?<y>(?:19|20)\d\d)(?![\d–—-])[^?]{0,40}\?\s*$/u;

function withAskedYear(context: FigureContext, source: string, sentences: readonly number[], start: number): FigureContext {
  const question = askedQuestion(source, sentences, start);
  const asked = question === undefined ? null : ASKED_YEAR.exec(question);
  if (!asked) return context;
  return { ...context, year: { value: Number(asked.groups!.y), start: 0, end: 0, counted: true } };
}

/** "… that year", "… the same year" right after a figure: the year it points back to. */
const THAT_YEAR_AFTER = /^[^.;\d$]{0,16}?(?<![\p{L}])(?:that|the\s{1,3}same)\s{1,3}year(?![\p{L}])/iu;
/** A year on its own (no span, no projection's target): "in 2023", "in May 2024". */
const PLAIN_YEAR =
  /(?<![\p{L}\p{N}$,.–-])(?<!(?:by|through|until|to|and)\s{1,3})(?:19|20)\d\d(?![\p{N}]|\s{0,2}(?:[–—-]|to|through|and)\s{0,2}(?:19|20)?\d\d(?![\d,]))/gu;

/**
 * "Recreation supervisors held about 88,140 jobs in 2023. They earned a mean of $50,650 that year.": a
 * figure whose sentence states no year but points back with "that year" takes the one year the
 * sentence before states (two years there leave it undated).
 */
function withThatYear(context: FigureContext, source: string, sentences: readonly number[], start: number, after: string): FigureContext {
  if (context.year !== undefined || start === 0 || !THAT_YEAR_AFTER.test(after)) return context;
  const previous = source.slice(Math.max(sentences[segmentAt(sentences, start) - 1]!, start - 300), start);
  const years = [...previous.matchAll(PLAIN_YEAR)];
  if (years.length !== 1) return context;
  return { ...context, year: { value: Number(years[0]![0]), start: 0, end: 0, counted: true } };
}

/** Where the figure's own run-on sentence starts ("… in Dallas, 15 yrs in. per BLS …": after the lower-case full stop), or 0. */
function runOnStart(text: string, to: number): number {
  // Within a bounded look back: a block with no sentence breaks is one long "sentence", read once per figure.
  const from = Math.max(0, to - 160);
  let at = 0;
  for (const m of text.slice(from, to).matchAll(STOP)) {
    const stop = from + m.index;
    if (!NOT_A_STOP.test(text.slice(Math.max(0, stop - 3), stop))) at = stop + 1;
  }
  return at;
}

/** An answer's first words before its figure: a hedge or a bound, no other words. */
const OPENS_ANSWER =
  /^\s{0,3}(?:(?:about|around|roughly|more\s{1,3}than|over|above|less\s{1,3}than|under|below|at\s{1,3}least|just\s{1,3}(?:over|under))\s{1,3})?$/iu;

/** A list item's line: its marker opens it. */
const LIST_LINE = /^\s{0,4}(?:[-*+•]|\d{1,2}[.)])\s/u;

/** A snake_case key opening a line ("fence_erector_salary:"). */
const SNAKE_KEY = /^[A-Za-z]+_\w{0,40}:/m;

/** A line of front matter: a key, a colon, its value ("fence_erector_salary: \"$44,410\""), or a fence. */
const KEY_LINE = /^(?:[A-Za-z_][\w -]{0,40}:[ \t]|-{3,}[ \t]*$)/u;

/**
 * The lines of front matter, each read as a statement of its own: "fence_erector_salary: \"$44,410\""
 * is about the role its key names, never the one the title
 * line names, and "date: 2025-02-10" dates no figure. Front matter pasted below the top of a page
 * is no YAML node (the closing "---" makes its lines a heading) and is read the same way.
 */
function keyLines(article: Article, node: RootContent): Array<{ text: string; range: [number, number] }> | undefined {
  if (node.type !== 'yaml' && node.type !== 'heading') return undefined;
  const range = offsets(node);
  if (!range) return undefined;
  const text = article.text.slice(...range);
  if (!text.includes('\n')) return undefined;
  const lines = text.split('\n');
  if (node.type === 'heading' && !lines.every((line) => KEY_LINE.test(line))) return undefined;
  let at = range[0];
  return lines.map((line) => {
    const start = at;
    at += line.length + 1;
    return { text: line, range: [start, start + line.length] };
  });
}

function blockClaims(article: Article, node: RootContent, roles: ClaimRoles, inSalary: boolean, asked: boolean): Found[] {
  if (node.type === 'table') return tableClaims(article, node, roles, inSalary);
  const lines = keyLines(article, node);
  if (lines) return lines.flatMap((line) => proseClaims(line.text, line.range, roles, inSalary, asked));
  const range = offsets(node);
  if (!range || SKIPPED.has(node.type)) return [];
  return proseClaims(article.text.slice(...range), range, roles, inSalary, asked);
}

/** A heading asking about pay: "### How much does a glazier make per hour?" (an FAQ's question). */
function asksPay(article: Article, node: RootContent): boolean {
  const range = offsets(node);
  const text = range ? article.text.slice(...range).trim() : '';
  return text.endsWith('?') && PAY_WORDS.test(text);
}

// Two rules, the preview and inspect all ask for an article's claims: found once per article and roles.
const found = new WeakMap<Article, Map<ClaimRoles, SalaryClaim[]>>();

/** `roles`: the article's roles, with the dataset's names for them when a verdict asks (claim-roles.ts). */
export function salaryClaims(article: Article, roles: ClaimRoles = article.roles ?? []): SalaryClaim[] {
  let byRoles = found.get(article);
  if (!byRoles) found.set(article, (byRoles = new Map<ClaimRoles, SalaryClaim[]>()));
  let claims = byRoles.get(roles);
  if (!claims) byRoles.set(roles, (claims = findClaims(article, roles)));
  return [...claims];
}

/** Every salary figure of the article, wherever it stands: introduction, any section, tables, lists, FAQ. */
function findClaims(article: Article, roles: ClaimRoles): SalaryClaim[] {
  const claims: SalaryClaim[] = [];
  const salary = new Set(article.sections.filter((s) => s.key === 'salary').flatMap((s) => s.nodes));
  // The blocks under a heading asking about pay answer it: their figures are pay as in a Salary section.
  let asked = false;
  for (const node of article.tree.children) {
    if (node.type === 'heading') asked = asksPay(article, node);
    for (const claim of blockClaims(article, node, roles, salary.has(node), asked)) {
      const source = namedSource(article, claim.figure.start, claim.figure.end);
      claims.push({ ...claim, line: article.lines.point(claim.figure.start).line, ...(source !== undefined && { source }) });
    }
  }
  return withHeadingRoles(article, roles, claims, (c) => c.figure.start).sort((a, b) => a.figure.start - b.figure.start);
}
