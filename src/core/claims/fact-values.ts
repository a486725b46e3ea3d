// A fact claim's shape and the values read from its words (a count, a projection period):
// shared by the prose reader (fact-claims.ts) and the table reader (table-facts.ts).

export type FactKind = 'outlook-percent' | 'outlook-descriptor' | 'employment' | 'employment-change' | 'openings' | 'self-employed';

export interface FactClaim {
  kind: FactKind;
  role: string | undefined;
  start: number;
  end: number;
  raw: string;
  /** The number stated: a percent, or a count of jobs (not thousands). */
  value?: number;
  /** The place of the last digit the author wrote, in the value's unit (1000 for "166,000", 100,000 for "1.7 million"). */
  precision?: number;
  /** A wording band as written ("much faster than average"). */
  descriptor?: string;
  /** The projection period stated in the sentence ("from 2019 to 2029"; `to` alone for "by 2032" or "through 2035"). */
  from?: number;
  to?: number;
  /**
   * The year a count or share is stated for ("held about 225,300 jobs in 2025", "In 2024, 38
   * percent were self-employed"): BLS gives both for a projection's base year.
   */
  year?: number;
  /** The source the article names for it (sources.ts). */
  source?: string;
  /** The state or city its sentence states it for ("In Texas, …"): BLS projects the nation's. */
  place?: string;
}

export const PERIOD =
  /(?<![\p{N}])(?<from>(?:19|20)\d\d)\s{0,2}(?:[-–—]|to|through|until|and)\s{0,2}(?<to>(?:19|20)?\d\d)(?![\p{N}])|(?<![\p{L}])(?:by|through|thru|until|till|into)\s{1,3}(?:the\s{1,3}year\s{1,3})?(?<by>(?:19|20)\d\d)(?![\p{N}])/iu;

/** "166,000" -> 166000 (precision 1000); "1.7 million" and "1.7M" -> 1,700,000 (precision 100,000); "171K" -> 171,000. */
export function count(text: string): { value: number; precision: number } {
  // "171K", "1.7M": a comparison table's short form of thousands and millions.
  const scaled = /^(\d{1,3}(?:\.\d{1,2})?)(?:\s+(million|thousand)|\s?([kKM]))$/iu.exec(text.trim());
  if (scaled) {
    const unit = (scaled[2] ?? scaled[3])!.toLowerCase().startsWith('m') ? 1e6 : 1e3;
    const decimals = scaled[1]!.split('.')[1]?.length ?? 0;
    return { value: Math.round(Number(scaled[1]) * unit), precision: unit / 10 ** decimals };
  }
  const digits = text.replace(/,/g, '');
  // Counted by hand: /0*$/ retries from every zero, quadratic in a long run of them.
  let trailing = 0;
  while (trailing < digits.length && digits[digits.length - 1 - trailing] === '0') trailing++;
  return { value: Number(digits), precision: 10 ** Math.min(trailing, digits.length - 1) };
}

export function periodOf(sentence: string): Pick<FactClaim, 'from' | 'to'> {
  const found = PERIOD.exec(sentence);
  return found ? periodOfMatch(found) : {};
}

/**
 * "… grew 3 percent from 2024 to 2034; the 2025–35 projections now call for a decline of 1 percent":
 * a percent after a semicolon takes the period of its own side when that side states one.
 */
export function ownSide(sentence: string, at: number): string {
  if (!sentence.includes(';')) return sentence;
  const side = semicolonSide(sentence, at);
  return PERIOD.test(side) ? side : sentence;
}

/** The part of `sentence` between the semicolons around `at`. */
export function semicolonSide(sentence: string, at: number): string {
  const end = sentence.indexOf(';', at);
  return sentence.slice(sentence.lastIndexOf(';', at) + 1, end < 0 ? sentence.length : end);
}

/**
 * "after the previous projections called for a 4% decline through 2034", "the 6% decline projected
 * for 2024–34", "5% under the previous 2024–34 projections", "4% per the 2024 projections": a period written right after a percent
 * (past a growth noun or "projected") is that percent's, whatever period the sentence states first.
 */
const TRAILING_PERIOD =
  /\s{0,3}(?:(?:decline|drop|growth|increase|gain|loss|rise|fall)\s{1,3})?(?:(?:projected|expected|forecast)\s{1,3})?(?:(?:from|for|(?:in|under)\s{1,3}the(?:\s{1,3}(?:previous|older|earlier|prior))?(?:\s{1,3}BLS['’]?s?)?)\s{1,3}(?<from>(?:19|20)\d\d)\s{0,3}(?:to|through|until|[-–—])\s{0,3}(?<to>(?:19|20)?\d\d)|(?:by|through|until)\s{1,3}(?<by>(?:19|20)\d\d)|(?:per|in|under|according\s{1,3}to)\s{1,3}the(?:\s{1,3}BLS['’]?s?)?\s{1,3}(?<base>(?:19|20)\d\d)\s{1,3}projections)(?![\p{N}])/iuy;

export function trailingPeriod(text: string, end: number): Pick<FactClaim, 'from' | 'to'> | undefined {
  TRAILING_PERIOD.lastIndex = end;
  const found = TRAILING_PERIOD.exec(text);
  return found ? periodOfMatch(found) : undefined;
}

export function periodOfMatch(found: RegExpExecArray): Pick<FactClaim, 'from' | 'to'> {
  if (!found.groups) return {};
  if (found.groups.by) return { to: Number(found.groups.by) };
  // "per the 2024 projections": BLS's projections run ten years from their base year.
  if (found.groups.base) return { from: Number(found.groups.base), to: Number(found.groups.base) + 10 };
  const from = Number(found.groups.from);
  const written = found.groups.to!;
  const to = Number(written.length === 2 ? `${String(from).slice(0, 2)}${written}` : written);
  return to > from ? { from, to } : {};
}

/** "average", "the average", "the national average": BLS's bands compare with the average for all occupations. */
export const AVERAGE = String.raw`(?:\s{1,3}the)?(?:\s{1,3}(?:national|overall|U\.S\.))?\s{1,3}average`;

/**
 * A wording band in BLS's words: "faster than the national average" is BLS's "faster than
 * average", "little to no change" its "little or no change", O*NET's "Average" its "as fast as average".
 */
export function bandName(words: string): string {
  const name = words
    .replace(/\s+/g, ' ')
    .toLowerCase()
    .replace(/ (?:the )?(?:national|overall|u\.s\.) average$/, ' average')
    .replace(/^little to no/, 'little or no');
  return name === 'average' ? 'as fast as average' : name;
}
