// Two figures after two roles, in the order of the roles: "Elevator installers out-earn
// millwrights by a wide margin: a median of $106,580 versus $62,980", "Welders and pipefitters
// earn $51,000 and $64,000 respectively". Each figure is the role named in its place, not both the
// role named last (the nearest before them). A pair after a comparison is the comparison's: its
// first figure is the subject's, the one that earns more or less ("Both …, but sheet metal workers
// earn more: $X versus $Y"; "…, but they out-earn welders: $X against $Y"), its second the role
// compared with, named after the verb, after the second figure ("$Y for welders") or, of two
// compared roles, the other one.
import type { SalaryFigure } from './expressions.js';
import type { RoleSpan } from '../text/role-spans.js';
import { segmentAt } from '../text/segments.js';
import { firstFrom } from './span-index.js';
import type { ClaimRoles } from './claim-roles.js';
import { hasWords, roleNamedIn } from './named-mentions.js';
import { claimRoleSpans } from './role-forms.js';

/** What joins the two figures: "versus", "vs.", "compared with", "and", "to", "against". */
const JOINED =
  /^[\s,]{0,3}(?:versus|vs\.?|compared\s{1,3}(?:with|to)|against|and|to)\s{1,3}(?:(?:about|roughly|around|nearly|just|only|a|an|the|median|mean|average|of)\s{1,3}){0,3}$/iu;
/** What may stand between the two roles: a verb of comparison and a few words, no figure ("out-earn", "earn slightly more than", "and"). */
const BETWEEN_ROLES = /^[^\d$%.;:!?]{1,60}$/u;

/**
 * A verb comparing pay: "out-earn", "outpace", "earn (slightly, far, about $6,000) more", "make
 * less", "pays more", "are paid more"; its subject is the role named before it.
 */
const COMPARES =
  /(?<![\p{L}])(?:out-?(?:earn|pace)s?|(?:earn|make|pull|take|bring|pay|get|are|is)s?(?:\s{1,3}(?:in|home|paid))?(?:\s{1,3}(?:about|around|roughly|slightly|a\s{1,3}little|a\s{1,3}bit|a\s{1,3}lot|far|much|significantly|considerably|\$[\d,.]+k?)){0,3}\s{1,3}(?:more|less))(?![\p{L}])/iu;
/** Between a role and the verb, the start of another clause: a semicolon or dash, ", but", "while". */
const CLAUSE_BREAK = /[;:–—]|,\s{0,3}(?:but|and|yet|so)(?![\p{L}])|(?<![\p{L}])(?:but|while|whereas)(?![\p{L}])/iu;
/** "they" just before the verb: the subject is the sentence's first role. */
const THEY = /(?<![\p{L}])they\s{1,3}(?:also\s{1,3}|now\s{1,3}|still\s{1,3}|typically\s{1,3}|usually\s{1,3})?$/iu;
/** After the second figure, "for <role>": the compared role named ("compared with $50,690 for welders"). */
const FOR_NEXT = /^[\s,]{0,3}(?:(?:a|an|per|year|hour|annually|at\s{1,3}the\s{1,3}median)\s{1,3}){0,3}for\s{1,3}$/iu;

/**
 * The subject's and the compared role's index for a pair of figures after a comparison in their
 * sentence (a colon or dash may stand between: "tool and die makers earn more: a median of $X"),
 * or undefined. `roles`: the roles the article compares.
 */
function compared(
  text: string,
  first: SalaryFigure,
  second: SalaryFigure,
  spans: readonly RoleSpan[],
  roles: ClaimRoles,
): [number, number] | undefined {
  const roleCount = roles.length;
  const from = Math.max(
    text.lastIndexOf('.', first.start),
    text.lastIndexOf('?', first.start),
    text.lastIndexOf('!', first.start),
    text.lastIndexOf('\n\n', first.start),
    0,
  );
  const sentence = text.slice(from, first.start);
  const verb = COMPARES.exec(sentence);
  if (!verb) return undefined;
  const at = from + verb.index;
  let subject: number | undefined;
  if (THEY.test(sentence.slice(0, verb.index))) {
    const opening = spans[firstFrom(spans, from)];
    subject = opening && opening.start < at ? opening.role : undefined;
  } else {
    // The role naming the verb's subject: in its clause ("…, but adult ed pays more" is no
    // substitute teacher's, though they were named before the comma).
    const last = spans[firstFrom(spans, at) - 1];
    subject = last && last.start >= from && !CLAUSE_BREAK.test(text.slice(last.end, at)) ? last.role : undefined;
  }
  // The compared role: named after the verb before the figures, or "for" it after the second figure.
  const between = spans[firstFrom(spans, at + verb[0].length)];
  const after = spans[firstFrom(spans, second.end)];
  let object =
    between && between.end <= first.start
      ? between.role
      : after && FOR_NEXT.test(text.slice(second.end, after.start))
        ? after.role
        : undefined;
  // "Highway workers earn more — …": a subject only the dataset's names give.
  if (subject === undefined && roles.occupationNames) {
    const clause = sentence.slice(0, verb.index);
    // After the last comma, semicolon or "but"/"while"/"whereas" (found by hand: no pattern to backtrack).
    const lower = clause.toLowerCase();
    const start = Math.max(
      clause.lastIndexOf(','),
      clause.lastIndexOf(';'),
      ...[' but ', ' while ', ' whereas '].map((w) => {
        const at = lower.lastIndexOf(w);
        return at < 0 ? -1 : at + w.length - 2;
      }),
    );
    const words = clause.slice(start + 1);
    if (hasWords(words)) subject = roleNamedIn(words, roles.occupationNames());
  }
  if (subject === undefined && object !== undefined && roleCount === 2) subject = 1 - object;
  if (subject !== undefined && object === undefined && roleCount === 2) object = 1 - subject;
  return subject !== undefined && object !== undefined && subject !== object ? [subject, object] : undefined;
}

