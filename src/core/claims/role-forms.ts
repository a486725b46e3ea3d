// The looser names a claim's sentence gives a compared role, beside its title (role-spans.ts):
// authors rarely spell "Registered Nurse" out in every sentence. They write the initialism
// ("RNs earn", "NP jobs", "the top 10% of RNs'"), a credential form of it ("CRNAs" for nurse
// anesthetists: leading credential letters before the role's own initials), the role's
// modifiers with another noun of its head's family ("HVAC techs", "HVAC mechanics" for an HVAC
// technician) and BLS's coordinated titles ("licensed practical and licensed vocational nurses").
// The title's own mentions win where the two overlap.
import { familyWords } from '../dataset/names/head-noun.js';
import { headIndex, pluralize, roleWords } from '../text/role-mentions.js';
import { findRoleSpans, type RoleSpan } from '../text/role-spans.js';
import type { ClaimRoles } from './claim-roles.js';
import {
  headForms,
  INITIALISM_SKIPS,
  modifierForms,
  OPTIONAL_MODIFIERS,
  possessiveForms,
  specialtyForms,
  tradeFields,
} from './short-forms.js';
import { acronymSpans, headNounSpans, withNamedRuns } from './head-mentions.js';
import { fieldSpans } from './field-mentions.js';
import { anchoredMatches, type AnchoredPattern } from './anchored.js';
import { escapeRegExp as escape, LATIN_LETTERS } from '../text/regex-source.js';

// Letters as a plain class (text/regex-source.ts says why): with \p{L} under the u flag, compiling
// a role's patterns took 1.6 ms against 0.13 ms, doubling the CPU per article on 1,000 articles.
const LETTER = LATIN_LETTERS;
const WORD_CHAR = `[${LETTER}0-9]`;
const POSSESSIVE = String.raw`(?:s['’]|['’]s|s)?`;

/**
 * "Licensed Practical Nurse" -> "LPN", "Speech-Language Pathologist" -> "SLP" (each part of a
 * hyphenated word gives its letter); undefined for a one-word role (a lone capital names nothing).
 */
export function initialism(role: string): string | undefined {
  const words = roleWords(role)
    .flatMap((w) => w.split('-'))
    .filter((w) => w && !INITIALISM_SKIPS.has(w.toLowerCase()));
  if (words.length < 2) return undefined;
  return words.map((w) => w[0]!.toUpperCase()).join('');
}

/**
 * The field a worker noun names: engineer -> engineering, nurse -> nursing, accountant ->
 * accounting, sonographer -> sonography, designer -> design (a trade's gerund, plumber -> plumbing, is short-forms.ts's).
 */
function fieldsOf(noun: string, modified: boolean): string[] {
  const lower = noun.toLowerCase();
  // A professor's or lecturer's field is teaching ("environmental science teaching is a growing field").
  if (TEACHERS.has(lower)) return ['teaching'];
  if (lower.endsWith('ant')) return [`${lower.slice(0, -3)}ing`];
  // sonographer -> sonography, phlebotomist -> phlebotomy: a "-grapher"'s or "-ist"'s field ends in "y".
  if (lower.endsWith('pher')) return [`${lower.slice(0, -2)}y`];
  if (lower.endsWith('ist') && lower.length > 6) return [`${lower.slice(0, -3)}y`];
  // planner -> planning, carver -> carving: the work of an "-er" is its stem's gerund, after the
  // role's own modifiers only ("event planning"): alone it is any job's verb ("developing jobs").
  if (lower.endsWith('er')) return [`${lower}ing`, lower.slice(0, -2), ...(modified ? [`${lower.slice(0, -2)}ing`] : [])];
  if (lower.endsWith('e')) return [`${lower.slice(0, -1)}ing`];
  return [];
}

/**
 * A field asked about or called a line of work ("Is proofreading a good career?", "labor relations
 * is a shrinking field"): the field alone then names its worker. Only what follows is looked at; a
 * field that merely grows or pays ("Roofing is projected to grow") still names no one.
 */
