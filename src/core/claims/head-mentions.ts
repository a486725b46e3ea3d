// A compared role named by its head noun alone: in "Train Conductor vs. Locomotive Engineer" a
// site writes "conductors earn $79,100" and heads a table column "Conductor"; in "Police
// Dispatcher vs. Emergency Management Director", "Dispatchers held about 105,600 jobs". The
// head noun names that role only when no other compared role has a head noun of its kind
// ("technician" and "technologist" are one kind) or the word in its title, and only bare or
// after a word that names no other kind of worker: "911 dispatchers" is an O*NET name of the
// role's own occupation and "experienced dispatchers" names no occupation, but "civil engineers"
// in an article about locomotive engineers are BLS's Civil Engineers, not the role.
import { agreeWords, familyWords, headNouns } from '../dataset/names/head-noun.js';
import { stem } from '../dataset/names/normalize.js';
import { headIndex, pluralize, roleWords } from '../text/role-mentions.js';
import type { RoleSpan } from '../text/role-spans.js';
import type { ClaimRoles } from './claim-roles.js';
import { cachedRegex } from './regex-cache.js';
import { mayMatch, type AnchoredPattern } from './anchored.js';
import { escapeRegExp as escape, LATIN_LETTERS } from '../text/regex-source.js';
import { isNameStopWord, namedRuns, nameKey } from './named-mentions.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { headForms, modifierForms } from './short-forms.js';

/** Head nouns every kind of job has: "workers" alone names no one role. */
const GENERAL_HEADS = new Set(['worker', 'employee', 'professional', 'person', 'member', 'hand', 'staff', 'personnel']);

const LETTER = `${LATIN_LETTERS}0-9`;

/** Nouns a forum gives any worker after the role's own modifiers ("parts guys", "septic guys"). */
const INFORMAL = ['guy'];

interface HeadPattern extends AnchoredPattern {
  /** The role's own modifiers and their clipped forms, in lower case. */
  readonly own: ReadonlySet<string>;
}

/** Whether another of `roles` has these words in its title ("school" in both "Elementary School Teacher" and "High School Teacher"). */
function inOther(roles: readonly string[], index: number, modifiers: readonly string[]): boolean {
  const phrase = ` ${modifiers.join(' ').toLowerCase()} `;
  return roles.some((other, i) => i !== index && ` ${roleWords(other).join(' ').toLowerCase()} `.includes(phrase));
}

/**
 * The pattern of each role's head noun after its last modifiers, or after none ("network
 * architects" for a computer network architect, "lab techs" for a medical lab technician,
 * "dispatchers" for a police dispatcher): each form only where no other compared role has those
 * modifiers in its title, and the bare head noun only where no other role's head is the same noun
 * ("technician" and "technologist" are: "techs" alone names neither) or a word of its title.
 */
