// The one role matcher: lint's salary rules, the hover, the preview, `roles` and New Article
// all ask it, so they never disagree. On top of the index's exact match (normalised names,
// abbreviations spelled out, O*NET's parenthetical forms) it checks that the head noun agrees
// with the occupation, and says how the name matched so findings can tell the author why.
import { familyWords, headAgrees, headUsual } from './head-noun.js';
import {
  ambiguousLetters,
  expansionAgrees,
  expansionsOf,
  functionManager,
  shortFormOf,
  withoutResiduals,
  byShortForm,
  byTitleWords,
} from './match-rules.js';
import { forms, generalHead } from './forms.js';
import { literalKey } from './normalize.js';
import { byTitleEvidence, titleNaming } from './title-evidence.js';
import type { Occupation, RoleIndex, RoleMatch } from '../types.js';

/** How a role name met its occupation. */
export type MatchKind = 'exact' | 'alias' | 'alternate' | 'abbreviation' | 'pinned' | 'function' | 'related';

export interface KindedMatch extends RoleMatch {
  kind: MatchKind;
}

export interface RoleResolution {
  /** Occupations the role means (several when the name is ambiguous); empty when unknown or weak. */
  matches: KindedMatch[];
  /** Exact name matches set aside because the head noun disagrees ("Network Contractor" -> Insurance Sales Agents). */
  weak: RoleMatch[];
}

const KIND_WORDS: Record<MatchKind, string> = {
  exact: 'title',
  alias: 'workspace alias',
  alternate: 'alternate title',
  abbreviation: 'abbreviation of',
  pinned: 'SOC code',
  function: 'C-level title by its function:',
  related: 'related title',
};

/** "alternate title “HVAC Tech (…)”": how a match is named in messages, the hover and `roles`. */
export function describeMatch(match: RoleMatch & { kind?: MatchKind }): string {
  const kind = match.kind ?? (match.via === 'title' ? 'exact' : match.via);
  return `${KIND_WORDS[kind]} "${match.matched}"`;
}

function kindOf(role: string, match: RoleMatch): MatchKind {
  if (match.via === 'pinned' || match.via === 'alias') return match.via;
  const written = literalKey(role);
  const alike = [...forms(match.matched), generalHead(match.matched) ?? ''].some((form) => literalKey(form) === written);
  if (!alike) return 'abbreviation';
  return match.via === 'title' ? 'exact' : 'alternate';
}

/**
 * Kinds a match on, keeping only occupations whose head noun agrees (titles and aliases always
 * do), or that the alternate title's own expansion names ("PA" in "Physician Assistant (PA)").
 */
export function kindMatches(role: string, found: readonly RoleMatch[]): RoleResolution {
  const matches: KindedMatch[] = [];
  const weak: RoleMatch[] = [];
  for (const match of found) {
    const title = match.occupation.title;
    const agrees = match.via !== 'alternate' || headAgrees(role, title) || expansionAgrees(role, match);
    if (agrees) matches.push({ ...match, kind: kindOf(role, match) });
    else weak.push(match);
  }
  // Nothing agrees: an occupation whose own alternate titles commonly use the role's head noun is it.
  if (matches.length === 0) {
    const usual = weak.filter((match) => headUsual(role, match.occupation.alternateTitles));
    if (usual.length > 0) {
      const kinded = usual.map((match) => ({ ...match, kind: kindOf(role, match) }));
      return { matches: withoutResiduals(role, kinded), weak: weak.filter((match) => !usual.includes(match)) };
    }
  }
  return { matches: withoutResiduals(role, matches), weak };
}

/** "Brand Director" -> "Brand Manager": the role with its head noun swapped for one of its family. */
function relatedNames(role: string): string[] {
  const parts = role.trim().split(' ');
  if (parts.length < 2) return [];
  return familyWords(role).map((word) => [...parts.slice(0, -1), word[0]!.toUpperCase() + word.slice(1)].join(' '));
}

function resolve(index: RoleIndex, role: string): RoleResolution {
  const found = index.match(role);
  if (ambiguousLetters(role, found, index.occupations)) return { matches: [], weak: [] };
  const answer = kindMatches(role, found);
  const names = [role, ...answer.matches.flatMap((match) => expansionsOf(role, match.matched))];
  for (const name of names) {
    const manager = functionManager(index, name);
    if (manager) return { matches: [{ ...manager, kind: 'function' }], weak: [] };
  }
  // No title is the role's own name: a BLS title holding all its words is read beside O*NET's names for it.
  const titled = answer.matches.some((match) => match.kind === 'exact') ? undefined : titleNaming(index.occupations, role);
  if (titled && !answer.matches.some((match) => match.occupation === titled.occupation))
    answer.matches.unshift({ ...titled, kind: 'related' });
  if (answer.matches.length > 0 || answer.weak.length > 0)
    return { ...answer, matches: byTitleEvidence(role, byTitleWords(role, byShortForm(role, answer.matches))) };
  // Nothing has the name: an exact title with a related head ("Public Affairs Director") beats any fuzzy guess.
  for (const name of relatedNames(role)) {
    const related = kindMatches(name, index.match(name)).matches;
    if (related.length > 0) return { matches: related.map((match) => ({ ...match, kind: 'related' })), weak: [] };
  }
  const short = shortFormOf(index, role);
  return short ? { matches: [{ ...short, kind: 'related' }], weak: [] } : answer;
}

// Every claim asks about its role, so an article asks about the same two roles dozens of
// times: answers are kept per index (an index never changes; a new dataset is a new index).
const answers = new WeakMap<RoleIndex, Map<string, RoleResolution>>();
const ANSWERS_KEPT = 1000;

export function matchRole(index: RoleIndex, role: string): RoleResolution {
  let known = answers.get(index);
  if (!known) answers.set(index, (known = new Map<string, RoleResolution>()));
  let answer = known.get(role);
  if (!answer) {
    if (known.size >= ANSWERS_KEPT) known.clear();
    known.set(role, (answer = resolve(index, role)));
  }
  // Fresh arrays: a caller may sort or filter what it got.
  return { matches: [...answer.matches], weak: [...answer.weak] };
}

/** The nearest occupations for a role no name matched, for "did you mean". */
export function nearestOccupations(index: RoleIndex, role: string, limit: number): Occupation[] {
  return index.suggest(role, limit);
}