const AS_SUBJECT = String.raw`(?=\s{1,3}(?:(?:is|was)\s{1,3})?(?:a|an)\s{1,3}(?:[${LETTER}-]{1,20}\s{1,3}){0,2}(?:career|field|job|profession|trade|occupation)(?![${LETTER}]))`;

/**
 * A field a source is quoted on ("BLS says bookbinding is going to grow 6%", "per BLS logging is
 * much faster than average"): BLS reports occupations, so the field it reports on names its worker
 * (a field said to grow with no source, "Roofing is projected to grow", still names no one).
 */
const SOURCE_PHRASE = String.raw`(?:(?:BLS|Bureau\s{1,3}of\s{1,3}Labor\s{1,3}Statistics|OOH)\s{1,3}(?:says|said|projects|projected|expects|reports)|(?:per|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:BLS|OOH)(?:\s{1,3}data)?,?)\s{1,3}`;
const SOURCE_BEFORE = `(?<=${SOURCE_PHRASE})`;
// A pay verb too: "per BLS remote sensing pays $165k", "per BLS loss prevention makes $62k".
const SOURCE_VERB = String.raw`(?=\s{1,3}(?:is|are|was|will|has|keeps|pays|paid|makes|made|earns|earned|averages|averaged)(?![${LETTER}]))`;
const sourced = (field: string) => `${SOURCE_BEFORE}(?:${field})${SOURCE_VERB}`;
/**
 * Whether a text quotes a source as SOURCE_BEFORE does, anywhere: a sourced alternative can match
 * only where it does. Most blocks quote none, and V8 compiles SOURCE_BEFORE's lookbehind slowly (a
 * few ms per role's pattern, much of a first sight of a role): such a block is scanned with the
 * pattern without that alternative, which matches exactly what the whole one does there.
 */
const QUOTES_SOURCE = new RegExp(SOURCE_PHRASE, 'i');

/** A role's pattern, and the same pattern without its sourced alternative (for text that quotes no source). */
interface RolePattern extends AnchoredPattern {
  readonly unsourced?: AnchoredPattern;
}

const patternCache = new Map<string, RolePattern[]>();

/** Head nouns of a role named by the subject it teaches ("Communications Professor", "Welding Instructor"). */
const TEACHERS = new Set(['teacher', 'professor', 'instructor', 'lecturer']);

/** Head nouns of a machine's minder, whom sites call by the work the machine does. */
const MINDERS = new Set(['operator', 'operators', 'tender', 'tenders']);

/**
 * The worker a machine operator's first gerund modifier names: "Sewing Machine Operator" ->
 * "sewer", "Continuous Mining Machine Operator" -> "miner", "Drilling Machine Tender" -> "driller".
 * Only a gerund: a noun's agent ("Train Operator" -> "trainer") is another job.
 */
function operatorAgent(words: readonly string[], head: number): string | undefined {
  if (head !== words.length - 1 || !MINDERS.has(words[head]!.toLowerCase())) return undefined;
  const gerund = words.slice(0, head).find((w) => /^[a-z]{3,}ing$/i.test(w));
  return gerund === undefined ? undefined : `${gerund.slice(0, -3).toLowerCase()}er`;
}

/** Letters that are a word in lower case: "it managers" is no IT manager's. */
const LOWER_WORDS = new Set([
  'it',
  'us',
  'as',
  'or',
  'an',
  'in',
  'on',
  'at',
  'to',
  'be',
  'do',
  'go',
  'he',
  'me',
  'we',
  'no',
  'so',
  'up',
  'of',
  'is',
  'my',
  'by',
  'am',
  'hr',
]);

/**
 * How sites write a role's modifier letters before its noun: as capitals ("HR specialists"), in a
 * forum's lower case when no word ("cs profs"), and with the ampersand of two joined words ("T&D
 * managers" for training and development managers, as "R&D" is written).
 */
function letterForms(modifiers: readonly string[], letters: string): string[] {
  const forms = [letters];
  if (!LOWER_WORDS.has(letters.toLowerCase())) forms.push(letters.toLowerCase());
  const joined = modifiers.length === 3 && /^(?:and|&)$/i.test(modifiers[1]!) && letters.length === 2;
  if (joined) forms.push(`${letters[0]}&${letters[1]}`);
  return forms;
}