function headPatterns(roles: readonly string[]): Array<HeadPattern | undefined> {
  const heads = roles.map((role) => headNouns(role));
  return roles.map((role, index) => {
    const words = roleWords(role);
    const head = headIndex(words);
    if (head === 0 || head !== words.length - 1) return undefined;
    const noun = words[head]!.toLowerCase();
    const mine = heads[index]!;
    const shared =
      GENERAL_HEADS.has(noun) ||
      roles.some(
        (other, i) =>
          i !== index &&
          (heads[i]!.some((h) => mine.some((m) => agreeWords(h, m, false))) ||
            roleWords(other).some((w) => mine.includes(stem(w.toLowerCase())))),
      );
    const plural = (nouns: readonly string[]) => [...new Set(nouns.flatMap((n) => [pluralize(n), `${n}s`, n]))].map(escape).join('|');
    const alone = [noun, ...headForms(noun)];
    const alternatives: string[] = [];
    // Longest first: the alternation tries them in order at each position.
    for (let kept = head - 1; kept >= 0; kept--) {
      const modifiers = words.slice(head - kept, head);
      if (kept === 0 ? shared : inOther(roles, index, modifiers)) continue;
      const before = modifiers.map((m) => String.raw`(?:${modifierForms(m).map(escape).join('|')})\s+`).join('');
      // After the role's own modifiers the head's family names it too ("lab techs"), as in role-forms.ts.
      alternatives.push(`${before}(?:${plural(kept === 0 ? alone : [...alone, ...familyWords(role), ...INFORMAL])})`);
    }
    // "parts guys" for a parts salesperson: all the role's modifiers before a forum's noun.
    const all = words
      .slice(0, head)
      .map((m) => String.raw`(?:${modifierForms(m).map(escape).join('|')})`)
      .join(String.raw`\s+`);
    alternatives.push(String.raw`${all}\s+(?:${plural(INFORMAL)})`);
    // "env techs" for an environmental science technician, "septic guys" for a septic tank servicer: the
    // first modifier alone before the head noun, where no other role's title has it.
    const first = words[0]!;
    if (head >= 2 && !inOther(roles, index, [first]) && !GENERAL_HEADS.has(noun))
      alternatives.push(
        String.raw`(?:${modifierForms(first).map(escape).join('|')})\s+(?:${plural([...alone, ...familyWords(role), ...INFORMAL])})`,
      );
    if (alternatives.length === 0) return undefined;
    const regex = cachedRegex(String.raw`(?<![${LETTER}-])(?:${alternatives.join('|')})(?:['’]s?)?(?![${LETTER}-])`, 'gi');
    const own = new Set(words.slice(0, head).flatMap((m) => modifierForms(m).map((f) => f.toLowerCase())));
    // Anchored on what singular and plural share: "midwife" is not in "midwives".
    const anchors = (head > 1 ? [...alone, ...familyWords(role), ...INFORMAL] : [...alone, ...INFORMAL]).map(stemOfPlural);
    return { regex, anchors, own };
  });
}

/** The letters a noun and its plural share from the start ("midwife", "midwives" -> "midwi"). */
function stemOfPlural(noun: string): string {
  const plural = pluralize(noun);
  let n = 0;
  while (n < noun.length && n < plural.length && noun[n]!.toLowerCase() === plural[n]!.toLowerCase()) n++;
  return noun.slice(0, n);
}

const memo = new WeakMap<ClaimRoles, Array<HeadPattern | undefined>>();
const byRoles = new Map<string, Array<HeadPattern | undefined>>();

const DEMONSTRATIVE = /^(?:these|those)$/iu;

/** How far back a sentence of the same paragraph is looked for before a demonstrative's noun. */
const BACK = 400;

