// Which compared role each salary figure is about. Articles put the role first
// ("Product managers earn $98,439, while sales managers earn $160,930"), so a figure
// belongs to the nearest role named before it in its sentence, then in its paragraph.
// A figure followed by "for <role>" is attributed to that role first: in "Sales managers
// earn $160,930, compared with $98,439 for product managers" the second figure is about
// product managers although sales managers are named before it. Failing all that, the
// one role named after the figure in its own clause ("The average is $98,439 for PMs"; not
// "Helpdesk pays $32 an hour, network admins $50": the role after the comma is its own clause's).
// A figure that would take the role a figure before it already took from the same mention, stating
// the same thing again with another value ("EMTs average $22 an hour; medics average $30"), is
// more likely about someone the text names in words we do not know: it is left unattributed
// (null), and no heading gives it a role either.

import type { SalaryFigure } from './expressions.js';
import type { RoleSpan } from '../text/role-spans.js';
import { claimRoleSpans } from './role-forms.js';
import { paragraphStarts, segmentAt, sentenceStarts } from '../text/segments.js';
import type { ClaimRoles } from './claim-roles.js';
import { hasWords, OPENING_PRONOUN, previousNamed, roleNamedIn } from './named-mentions.js';
import { respectively } from './respective.js';
import { firstFrom } from './span-index.js';
import { clauseNamed, forGroup, outsideAside } from './clause-roles.js';
import { bothSubject, forBoth, jointFirst, pronounSubject } from './subject-roles.js';
import { ShortSpaceRegExp } from '../text/short-spaces.js';

/**
 * "$98,439 for product managers", "$98,439 a year among entry-level sales managers", "the
 * $84,758 average salary of a public affairs manager", "$84,758 is the median pay for nurses":
 * the figure describes the noun phrase after "for", "among" or "of".
 */