/** Head nouns of a worker named by the trade it helps: BLS titles them "Helpers--Carpenters". */
const HELPERS = new Set(['helper', 'apprentice']);

/**
 * "Electrician Helper", "Carpenter's Helper": sites write the trade's workers as owners
 * ("electricians' helpers") and BLS's "Helpers--Electricians" with a dash or in words ("helpers to
 * electricians", "helpers for carpenters").
 */
function helperForms(
  modifiers: readonly string[],
  noun: string,
  add: (regex: RegExp, anchors: readonly string[], cased: boolean, leading: number) => void,
) {
  const bases = modifiers.map((m) => {
    const lower = m.toLowerCase();
    return possessiveForms(lower)[0] ?? lower;
  });
  const last = bases[bases.length - 1]!;
  const lead = bases
    .slice(0, -1)
    .map((b) => String.raw`${escape(b)}\s+`)
    .join('');
  const trade = `${lead}(?:${[...new Set([last, pluralize(last), `${last}s`])].map(escape).join('|')})`;
  const helper = `${escape(noun.toLowerCase())}s?`;
  add(new RegExp(String.raw`(?<!${WORD_CHAR})${trade}(?:['’]s?)?\s+${helper}(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), [bases[0]!], false, 0);
  const joint = String.raw`(?:\s{0,2}(?:-{1,2}|[—–])\s{0,2}|\s{1,3}(?:to|for)\s{1,3}(?:the\s{1,3})?)`;
  add(new RegExp(String.raw`(?<!${WORD_CHAR})${helper}${joint}${trade}(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), [noun.toLowerCase()], false, 0);
}

/** Where one works in a field ("in", "into", "work(s|ed) in"): bounded, so it looks back a few characters only. */
const WORKS_IN = String.raw`(?<=(?<![${LETTER}])(?:in|into)\s{1,3})`;

/** "remote sensing", "substance abuse": the role's leading modifiers (two or more) as a field one works in. */
function workNamed(modifiers: readonly string[]): string {
  const prefixes = modifiers
    .slice(1)
    .map((_, i) =>
      modifiers
        .slice(0, i + 2)
        .map(escape)
        .join(String.raw`\s+`),
    )
    .reverse();
  const field = `(?:${prefixes.join('|')})`;
  return `|${WORKS_IN}${field}`;
}

function patternsFor(role: string): RolePattern[] {
  const cached = patternCache.get(role);
  if (cached) return cached;
  const patterns: RolePattern[] = [];
  // `leading`: how far before an anchor a match may start (anchored.ts), where every match starts at one.
  // `unsourced`: the regex without its sourced alternative, if it has one.
  const add = (regex: RegExp, anchors: readonly string[], cased = false, leading?: number, unsourced?: RegExp) => {
    const pattern = { regex, anchors: cased ? anchors : anchors.map((a) => a.toLowerCase()), cased, leading };
    patterns.push(unsourced ? { ...pattern, unsourced: { ...pattern, regex: unsourced } } : pattern);
  };
  const letters = initialism(role);
  if (letters && /^[A-Z]+$/.test(letters)) {
    // Case-sensitive: "PA" is an initialism, "pa" a word. Credential letters ("CR" in "CRNA") only
    // in a token of four or more capitals, so a different three-letter one ("CPA") is not the "PA".
    const credential = `[A-Z]{${Math.max(1, 4 - letters.length)},2}`;
    add(new RegExp(String.raw`(?<!${WORD_CHAR})(?:${credential})?${letters}${POSSESSIVE}(?!${WORD_CHAR})`, 'g'), [letters], true, 2);
  }
  const words = roleWords(role);
  const head = headIndex(words);
  const modifiers = words.slice(0, head);
  const clipped = head === words.length - 1 ? headForms(words[head]!) : [];
  if (modifiers.length === 0 && clipped.length > 0) {
    // A one-word role's clipped form alone ("medics" for paramedics).
    const forms = clipped.map((c) => `${escape(c)}s?`).join('|');
    add(new RegExp(String.raw`(?<!${WORD_CHAR})(?:${forms})(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), clipped, false, 0);
  }
  if (/^[A-Z]{2,4}(?:[-/][A-Z]{2,4})+$/.test(role.trim())) {
    // "OB-GYN": doctors say either part ("OB takes call"), as capitals (case-sensitive: "ob" is no one).
    const parts = role.trim().split(/[-/]/);
    add(new RegExp(String.raw`(?<!${WORD_CHAR})(?:${parts.map(escape).join('|')})${POSSESSIVE}(?![${LETTER}0-9/-])`, 'g'), parts, true, 0);
  }
  const specialty = specialtyForms(words);
  if (specialty.length > 0) {
    // "rads average $359,820", "ortho makes like $717k": a specialist named by the clipped specialty.
    const forms = specialty.map(escape).join('|');
    add(new RegExp(String.raw`(?<!${WORD_CHAR})(?:${forms})(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), specialty, false, 0);
  }
  if (modifiers.length > 0 && head === words.length - 1) {
    const nouns = [words[head]!, ...clipped, ...familyWords(role)];
    const forms = [...new Set(nouns.flatMap((n) => [pluralize(n), `${n}s`, n]))].map(escape).join('|');
    // Each modifier as written or clipped ("vet techs"); "school" may be left out ("elementary teachers").
    const before = modifiers
      .map((m, i) => {
        const forms = `(?:${modifierForms(m).map(escape).join('|')})`;
        return i > 0 && OPTIONAL_MODIFIERS.has(m.toLowerCase()) ? String.raw`(?:\s+${forms})?` : i > 0 ? String.raw`\s+${forms}` : forms;
      })
      .join('');
    // "licensed practical and licensed vocational nurses": another kind joined before the head noun.
    const joined = String.raw`(?:,?\s+(?:and|or)\s+[${LETTER}-]{1,20}(?:\s+[${LETTER}-]{1,20}){0,2})?`;
    // After a clipped modifier the head may be written solid ("netadmins").
    const clips = modifierForms(modifiers[modifiers.length - 1]!)
      .slice(1)
      .map(escape);
    const gap = clips.length > 0 ? String.raw`(?:\s+|-|(?<=${clips.join('|')}))` : String.raw`\s+`;
    add(
      new RegExp(String.raw`(?<!${WORD_CHAR})${before}${joined}${gap}(?:${forms})(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'),
      modifierForms(modifiers[0]!),
      false,
      0,
    );
    // "HR specialists" for a human resources specialist, "QA analysts" for a quality assurance
    // analyst: the modifiers' initialism before the head noun (capitals only, as written).
    const modifierLetters = initialism(modifiers.join(' '));
    if (modifierLetters && /^[A-Z]+$/.test(modifierLetters)) {
      // The letters stay case-sensitive ("it" is a word); the noun may be capitalised or not.
      const cased = [forms.toLowerCase(), forms.replace(/(^|\|)(\p{L})/gu, (_, bar: string, c: string) => bar + c.toUpperCase())];
      const noun = cased.join('|');
      // Lower-case letters are anchored with the space after them: "lp" stands inside many words ("help").
      for (const letters of letterForms(modifiers, modifierLetters)) {
        const regex = new RegExp(String.raw`(?<!${WORD_CHAR})${escape(letters)}\s+(?:${noun})(?:['’]s?)?(?!${WORD_CHAR})`, 'g');
        add(regex, [letters === modifierLetters ? letters : `${letters} `], true, 0);
      }
    }
  }
  if (modifiers.length > 0 && head === words.length - 1 && HELPERS.has(words[head]!.toLowerCase()))
    helperForms(modifiers, words[head]!, add);
  const agent = operatorAgent(words, head);
  if (agent !== undefined) {
    // "Sewers earn …" for sewing machine operators, "miners" for continuous mining machine operators.
    add(new RegExp(String.raw`(?<!${WORD_CHAR})${agent}s?(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), [agent], false, 0);
  }
  const fields = [...new Set([...fieldsOf(words[words.length - 1]!, head > 0), ...tradeFields(words[words.length - 1]!)])];
  if (head === words.length - 1 && fields.length > 0) {
    // "mechanical engineering jobs", "accounting positions": the head's field with the role's own
    // modifiers, followed by a word for the work itself.
    const before = words
      .slice(0, head)
      .map((w) => `${escape(w)}\\s+`)
      .join('');
    const field = fields.map(escape).join('|');
    // With the role's modifiers the field alone names it ("graphic design is a growing field");
    // a bare field word ("plumbing") only before a word for the work ("plumbing jobs").
    const work = String.raw`(?:\s+(?:jobs|positions|employment|careers?|industry|field|trade|work|sector|profession)|${AS_SUBJECT})`;
    // A discipline a one-word "-ist" or "-grapher" names ("Cardiology snapshot", "pay in dermatology")
    // is that worker's alone, unlike a trade's gerund ("plumbing costs"): it needs no work word.
    const discipline = head === 0 && /(?:ist|pher)$/i.test(words[0]!) && words[0]!.length > 6;
    const tail = head > 0 || discipline ? `(?:${work})?` : work;
    // Without modifiers the field word starts the match.
    const bare = head === 0 && !discipline ? `|${sourced(field)}` : '';
    const fieldRegex = (sourcedForm: string) =>
      new RegExp(String.raw`(?<!${WORD_CHAR})(?:${before}(?:${field})${tail}${sourcedForm})(?!${WORD_CHAR})`, 'gi');
    add(fieldRegex(bare), fields, false, head === 0 ? 0 : undefined, bare ? fieldRegex('') : undefined);
  }
  if (head > 0 && head === words.length - 1) {
    // "HVAC jobs", "dental hygiene careers" aside: the role's modifiers alone before a word for the work.
    const modifiersOnly = words
      .slice(0, head)
      .map(escape)
      .join(String.raw`\s+`);
    // Two modifier words or more name the work alone where one works in it ("moving into remote
    // sensing", "an LCSW in substance abuse"): its first two words at least, as a "social worker" of
    // the role's words is left out. One word ("in glass") names a material or a place as often as a job.
    const named = head >= 2 ? workNamed(words.slice(0, head)) : '';
    const modifiersRegex = (sourcedForm: string) =>
      new RegExp(
        String.raw`(?<!${WORD_CHAR})(?:${modifiersOnly}(?:\s+(?:jobs|positions|employment|careers?)|${AS_SUBJECT})${sourcedForm}${named})(?!${WORD_CHAR})`,
        'gi',
      );
    add(modifiersRegex(`|${sourced(modifiersOnly)}`), [words[0]!], false, 0, modifiersRegex(''));
  }
  if (head === 1 && words.length === 2 && /^[a-z]{3,}$/i.test(words[0]!) && /^[a-z]{3,}$/i.test(words[1]!)) {
    // "glassblowers" for glass blowers, "dishwashers" for dish washers: a two-word role written solid.
    const solid = `${words[0]!.toLowerCase()}${words[1]!.toLowerCase()}`;
    add(new RegExp(String.raw`(?<!${WORD_CHAR})${escape(solid)}(?:s|es)?(?:['’]s?)?(?!${WORD_CHAR})`, 'gi'), [solid], false, 0);
  }
  if (head > 0 && head === words.length - 1 && TEACHERS.has(words[head]!.toLowerCase())) {
    // "to teach communications at a university": the subject a teacher's role is named by, taught.
    const subject = words
      .slice(0, head)
      .map((m) => `(?:${modifierForms(m).map(escape).join('|')})`)
      .join(String.raw`\s+`);
    add(new RegExp(String.raw`(?<!${WORD_CHAR})teach(?:es|ing)?\s{1,3}${subject}(?!${WORD_CHAR})`, 'gi'), ['teach'], false, 0);
  }
  if (patternCache.size > 1024) patternCache.clear();
  patternCache.set(role, patterns);
  return patterns;
}

/**
 * A name the dataset gives a role ("Chefs and Head Cooks", "Heating, Air Conditioning, and
 * Refrigeration Mechanics and Installers"), in any case, its commas optional, its last word
 * singular or plural.
 */
function datasetNamePattern(name: string): AnchoredPattern {
  const key = `dataset:${name}`;
  const cached = patternCache.get(key)?.[0];
  if (cached) return cached;
  const parts = name.split(/\s+/u);
  const last = parts.pop()!;
  const singular = last.replace(/s$/iu, '');
  const forms = [...new Set([last, pluralize(last), singular, pluralize(singular)])];
  const lastForms = forms.map(escape).join('|');
  // "Drywall & ceiling tile installers": sites write BLS's "and" as an ampersand.
  const word = (w: string) => (w.toLowerCase() === 'and' ? '(?:and|&)' : escape(w.replace(/,$/u, '')) + (w.endsWith(',') ? ',?' : ''));
  const body = [...parts.map(word), `(?:${lastForms})`].join(String.raw`\s+`);
  const regex = new RegExp(String.raw`(?<!${WORD_CHAR})${body}(?:['’]s?)?(?!${WORD_CHAR})`, 'gi');
  const first = (parts.length > 0 ? [parts[0]!.replace(/,$/u, '')] : [singular, pluralize(singular)]).map((a) => a.toLowerCase());
  // A match starts with the first word, or with one of the last word's forms when that is all.
  const starts =
    parts.length > 0 ? parts[0]!.toLowerCase() !== 'and' : forms.every((f) => first.some((a) => f.toLowerCase().startsWith(a)));
  const pattern: AnchoredPattern = { regex, anchors: first, leading: starts ? 0 : undefined };
  patternCache.set(key, [pattern]);
  return pattern;
}

// The same block is asked about by every extractor (salaries, percents, counts, education, its
// table's labels, the heading above it): its spans are found once per article's roles object
// (claim-roles.ts makes one per article), and the returned list is shared, so never mutated.
const spansMemo = new WeakMap<ClaimRoles, Map<string, readonly RoleSpan[]>>();

/** Where the text names each role, by its title, the looser forms above or its dataset names, as one sorted list. */
export function claimRoleSpans(text: string, roles: ClaimRoles): readonly RoleSpan[] {
  let byText = spansMemo.get(roles);
  if (!byText) spansMemo.set(roles, (byText = new Map<string, readonly RoleSpan[]>()));
  let found = byText.get(text);
  if (!found) byText.set(text, (found = scanRoleSpans(text, roles)));
  return found;
}

/** "$30 an hour per cleaner": after "per" a looser name is a unit of a price, not the role. */
const perUnit = (text: string, span: RoleSpan) => /(?<![A-Za-z])per\s{1,3}$/iu.test(text.slice(Math.max(0, span.start - 8), span.start));

function scanRoleSpans(text: string, roles: ClaimRoles): RoleSpan[] {
  const titled = findRoleSpans(text, roles);
  const named = roles.datasetNames ?? [];
  const lower = text.toLowerCase();
  const quotesSource = QUOTES_SOURCE.test(text);
  const loose = roles.flatMap((role, index) =>
    [
      ...patternsFor(role).map((pattern) => (quotesSource ? pattern : (pattern.unsourced ?? pattern))),
      ...(named[index] ?? []).map(datasetNamePattern),
    ].flatMap((pattern) => anchoredMatches(pattern, text, lower).map((m) => ({ ...m, role: index }))),
  );
  loose.push(...fieldSpans(text, lower, roles), ...acronymSpans(text, roles));
  const heads = headNounSpans(text, lower, roles).filter((span) => !perUnit(text, span));
  if (loose.length === 0 && heads.length === 0) return titled;
  const all = [...titled, ...loose.filter((span) => !perUnit(text, span)), ...heads].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: RoleSpan[] = [];
  for (const span of all) {
    const last = kept[kept.length - 1];
    if (!last || span.start >= last.end) kept.push(span);
  }
  return heads.length === 0 ? kept : withNamedRuns(text, kept, new Set(heads), roles);
}
