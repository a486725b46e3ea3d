// Two corrections to "the role named nearest before a claim" (attribution.ts), both about where
// that role stands in the claim's sentence:
// - a role named only inside a closed aside is not the subject the sentence goes on with:
//   "Desktop publishers earn more — $55K against $51K for proofreaders — and typically need an
//   associate's degree" (the degree is the desktop publishers'; also in parentheses);
// - a later clause may name its own subject in words only the dataset knows: "In Texas, florists
//   earn about $17 an hour, and visual merchandisers in Dallas around $21" ("visual merchandisers"
//   is an O*NET name of merchandise displayers), so the figure is not the florists'; likewise a
//   figure "for" a group the dataset names ("$74k for mechatronics techs and $75k for …").
import type { RoleSpan } from '../text/role-spans.js';
import type { ClaimRoles } from './claim-roles.js';
import { hasWords, roleNamedIn, type OccupationNames } from './named-mentions.js';
import { firstFrom } from './span-index.js';

const DASHES = ['—', '–', ' - '];

/** Where each mark stands in the last text asked about: one pass per mark and block, not one per figure. */
let indexed: { text: string; at: Map<string, number[]> } | undefined;

function positionsOf(text: string, mark: string): number[] {
  if (indexed?.text !== text) indexed = { text, at: new Map() };
  let found = indexed.at.get(mark);
  if (!found) {
    found = [];
    for (let i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) found.push(i);
    indexed.at.set(mark, found);
  }
  return found;
}

/**
 * The last of `marks` in `text` before `end` and at or after `from`, with its length. Looked up
 * in the block's mark positions: a scan per figure (`lastIndexOf` reads back to the text's
 * start, a walk back to `from` as far as the sentence's role) made a long text quadratic.
 */
function lastMark(text: string, marks: readonly string[], from: number, end: number): { at: number; length: number } | undefined {
  let found: { at: number; length: number } | undefined;
  for (const mark of marks) {
    const list = positionsOf(text, mark);
    let low = 0;
    let high = list.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (list[mid]! + mark.length <= end) low = mid + 1;
      else high = mid;
    }
    const at = list[low - 1];
    if (at !== undefined && at >= from && (!found || at > found.at)) found = { at, length: mark.length };
  }
  return found;
}

/**
 * The role span a claim at `at` goes on from: `before` (the nearest span before it), or, when
 * `before` stands inside an aside closed before the claim, the nearest span before the aside in
 * its sentence (undefined when the sentence names none there: then `before` stands).
 */
export function outsideAside(text: string, spans: readonly RoleSpan[], before: RoleSpan, sentenceStart: number, at: number): RoleSpan {
  const close = lastMark(text, [...DASHES, ')'], before.end, at);
  if (!close) return before;
  const paren = text.startsWith(')', close.at);
  const open = paren ? lastMark(text, ['('], sentenceStart, before.start) : lastMark(text, DASHES, sentenceStart, before.start);
  if (!open) return before;
  const outer = spans[firstFrom(spans, open.at) - 1];
  return outer && outer.start >= sentenceStart && outer.end <= open.at ? outer : before;
}

/** Where a clause of its own starts: ", and", ", while", "; ", "whereas". */
const CLAUSE_START = /(?:[,;]\s{0,3}(?:and|but|while|whereas|yet)?|(?<![\p{L}])(?:while|whereas))\s{1,3}/giu;

/**
 * The role a claim's own clause names by an O*NET name when the nearest role span stands before
 * that clause, if it is another role; undefined otherwise.
 */
export function clauseNamed(text: string, before: RoleSpan, at: number, roles: ClaimRoles): number | undefined {
  if (!roles.occupationNames) return undefined;
  const between = text.slice(before.end, at);
  // Cheap gate: no comma, semicolon or "while" between, no clause of its own.
  if (!between.includes(',') && !between.includes(';') && !between.includes('while') && !between.includes('whereas')) return undefined;
  let start = -1;
  for (const m of between.matchAll(CLAUSE_START)) start = m.index + m[0].length;
  if (start < 0) return undefined;
  const clause = between.slice(start);
  if (!hasWords(clause)) return undefined;
  const named = roleNamedIn(clause, roles.occupationNames());
  return named !== undefined && named !== before.role ? named : undefined;
}

/** "$74k for mechatronics techs and $75k for …": the group a figure is said to be for, up to the next figure or clause. */
const FOR_GROUP = /^\s{0,3},?\s{0,3}(?:(?:a|an|per|each|year|hour|annually|yearly)\s{1,3}){0,3}(?:for|among)\s{1,3}([^$\d,;.:–—]{1,60})/iu;

export function forGroup(after: string, names: OccupationNames): number | undefined {
  const group = FOR_GROUP.exec(after)?.[1];
  return group === undefined ? undefined : roleNamedIn(group, names);
}