const FOR_ROLE =
  /^\s{0,3},?\s{0,3}(?:(?:is|was|a|an|the|per|year|hour|average|median|mean|annual|yearly|hourly|base|typical|starting|national|salary|salaries|pay|wages?|income|earnings|reported)\s{1,3}){0,6}(?:for|among|of)\s{1,3}(?:[\p{L}\p{N}'’-]{1,30}\s{1,3}){0,3}$/iu;
const FOR_ROLE_MAX_GAP = 120;
/**
 * "… compared with a median of $61,770 for diesel service technicians": a figure said to be for a
 * group of people is that group's; when we do not know the group's words it is nobody's we know,
 * not the role named before it ("for them", "for a 36-hour week" name no one else).
 */
const FOR_OTHER =
  /^\s{0,3},?\s{0,3}(?:(?:a|an|per|each|year|hour|annually|yearly|on\s{1,3}average)\s{1,3}){0,3}(?:for|among)\s{1,3}(?!(?:the|a|an|each|every|all|both|this|that|these|those|them|it|its|their|such|workers|people|professionals|employees|staff|someone|anyone|those)(?![\p{L}]))\p{L}/iu;

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

/** For each span, the index of the next span naming a different role (spans.length if none). */
function nextOtherRole(spans: readonly RoleSpan[]): number[] {
  const next = new Array<number>(spans.length);
  for (let i = spans.length - 1; i >= 0; i--) {
    next[i] = i + 1 < spans.length && spans[i + 1]!.role === spans[i]!.role ? next[i + 1]! : i + 1;
  }
  return next;
}

/**
 * Words that end a clause between a figure and a role named after it: a comma or semicolon, a
 * dash, or a conjunction opening another clause.
 */
const CLAUSE_BREAK = /[,;:–—]|\s-\s|(?<![\p{L}])(?:and|but|while|whereas|so|though|although)(?![\p{L}])/iu;
/**
 * A figure in a phrase fronting its sentence ("At $98,000 a year, SLPs out-earn RTs", "With a
 * median of $X, nurses …"): its subject follows the comma.
 */
const FRONTED = /^\s{0,3}(?:\*{1,2})?(?:at|with|starting\s{1,3}at|earning|making|averaging|paying|from|on)(?![\p{L}])[^,;:]{0,60}$/iu;

/** Whether the role named at `role` after the figure is in the figure's own clause. */
function sameClause(text: string, figure: SalaryFigure, role: RoleSpan, sentenceStart: number): boolean {
  let between = text.slice(figure.end, role.start);
  // A figure set off by commas ("The average, $160,930, goes to …") closes its aside with the second.
  if (/,\s{0,3}$/u.test(text.slice(Math.max(0, figure.start - 4), figure.start))) between = between.replace(/^[^,;]{0,30},/u, '');
  if (!CLAUSE_BREAK.test(between)) return true;
  return FRONTED.test(text.slice(sentenceStart, figure.start));
}

/**
 * Whether figure `j` says the same thing as figure `i` (the same statistic, period, year and
 * place, another value): the caller knows the words around each.
 */
export type Restates = (i: number, j: number) => boolean;

/** For each figure, the index into `roles` of the role it belongs to, or undefined. */
export function attributeFigures(text: string, figures: SalaryFigure[], roles: ClaimRoles): Array<number | undefined> {
  return attributeWithDoubts(text, figures, roles).owners;
}

/**
 * `owners`: for each figure, the index into `roles` of the role it belongs to, or undefined;
 * `doubtful`: the figures left without one because giving them one would be a guess (see above).
 */
export function attributeWithDoubts(
  text: string,
  figures: SalaryFigure[],
  roles: ClaimRoles,
  restates: Restates = () => false,
): { owners: Array<number | undefined>; doubtful: Set<number> } {
  const spans = claimRoleSpans(text, roles);
  const other = nextOtherRole(spans);
  const sentences = sentenceStarts(text);
  const paragraphs = paragraphStarts(text);
  // Figures owned by a role named only in an earlier sentence of the paragraph.
  const earlier = new Set<SalaryFigure>();
  // Figures said to be "for" a group we cannot name: not the role named before them.
  const forOthers = new Set<number>();
  const owners = figures.map((figure, index) => {
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
    if (bothSubject(text, spans, sentenceStart, figure.start) || forBoth(text, figure.end, sentenceEnd)) return 0;
    const nearest = spans[firstFrom(spans, figure.start) - 1];
    const before = nearest && nearest.start >= sentenceStart ? outsideAside(text, spans, nearest, sentenceStart, figure.start) : nearest;
    if (before && before.start < sentenceStart && before.start >= paragraphStart) earlier.add(figure);
    if (before && before.start >= sentenceStart) {
      // The pronoun may follow the figure: "and roughly 19% of them".
      const subject = pronounSubject(text, spans, sentenceStart, before, figure.end + 10) ?? jointFirst(text, spans, before, figure.start);
      if (subject !== undefined) return subject;
      const named = clauseNamed(text, before, figure.start, roles);
      if (named !== undefined) return named;
    }
    if (before && before.start >= paragraphStart) {
      const otherSubject = OTHER_SUBJECT.test(text.slice(Math.max(before.end, figure.start - 80), figure.start));
      if (!otherSubject && !FOR_OTHER.test(text.slice(figure.end, Math.min(sentenceEnd, figure.end + 60)))) return before.role;
      forOthers.add(index);
      return undefined;
    }
    const ambiguous = (spans[other[afterIndex] ?? spans.length]?.start ?? Infinity) < sentenceEnd;
    if (!afterInSentence || ambiguous) return undefined;
    // "These workers make about $27 an hour, and the average farm equipment mechanic earns …": a pronoun
    // opening a paragraph's first naming points forward, to the one role its sentence names.
    const forward = !before && OPENING_PRONOUN.test(text.slice(sentenceStart, figure.start));
    return forward || sameClause(text, figure, after, sentenceStart) ? after.role : undefined;
  });
  const paired = oneEach(text, figures, owners, spans, sentences, earlier, roles.length);
  respectively(text, figures, paired, spans, sentences, roles);
  const doubtful = repeats(text, figures, paired, spans, sentences, restates);
  for (const i of forOthers) doubtful.add(i);
  for (const i of doubtful) paired[i] = undefined;
  // Left without a role: the names BLS and O*NET give the roles' occupations, in its clause; when the
  // clause has no subject of its own before the figure (an aside took it: "Top-earning DBAs, the
  // highest 10 percent, made …") or it speaks of them by a pronoun, the sentence before it.
  figures.forEach((figure, i) => {
    if (paired[i] !== undefined || !roles.occupationNames) return;
    const names = roles.occupationNames();
    const sentence = segmentAt(sentences, figure.start);
    const [from, to] = [sentences[sentence] ?? 0, sentences[sentence + 1] ?? text.length];
    const clause = clauseAround(text, figure, from, to);
    const named =
      forGroup(text.slice(figure.end, to), names) ??
      roleNamedIn(clause.before + clause.figure + clause.after, names) ??
      (hasWords(clause.before) && !PRONOUN.test(clause.before + clause.after) && !OPENING_PRONOUN.test(clause.before)
        ? undefined
        : (roleNamedIn(text.slice(from, figure.start), names) ??
          previousNamed(text, sentence, sentences, clause.before, figure.start, names)));
    if (named === undefined) return;
    paired[i] = named;
    doubtful.delete(i);
  });
  return { owners: paired, doubtful };
}

/**
 * "Cosmetologists stay busy, yet daycare jobs pay about $15 an hour": a clause whose own subject
 * is other work ("daycare jobs") pays that work, not the role named before its clause.
 */
const OTHER_SUBJECT = new ShortSpaceRegExp(
  /(?:[,;]\s{0,3}(?:yet|but|while|whereas|and)?|(?<![\p{L}])(?:yet|but|while|whereas))\s{1,3}(?:[\p{L}-]{2,20}\s{1,3}){1,3}(?:jobs|positions|gigs|work)\s{1,3}(?:pay|pays|paid|average|averages|offer|offers)(?![\p{L}])[^,;]{0,30}$/iu,
);

/** "…, and Texas employs about 13,000 of them": a clause about people named earlier in its sentence. */
const PRONOUN = /(?<![\p{L}])(?:they|them|their)(?![\p{L}])/iu;

/** The clause holding a figure: from the last comma or semicolon before it to the next after it, in its sentence. */
function clauseAround(text: string, figure: SalaryFigure, from: number, to: number): { before: string; figure: string; after: string } {
  const before = text.slice(from, figure.start);
  const start = Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1;
  const after = text.slice(figure.end, to);
  const ends = [after.indexOf(','), after.indexOf(';')].filter((n) => n >= 0);
  return {
    before: before.slice(start),
    figure: text.slice(figure.start, figure.end),
    after: after.slice(0, ends.length ? Math.min(...ends) : after.length),
  };
}

/**
 * Figures that took the role of the figure before them in their paragraph from the same mention
 * (no role is named between them, and none right after the later one) while restating it with
 * another value.
 */
function repeats(
  text: string,
  figures: readonly SalaryFigure[],
  owners: ReadonlyArray<number | undefined>,
  spans: readonly RoleSpan[],
  sentences: readonly number[],
  restates: Restates,
): Set<number> {
  const paragraphs = paragraphStarts(text);
  const result = new Set<number>();
  for (let j = 1; j < figures.length; j++) {
    const owner = owners[j];
    if (owner === undefined) continue;
    const figure = figures[j]!;
    const sentenceEnd = sentences[segmentAt(sentences, figure.start) + 1] ?? text.length;
    const after = spans[firstFrom(spans, figure.end)];
    if (after && after.start < sentenceEnd && after.role === owner) continue;
    const paragraph = segmentAt(paragraphs, figure.start);
    const i = j - 1;
    const previous = figures[i]!;
    if (owners[i] !== owner || segmentAt(paragraphs, previous.start) !== paragraph) continue;
    // A role named between the two figures gave the later one its role: no guess.
    const between = spans[firstFrom(spans, previous.end)];
    if (between && between.start < figure.start) continue;
    // "Some salary sites say $39k, but the BLS median is $66k": another source's figure for the same people.
    if (restates(i, j) && !SOURCE_CONTRAST.test(text.slice(previous.end, figure.start))) result.add(j);
  }
  return result;
}

/** Between two figures, a contrast with the source of the second ("…, but the BLS median is", "while BLS data put it at"). */
const SOURCE_CONTRAST =
  /(?<![A-Za-z])(?:but|while|whereas|yet)\s{1,3}(?:the\s{1,3})?(?:BLS|bureau\s{1,3}of\s{1,3}labor\s{1,3}statistics|government|official)(?![A-Za-z])/iu;

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
