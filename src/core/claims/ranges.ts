// Joins dollar amounts into ranges: "$130k-$165k", "$130,000–165,000", "$130–165K",
// "between $130K and $165K", "from $130,000 to $165,000". Two amounts joined by "and"
// are a range only after "between": "$98,439 and $160,930" are usually two figures.

import { bareAmountAt, findAmounts, type Amount } from './amounts.js';

export interface Span {
  start: number;
  end: number;
  low: number;
  high?: number;
}

/** A dash joins a range only on its line: "$140,000\n- 10-year growth" is a figure and a list item. */
const CONNECTOR =
  /[^\S\n]{0,3}(?<dash>[-–—])[^\S\n]{0,3}|\s{1,3}(?<word>to|and|through)\s{1,3}(?:(?:as\s{1,3}(?:much|high)\s{1,3}as|over|more\s{1,3}than|upwards\s{1,3}of|nearly|about|around|roughly)\s{1,3})?/iuy;
/** "The salary range is $44,150 and $108,420": "range" before the first amount makes "and" join a range. */
const RANGE_WORD =
  /(?<![\p{L}])(?:range[sd]?|ranging|spans?|between)(?:\s{1,3}(?:is|was|of|from|:|for\s{1,3}[\p{L} ]{1,40}?\s{1,3}is))?[\s:]{1,3}(?:anywhere\s{1,3})?(?:between\s{1,3})?$/iu;
/** Sticky: "at the bottom", "at the low end", "at the entry level" right after a range's first end. */
const LOW_END =
  /\s{1,3}at\s{1,3}the\s{1,3}(?:very\s{1,3})?(?:bottom|low(?:er)?\s{1,3}end|entry\s{1,3}level)(?:\s{1,3}of\s{1,3}the\s{1,3}(?:scale|range|ladder))?,?/iuy;
/** The word opening a range; kept inside the figure so replacing it stays grammatical. */
const RANGE_OPENER = /(?<![\p{L}\p{N}])(?<word>between|from)\s{1,3}$/iu;

/** The range starting with `first`, if a connector and a second amount follow it. */
function rangeAt(text: string, first: Amount, next: Amount | undefined): (Span & { usedNext: boolean }) | undefined {
  // "from $40k at the bottom to $95k at the top": the words naming the low end pair the two ends.
  LOW_END.lastIndex = first.end;
  const lowEnd = LOW_END.exec(text);
  const from = first.end + (lowEnd?.[0].length ?? 0);
  CONNECTOR.lastIndex = from;
  const connector = CONNECTOR.exec(text);
  if (!connector) return undefined;
  const word = connector.groups?.word?.toLowerCase();
  const openerFrom = Math.max(0, first.start - 14);
  const opener = RANGE_OPENER.exec(text.slice(openerFrom, first.start));
  const openerWord = opener?.groups?.word?.toLowerCase();
  if (word === 'and' && !lowEnd && openerWord !== 'between' && !RANGE_WORD.test(text.slice(Math.max(0, first.start - 60), first.start)))
    return undefined;
  const at = from + connector[0].length;
  const usedNext = next?.start === at;
  const bare = usedNext ? undefined : bareAmountAt(text, at);
  // After "to"/"and" an unmarked number must look like money, or "$5 to 10 years" would be a range.
  const second = usedNext ? next : bare && (!word || bare.scale > 1 || bare.formatted) ? bare : undefined;
  if (!second) return undefined;
  // "$130–165K" and "$130K–165": the written multiplier applies to the other end too.
  const low = first.scale === 1 && second.scale > 1 && first.value < 1000 ? first.value * second.scale : first.value;
  const high = second.scale === 1 && first.scale > 1 && second.value < 1000 && !usedNext ? second.value * first.scale : second.value;
  const paired = (openerWord === 'between' && word === 'and') || (openerWord === 'from' && word === 'to');
  const start = paired && opener ? openerFrom + opener.index : first.start;
  return { start, end: second.end, low: Math.min(low, high), high: Math.max(low, high), usedNext };
}

/** Single amounts and ranges, in order; `high` is set for ranges. */
export function spans(text: string): Span[] {
  const amounts = findAmounts(text);
  const result: Span[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const amount = amounts[i]!;
    const range = rangeAt(text, amount, amounts[i + 1]);
    if (range?.usedNext) i++;
    result.push(range ?? { start: amount.start, end: amount.end, low: amount.value });
  }
  return result;
}
