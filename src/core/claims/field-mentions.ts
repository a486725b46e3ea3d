// A role named by its field where the field's word is not the worker noun's regular one:
// "journalism jobs" for a journalist, "dentistry careers" for a dentist, "physics positions" for a
// physicist, "medical transcription jobs", "marketing management", "retail sales jobs" (role-forms.ts makes the regular "-ist" -> "-y": phlebotomy, sonography). English
// forms these three ways and no rule says which, so a form counts only where the dataset's titles
// use the word ("Journalism Professor", "Dentistry Instructor"): "machinism" or "pharmacism" never.
import { headIndex, roleWords } from '../text/role-mentions.js';
import type { RoleSpan } from '../text/role-spans.js';
import { cachedRegex } from './regex-cache.js';
import { mayMatch, type AnchoredPattern } from './anchored.js';
import { escapeRegExp as escape, LATIN_LETTERS } from '../text/regex-source.js';
import type { ClaimRoles } from './claim-roles.js';
import { headForms, INITIALISM_SKIPS, modifierForms } from './short-forms.js';

const LETTER = `${LATIN_LETTERS}0-9`;
const WORK = String.raw`\s+(?:jobs|positions|employment|careers?|industry|field|sector|profession|work)`;

/**
 * "journalist" -> journalism, journalistry; "physicist" -> physics; "dentist" -> dentistry;
 * "transcriptionist" -> transcription (a field in "-ion" with "-ist" added); "manager" -> management;
 * "salesperson" -> sales.
 */
function irregularFields(noun: string): string[] {
  const lower = noun.toLowerCase();
  if (lower.endsWith('ager')) return [`${lower.slice(0, -1)}ment`];
  // "retail sales jobs" for a retail salesperson.
  if (lower.endsWith('person') && lower.length > 9) return [lower.slice(0, -6)];
  if (!lower.endsWith('ist') || lower.length < 6) return [];
  const stem = lower.slice(0, -3);
  return [`${stem}ism`, `${lower}ry`, ...(stem.endsWith('ic') ? [`${stem}s`] : []), ...(stem.endsWith('ion') ? [stem] : [])];
}

const memo = new WeakMap<ClaimRoles, Array<AnchoredPattern | undefined>>();

function fieldPatterns(roles: ClaimRoles): Array<AnchoredPattern | undefined> {
  return roles.map((role) => {
    const words = roleWords(role);
    const head = headIndex(words);
    if (head !== words.length - 1 || !roles.isTitleWord) return undefined;
    const fields = irregularFields(words[head]!).filter((field) => roles.isTitleWord!(field));
    if (fields.length === 0) return undefined;
    // With the role's modifiers the field alone names it; a bare field only before a word for the work.
    const before = words
      .slice(0, head)
      .map((w) => `${escape(w)}\\s+`)
      .join('');
    const tail = head > 0 ? `(?:${WORK})?` : WORK;
    const regex = cachedRegex(String.raw`(?<![${LETTER}])${before}(?:${fields.map(escape).join('|')})${tail}(?![${LETTER}])`, 'gi');
    return { regex, anchors: fields };
  });
}

/**
 * Words a data key spells for what it holds, not for whom ("x_salary_geo", "median_pay_pt_aide"):
 * never a role's token even where a role's title holds the word.
 */
const KEY_WORDS = new Set([
  'x',
  'salary',
  'salaries',
  'pay',
  'wage',
  'wages',
  'median',
  'mean',
  'average',
  'avg',
  'outlook',
  'growth',
  'jobs',
  'employment',
  'education',
  'hourly',
  'annual',
  'data',
  'year',
]);

/**
 * A data key opening a line, before its colon: "x_salary_geo:", or the same with spaces where the
 * salary reader spelled its underscores out ("x salary geo:"; lower case, a word of KEY_WORDS in it).
 */
const DATA_KEY = /^[ \t]{0,6}([a-z][a-z0-9]{0,30}(?:[_ ][a-z0-9]{1,30}){1,6})[ \t]{0,3}:/gm;

/** The lower-case tokens that name one role in a key: its words (a one-word compound's last part too), clipped forms and initialisms. */
function keyTokens(role: string): { words: Set<string>; prefixes: string[] } {
  const words = roleWords(role).map((w) => w.toLowerCase());
  const head = headIndex(words);
  const tokens = new Set(words.flatMap((w, i) => [w, ...(i === head ? headForms(w) : modifierForms(w))].map((f) => f.toLowerCase())));
  // "pt" of a physical therapist aide, "dre" of a director of religious education: the role's and its modifiers' initials.
  for (const part of [words, words.slice(0, head)]) {
    const letters = part.filter((w) => !INITIALISM_SKIPS.has(w)).map((w) => w[0]);
    if (letters.length >= 2) tokens.add(letters.join(''));
  }
  // "binder" of a "Bookbinder": the last part of a one-word compound.
  if (words.length === 1 && words[0]!.length >= 8) for (let at = 3; at <= words[0]!.length - 4; at++) tokens.add(words[0]!.slice(at));
  return { words: tokens, prefixes: words.filter((w) => w.length >= 5) };
}

