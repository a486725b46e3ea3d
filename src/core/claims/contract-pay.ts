// A union contract's or a wage scale's rate ("$52.10/hr on the current scale", "our contract beats
// that: $38.40 base for a first helper", "the Local's scale pays $47 an hour"): a rate one agreement
// sets for its own members, not a statement of what an occupation earns, so no claim to check
// against BLS. Each pattern reads a bounded slice beside the figure.
import { ShortSpaceRegExp } from '../text/short-spaces.js';

/** The agreement's nouns; "contract workers" or "scale operators" name people, not a rate. */
const AGREEMENT = String.raw`(?:contract|scale|CBA|collective\s{1,3}(?:bargaining\s{1,3})?agreement|union\s{1,3}agreement|wage\s{1,3}sheet)(?![\p{L}])(?!\s{1,3}(?:workers?|employees?|staff|jobs?|positions?|roles?|work|[\p{L}-]{2,20}(?:ers|ors|ians|ists))(?![\p{L}]))`;

/**
 * The figure set by the agreement, said after it: "$52.10/hr on the current scale", "$47 an hour
 * under our contract", "$61 per the new CBA", "$38.40 base on the Local 12 scale".
 */
const AFTER = new RegExp(
  String.raw`^\s{0,2}(?:(?:an?|per|\/)\s{0,3}(?:hour|hr|h|year|yr)\s{0,3}|base\s{1,3})?(?:on|under|per|by|in)\s{1,3}(?:the|our|their|this|that|its|a)\s{1,3}(?:[\p{L}\p{N}'’-]{1,20}\s{1,3}){0,3}?${AGREEMENT}`,
  'iu',
);

/**
 * The agreement named earlier in the figure's sentence as what sets it, with no stop between: "our
 * contract beats that: $38.40 base", "the union scale for journeymen is $52.10", "the Local's scale
 * pays $47". Only a definite or possessive agreement ("a contract electrician earns …" is a worker).
 */
const BEFORE = new ShortSpaceRegExp(
  String.raw`(?<![\p{L}])(?:our|the|their|this|that|its|(?:the\s{1,3})?(?:local|union)(?:\s{1,3}\d{1,4})?['’]s)\s{1,3}(?:(?:current|new|latest|union|master|journeyman|local(?:\s{1,3}\d{1,4})?)\s{1,3}){0,2}${AGREEMENT}[^.;!?$]{0,40}$`,
  'iu',
);

/** Whether the figure at [start, end) of `sentence` is a contract's or a wage scale's rate. */
export function isContractRate(sentence: string, start: number, end: number): boolean {
  return AFTER.test(sentence.slice(end, end + 80)) || BEFORE.test(sentence.slice(Math.max(0, start - 120), start));
}