/** Whether a sentence of the same paragraph ends within BACK characters before `at` (walked back by hand). */
function afterSentence(text: string, at: number): boolean {
  for (let i = at - 1; i > 0 && i >= at - BACK; i--) {
    const c = text[i]!;
    if (c === '\n' && text[i - 1] === '\n') return false;
    if ((c === ' ' || c === '\n') && /[.!?]/u.test(text[i - 1]!)) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const WORD_PART = /^[\p{L}\p{N}'’-]$/u;

/**
 * The word right before `at` when only spaces part them ("911" in "911 dispatchers"): up to 31
 * characters within the 40 before `at`, starting with a letter or digit. Walked back by hand: a
 * pattern anchored at the end is tried from every position of the window (a fifth of the time
 * spent finding role mentions).
 */
function wordBefore(text: string, at: number): string | undefined {
  const floor = Math.max(0, at - 40);
  let end = at;
  while (end > floor && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  if (end === at || end === floor) return undefined;
  let start = end;
  while (start > floor && end - start < 31 && WORD_PART.test(text[start - 1]!)) start--;
  while (start < end && !LETTER_OR_DIGIT.test(text[start]!)) start++;
  return start < end ? text.slice(start, end) : undefined;
}

/** Whether the word before a head noun leaves it naming role `index` (see above). */
function safeModifier(word: string, noun: string, index: number, own: ReadonlySet<string>, roles: ClaimRoles): boolean {
  const lower = word.toLowerCase();
  if (isNameStopWord(lower) || own.has(lower)) return true;
  const owners = roles.occupationNames?.().get(nameKey(`${lower} ${noun}`));
  if (owners) return owners.size === 1 && owners.has(index);
  return !(roles.isOccupationWord?.(lower) ?? true);
}

/** Where the text names a compared role by its head noun alone. */
export function headNounSpans(text: string, lower: string, roles: ClaimRoles): RoleSpan[] {
  if (roles.length < 2) return [];
  let patterns = memo.get(roles);
  if (!patterns) {
    // The same pair of roles recurs across articles, and pluralising their nouns is not free.
    const key = roles.join('\u0000');
    patterns = byRoles.get(key);
    if (!patterns) {
      if (byRoles.size >= 1024) byRoles.clear();
      byRoles.set(key, (patterns = headPatterns(roles)));
    }
    memo.set(roles, patterns);
  }
  const found: RoleSpan[] = [];
  patterns.forEach((pattern, index) => {
    if (!pattern || !mayMatch(pattern, text, lower)) return;
    for (const m of text.matchAll(pattern.regex)) {
      const before = wordBefore(text, m.index);
      // "About 1,900 openings for these physicians": a bare head noun after a demonstrative points
      // back to the people its paragraph last named (attribution.ts reads them), not to the role of
      // that head; in the paragraph's first sentence ("These technicians typically earn …") it
      // points forward, to its own role.
      if (before !== undefined && DEMONSTRATIVE.test(before) && !/\s/u.test(m[0]) && afterSentence(text, m.index)) continue;
      if (before !== undefined && !safeModifier(before, m[0].replace(/['’]s?$/u, ''), index, pattern.own, roles)) continue;
      found.push({ start: m.index, end: m.index + m[0].length, role: index });
    }
  });
  return found;
}

/**
 * "a median of $61,010 for HVAC": a role whose name starts with an acronym of three to six capitals
 * ("HVAC Tech", "CNC Machinist") is named by the acronym alone, as written (capitals only: "ICU"
 * is no "icu"), where no other compared role's name writes it. Its mentions beside the head noun
 * ("HVAC techs") are the role's longer spans, which win where the two overlap.
 */
export function acronymSpans(text: string, roles: readonly string[]): RoleSpan[] {
  const found: RoleSpan[] = [];
  roles.forEach((role, index) => {
    const words = roleWords(role);
    const first = words[0]!;
    if (words.length < 2 || !/^[A-Z]{3,6}$/u.test(first) || !text.includes(first)) return;
    if (roles.some((other, i) => i !== index && roleWords(other).some((w) => w.toUpperCase() === first))) return;
    for (const m of text.matchAll(cachedRegex(String.raw`(?<![${LETTER}-])${first}(?![${LETTER}-])`, 'g')))
      found.push({ start: m.index, end: m.index + first.length, role: index });
  });
  return found;
}

/**
 * The spans, with the roles a sentence holding a head-noun span names in words only the dataset
 * knows: in "QA analysts earn $X, and DBAs $Y", "DBAs" (a database administrator's O*NET name)
 * stands between "analysts" and the second figure, which is not the analyst's. Those names are
 * otherwise looked up only for a claim left without a role; a bare head noun is weaker evidence,
 * so its sentence is read for them too (only sentences holding one: most hold none).
 */
export function withNamedRuns(text: string, spans: readonly RoleSpan[], heads: ReadonlySet<RoleSpan>, roles: ClaimRoles): RoleSpan[] {
  const kept = spans.filter((span) => heads.has(span));
  if (!roles.occupationNames || kept.length === 0) return [...spans];
  const names = roles.occupationNames();
  const sentences = sentenceStarts(text);
  const added: RoleSpan[] = [];
  for (const sentence of new Set(kept.map((span) => segmentAt(sentences, span.start)))) {
    const from = sentences[sentence] ?? 0;
    for (const run of namedRuns(text.slice(from, sentences[sentence + 1] ?? text.length), names)) {
      const [start, end] = [from + run.start, from + run.end];
      if (!spans.some((s) => s.start < end && start < s.end)) added.push({ start, end, role: run.role });
    }
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}