/** The roles a key's token names: one of its tokens, or the start of one of its longer words ("geo" of "geological"). */
function rolesOfToken(token: string, all: ReadonlyArray<{ words: Set<string>; prefixes: string[] }>): number[] {
  if (token.length < 2 || KEY_WORDS.has(token) || /^\d/.test(token)) return [];
  return all.flatMap((tokens, role) => (tokens.words.has(token) || tokens.prefixes.some((w) => startsWord(w, token)) ? [role] : []));
}

/** "geo" of "geological", "ads" of "advertising" (a clipped plural): three letters or more, or two and a plural "s". */
function startsWord(word: string, token: string): boolean {
  if (token.length >= 3 && word.length > token.length && word.startsWith(token)) return true;
  return token.length === 3 && token.endsWith('s') && word.startsWith(token.slice(0, 2)) && !word.startsWith(token);
}

const keyMemo = new WeakMap<ClaimRoles, Array<{ words: Set<string>; prefixes: string[] }>>();

/**
 * A data key's token that names one role only: front matter and data cards write "x_salary_geo:
 * \"$52,440\"" and "x_outlook_pt_aide: 3%" with the role clipped ("geo", "env", "psych"), as an
 * initialism ("pt", "dre") or by one of its words ("meter", "press"). A key whose tokens name both
 * roles ("aide" alone) names neither.
 */
function keySpans(text: string, roles: ClaimRoles): RoleSpan[] {
  if (roles.length < 2 || !text.includes(':')) return [];
  let all = keyMemo.get(roles);
  if (!all) keyMemo.set(roles, (all = roles.map(keyTokens)));
  const found: RoleSpan[] = [];
  for (const m of text.matchAll(DATA_KEY)) {
    const key = m[1]!;
    const snake = key.includes('_');
    const tokens = key.split(snake ? '_' : ' ');
    if (!snake && !tokens.some((token) => KEY_WORDS.has(token))) continue;
    let at = m.index + m[0].indexOf(key);
    const named: RoleSpan[] = [];
    for (const token of tokens) {
      const owners = rolesOfToken(token.toLowerCase(), all);
      if (owners.length === 1) named.push({ start: at, end: at + token.length, role: owners[0]! });
      at += token.length + 1;
    }
    if (named.length > 0 && named.every((span) => span.role === named[0]!.role)) found.push(named[named.length - 1]!);
  }
  return found;
}

/**
 * A school's own program named by a role's field ("Our Aerospace Technology AAS", "our Ph.D.
 * program in chemistry", "our 2-year Metrology & Calibration certificate"): the job it trains for
 * is the one compared role whose modifiers it writes. Where it writes both roles' or neither's, none.
 */
const PROGRAM =
  /(?<![A-Za-z])our\s{1,3}((?:[A-Za-z0-9.&'’-]{1,20}\s{1,3}){0,5}?)(?:AAS|A\.A\.S\.|programs?|certificates?)(?![A-Za-z])(?:\s{1,3}in\s{1,3}([A-Za-z-]{3,20}(?:\s{1,3}[A-Za-z-]{3,20})?))?/gi;

const programMemo = new WeakMap<ClaimRoles, ReadonlyArray<ReadonlySet<string>>>();

function programSpans(text: string, lower: string, roles: ClaimRoles): RoleSpan[] {
  // " our " (not "your", "hour", "four"), then a program's word: most blocks stop at the first test.
  const ours = lower.startsWith('our ') || lower.includes(' our ');
  if (roles.length < 2 || !ours || !(lower.includes('program') || lower.includes('aas') || lower.includes('certificate'))) return [];
  let all = programMemo.get(roles);
  if (!all)
    programMemo.set(
      roles,
      (all = roles.map((role) => {
        const words = roleWords(role);
        const modifiers = words.slice(0, headIndex(words)).filter((w) => w.length >= 3 && !INITIALISM_SKIPS.has(w.toLowerCase()));
        return new Set(modifiers.flatMap((w) => modifierForms(w).map((f) => f.toLowerCase())));
      })),
    );
  const found: RoleSpan[] = [];
  for (const m of text.matchAll(PROGRAM)) {
    const said = `${m[1] ?? ''} ${m[2] ?? ''}`.toLowerCase().split(/[^a-z-]+/);
    const owners = all.flatMap((tokens, role) => (said.some((w) => tokens.has(w)) ? [role] : []));
    if (owners.length === 1) found.push({ start: m.index, end: m.index + m[0].length, role: owners[0]! });
  }
  return found;
}

/** Where the text names a compared role by the field its title's worker noun forms irregularly, in a data key or a school's program (above). */
export function fieldSpans(text: string, lower: string, roles: ClaimRoles): RoleSpan[] {
  const keyed = [...keySpans(text, roles), ...programSpans(text, lower, roles)];
  return keyed.length === 0 ? irregularSpans(text, lower, roles) : [...keyed, ...irregularSpans(text, lower, roles)];
}

function irregularSpans(text: string, lower: string, roles: ClaimRoles): RoleSpan[] {
  if (!roles.isTitleWord) return [];
  let patterns = memo.get(roles);
  if (!patterns) memo.set(roles, (patterns = fieldPatterns(roles)));
  return patterns.flatMap((pattern, role) =>
    pattern && mayMatch(pattern, text, lower)
      ? [...text.matchAll(pattern.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, role }))
      : [],
  );
}
