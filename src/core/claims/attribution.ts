// Which compared role each salary figure is about. Articles put the role first
// ("Product managers earn $98,439, while sales managers earn $160,930"), so a figure
// belongs to the nearest role named before it in its sentence, then in its paragraph.
// A figure followed by "for <role>" is attributed to that role first: in "Sales managers
// earn $160,930, compared with $98,439 for product managers" the second figure is about
// product managers although sales managers are named before it. Failing all that, the
// one role named after the figure in its sentence ("The average is $98,439 for PMs").

import type { SalaryFigure } from './expressions.js';
import type { RoleSpan } from '../text/role-spans.js';
import { claimRoleSpans } from './role-forms.js';
import { paragraphStarts, segmentAt, sentenceStarts } from '../text/segments.js';

/**
 * "$98,439 for product managers", "$98,439 a year among entry-level sales managers", "the
 * $84,758 average salary of a public affairs manager", "$84,758 is the median pay for nurses":
 * the figure describes the noun phrase after "for", "among" or "of".
 */
const FOR_ROLE =
  /^\s{0,3},?\s{0,3}(?:(?:is|was|a|an|the|per|year|hour|average|median|mean|annual|yearly|hourly|base|typical|starting|national|salary|salaries|pay|wages?|income|earnings|reported)\s{1,3}){0,6}(?:for|among|of)\s{1,3}(?:[\p{L}\p{N}'’-]{1,30}\s{1,3}){0,3}$/iu;
const FOR_ROLE_MAX_GAP = 120;

/** Whether the figure is followed by "for <role>" (or "among", "of") naming `role` in its sentence. */
function forRole(text: string, figure: SalaryFigure, spans: readonly RoleSpan[], role: number): boolean {
  const after = spans[firstFrom(spans, figure.end)];
  return (
    after !== undefined &&
    after.role === role &&
    after.start - figure.end <= FOR_ROLE_MAX_GAP &&
    FOR_ROLE.test(text.slice(figure.end, after.start))
  );
}

/** Index of the first span starting at or after `offset`. */
function firstFrom(spans: readonly RoleSpan[], offset: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** For each span, the index of the next span naming a different role (spans.length if none). */
function nextOtherRole(spans: readonly RoleSpan[]): number[] {
  const next = new Array<number>(spans.length);
  for (let i = spans.length - 1; i >= 0; i--) {
    next[i] = i + 1 < spans.length && spans[i + 1]!.role === spans[i]!.role ? next[i + 1]! : i + 1;
  }
  return next;
}

/** For each figure, the index into `roles` of the role it belongs to, or undefined. */
export function attributeFigures(text: string, figures: SalaryFigure[], roles: readonly string[]): Array<number | undefined> {
  const spans = claimRoleSpans(text, roles);
  const other = nextOtherRole(spans);
  const sentences = sentenceStarts(text);
  const paragraphs = paragraphStarts(text);
  // Figures owned by a role named only in an earlier sentence of the paragraph.
  const earlier = new Set<SalaryFigure>();
  const owners = figures.map((figure) => {
    const sentenceEnd = sentences[segmentAt(sentences, figure.start) + 1] ?? text.length;
    const paragraphStart = paragraphs[segmentAt(paragraphs, figure.start)] ?? 0;
    // A claim that names its role inside itself ("adding 95,000 nursing-aide jobs") is about it.
    const inside = spans[firstFrom(spans, figure.start)];
    if (inside && inside.end <= figure.end) return inside.role;
    const afterIndex = firstFrom(spans, figure.end);
    const after = spans[afterIndex];
    const afterInSentence = after !== undefined && after.start < sentenceEnd;
    if (afterInSentence && forRole(text, figure, spans, after.role)) return after.role;
    const sentenceStart = sentences[segmentAt(sentences, figure.start)] ?? 0;
    const purpose = purposeRole(text, spans, sentenceStart, figure.start);
    if (purpose !== undefined) return purpose;
    const before = spans[firstFrom(spans, figure.start) - 1];
    if (before && before.start < sentenceStart && before.start >= paragraphStart) earlier.add(figure);
    if (before && before.start >= paragraphStart) return before.role;
    const ambiguous = (spans[other[afterIndex] ?? spans.length]?.start ?? Infinity) < sentenceEnd;
    return afterInSentence && !ambiguous ? after.role : undefined;
  });
  return oneEach(text, figures, owners, spans, sentences, earlier, roles.length);
}

/** Words setting a second figure against the first. */
const COMPARED = /(?<![\p{L}])(?:compared|versus|vs\.?|while|whereas|against|than)(?![\p{L}])/iu;

/**
 * "To become a nurse practitioner, you need a license, experience as an RN and a master's
 * degree": a sentence opening with the role one becomes is about that role, whatever other
 * roles its clauses name.
 */
const PURPOSE =
  /^\s{0,3}(?:\*{1,2})?(?:to|in\s{1,3}order\s{1,3}to)\s{1,3}(?:become|be|work\s{1,3}as|practice\s{1,3}as|qualify\s{1,3}as)\s{1,3}(?:an?\s{1,3})?$/iu;

function purposeRole(text: string, spans: readonly RoleSpan[], sentenceStart: number, at: number): number | undefined {
  const first = spans[firstFrom(spans, sentenceStart)];
  if (!first || first.end > at || !PURPOSE.test(text.slice(sentenceStart, first.start))) return undefined;
  return first.role;
}

/**
 * A comparison sentence with two figures and two roles assigns one each: when both figures
 * went to one role but the other role is named after the first figure ("A earns $X, more than
 * the $Y that B earns"), the second figure is the other role's.
 */
function oneEach(
  text: string,
  figures: readonly SalaryFigure[],
  owners: Array<number | undefined>,
  spans: readonly RoleSpan[],
  sentences: readonly number[],
  earlier: ReadonlySet<SalaryFigure>,
  roleCount: number,
): Array<number | undefined> {
  const bySentence = new Map<number, number[]>();
  figures.forEach((figure, i) => {
    const sentence = segmentAt(sentences, figure.start);
    const members = bySentence.get(sentence);
    if (members) members.push(i);
    else bySentence.set(sentence, [i]);
  });
  for (const [sentence, members] of bySentence) {
    if (members.length !== 2) continue;
    const [first, second] = members as [number, number];
    const owner = owners[first];
    // "The median agent earned $X, compared with $Y for insurance agents": in a two-role
    // comparison the first figure is not the role the second is "for", though that role was
    // named in an earlier sentence; it is the other one.
    if (
      earlier.has(figures[first]!) &&
      owner !== undefined &&
      owners[second] === owner &&
      roleCount === 2 &&
      COMPARED.test(text.slice(figures[first]!.end, figures[second]!.start)) &&
      forRole(text, figures[second]!, spans, owner)
    ) {
      owners[first] = 1 - owner;
      continue;
    }
    if (owner === undefined || owners[second] !== owner) continue;
    const end = sentences[sentence + 1] ?? text.length;
    // From the first span after the first figure to the end of the sentence: linear overall.
    for (let at = firstFrom(spans, figures[first]!.end); at < spans.length && spans[at]!.start < end; at++) {
      if (spans[at]!.role !== owner) {
        owners[second] = spans[at]!.role;
        break;
      }
    }
  }
  return owners;
}