/**
 * "Psychology and math professors": one mention of the first role's pattern that ends in the other
 * role's name ("math professors") is two mentions, one each, as the author coordinated them.
 */
function coordinated(text: string, spans: readonly RoleSpan[], roles: ClaimRoles): readonly RoleSpan[] {
  if (!spans.some((span) => COORDINATION.test(text.slice(span.start, span.end)))) return spans;
  return spans.flatMap((span) => {
    const found = COORDINATION.exec(text.slice(span.start, span.end));
    if (!found) return [span];
    const tailStart = span.start + found.index + found[0].length;
    const tail = text.slice(tailStart, span.end);
    const [other, ...rest] = claimRoleSpans(tail, roles);
    if (!other || rest.length > 0 || other.start !== 0 || other.end !== tail.length || other.role === span.role) return [span];
    return [
      { start: span.start, end: span.start + found.index, role: span.role },
      { start: tailStart, end: span.end, role: other.role },
    ];
  });
}

const COORDINATION = /\s(?:and|or|&)\s+/u;

/** ", respectively" right after a pair: its figures go to the roles in the order the paragraph named them. */
const RESPECTIVELY = /^[\s,]{0,3}(?:(?:a|an|per)\s{1,3}(?:year|hour)[\s,]{0,3})?respectively(?![\p{L}])/iu;

/** "$69k versus $50k" in a sentence naming no role: a pair set against each other, in the order the paragraph named the roles. */
const SET_AGAINST = /^[\s,]{0,3}(?:versus|vs\.?|against)\s/iu;

/** The two roles a paragraph names before `at`, in the order it first names them; undefined unless exactly two. */
function namedOrder(text: string, spans: readonly RoleSpan[], at: number): [number, number] | undefined {
  const start = Math.max(text.lastIndexOf('\n\n', at), 0);
  const order: number[] = [];
  for (const span of spans) {
    if (span.start >= at) break;
    if (span.start >= start && !order.includes(span.role)) order.push(span.role);
  }
  return order.length === 2 ? [order[0]!, order[1]!] : undefined;
}

/** Reassigns, in place, each pair of figures written after two roles in the same order, or after a comparison. */
export function respectively(
  text: string,
  figures: readonly SalaryFigure[],
  owners: Array<number | undefined>,
  named: readonly RoleSpan[],
  sentences: readonly number[],
  roles: ClaimRoles,
): void {
  const spans = coordinated(text, named, roles);
  let at = 0;
  for (let i = 0; i + 1 < figures.length; i++) {
    const [first, second] = [figures[i]!, figures[i + 1]!];
    const sentence = segmentAt(sentences, first.start);
    if (!JOINED.test(text.slice(first.end, second.start))) continue;
    const pair = compared(text, first, second, spans, roles);
    if (pair) {
      [owners[i], owners[i + 1]] = pair;
      continue;
    }
    if (segmentAt(sentences, second.start) !== sentence) continue;
    // The spans of the sentence before the first figure (spans are sorted; `at` only moves on).
    const sentenceStart = sentences[sentence] ?? 0;
    while (at < spans.length && spans[at]!.start < sentenceStart) at++;
    let last = at - 1;
    while (last + 1 < spans.length && spans[last + 1]!.end <= first.start) last++;
    // "…: a median of $76,170, against $57,390 for stonemasons" names the second's role itself.
    const namedAfter = (spans[firstFrom(spans, second.end)]?.start ?? Infinity) < (sentences[sentence + 1] ?? text.length);
    const setAgainst = !namedAfter && SET_AGAINST.test(text.slice(first.end, second.start));
    if (last < at && (RESPECTIVELY.test(text.slice(second.end, second.end + 30)) || setAgainst)) {
      // "Both earn six figures: about $114k and $107k, respectively": the roles the paragraph named before.
      const order = namedOrder(text, spans, first.start);
      if (order) [owners[i], owners[i + 1]] = order;
      continue;
    }
    if (last < at || (i > 0 && figures[i - 1]!.start > spans[last]!.end)) continue;
    // A span after the first figure, before the second, would name the second's role itself.
    if (spans[last + 1] && spans[last + 1]!.start < second.start) continue;
    const later = spans[last]!;
    let earlier = last - 1;
    while (earlier >= at && spans[earlier]!.role === later.role) earlier--;
    if (earlier < at) continue;
    const before = spans[earlier]!;
    if (!BETWEEN_ROLES.test(text.slice(before.end, later.start))) continue;
    owners[i] = before.role;
    owners[i + 1] = later.role;
  }
}
