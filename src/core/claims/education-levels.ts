// The words that name an education level, BLS's typical-education categories: the generic
// forms ("a master's degree", "a bachelor's"), BLS's own category names ("postsecondary
// nondegree award", "doctoral or professional degree") and named degrees ("a Doctor of Physical
// Therapy (DPT) degree", "a Juris Doctor", "a Master of Science in Nursing (MSN)"), which state
// their level as plainly as the generic words do.
import type { EducationLevel } from '../dataset/types.js';

/** A capitalised field after "Doctor of", "Master of" …: "Physical Therapy", "Science in Nursing". */
const FIELD = String.raw`[A-Z][A-Za-z]{1,20}(?:\s+(?:of\s+|in\s+|and\s+)?[A-Z][A-Za-z]{1,20}){0,3}`;
/** Its initials in parentheses, "(DPT)", "(D.V.M. or V.M.D.)", and the word "degree". */
const NAMED_TAIL = String.raw`(?:\s*\([A-Za-z. ]{2,24}\))?(?:\s+degree)?`;
const named = (head: string) => new RegExp(String.raw`^(?:${head})${NAMED_TAIL}`);
/** Letters of a degree, as a word of their own, with its level in parentheses or "degree" after ("MSN (master's degree)"). */
const DEGREE_LETTERS = (letters: string) => new RegExp(String.raw`^(?:${letters})(?![A-Za-z])(?:\s*\([^()]{2,40}\)|\s+degree)?`);

const LEVELS: Array<[RegExp, EducationLevel]> = [
  [
    // "High school or GED", "high school diploma/GED": the diploma and its equivalent named together.
    /^(?:(?:high\s+school|HS)(?:\s+diploma)?(?:\s*\/\s*|\s+or\s+(?:an?\s+|its\s+)?)(?:GED|equivalent)|(?:high\s+school|HS)\s+diploma(?:\s+or\s+(?:its\s+)?equivalent)?|high\s+school\s+education|GED)/i,
    'High school diploma or equivalent',
  ],
  [/^(?:postsecondary\s+(?:nondegree\s+award|certificate)|(?:vocational\s+)?certificate)/i, 'Postsecondary nondegree award'],
  // "an associate's in engineering technology": the possessive alone names the degree, as "bachelor's" does.
  [/^(?:associate(?:'s|’s)?\s+degree|associate(?:'s|’s)(?![A-Za-z]))/i, "Associate's degree"],
  [/^(?:bachelor(?:'s|’s)?\s+degree|four-year\s+degree|bachelor(?:'s|’s)?)/i, "Bachelor's degree"],
  [named(String.raw`Bachelor\s+of\s+${FIELD}`), "Bachelor's degree"],
  [/^(?:master(?:'s|’s)?\s+degree|master(?:'s|’s)|MBA)/i, "Master's degree"],
  [named(String.raw`Master\s+of\s+${FIELD}`), "Master's degree"],
  [
    /^(?:doctoral\s+(?:or\s+professional\s+)?degree|doctorate|Ph\.?D\.?|professional\s+degree|medical\s+degree|law\s+degree)/i,
    'Doctoral or professional degree',
  ],
  [named(String.raw`Doctor\s+of\s+${FIELD}|Juris\s+Doctor(?:ate)?`), 'Doctoral or professional degree'],
  // "no formal credential", "no formal education": BLS's category in fewer words.
  [/^no\s+formal\s+(?:educational\s+)?(?:credential|education)/i, 'No formal educational credential'],
  [/^some\s+college(?:,?\s+(?:but\s+)?no\s+degree|\s+(?:coursework|courses|credits))/i, 'Some college, no degree'],
  // A degree by its usual letters ("an MSN", "a BSN", "an ADN"): the level is as plain as in words.
  [DEGREE_LETTERS(String.raw`AAS|ADN|ASN`), "Associate's degree"],
  [DEGREE_LETTERS(String.raw`BSN|BSW|BFA`), "Bachelor's degree"],
  [DEGREE_LETTERS(String.raw`MSN|MSW|MPH|MEd|MFA|MPA`), "Master's degree"],
  [DEGREE_LETTERS(String.raw`DNP|DPT|OTD|PharmD|DVM|JD|MD|PsyD|EdD|DDS|DMD|AuD`), 'Doctoral or professional degree'],
];

/**
 * Where the first word that can start a level stands (each of LEVELS' first words; keep the two
 * lists together), or -1. A block without one states no requirement, whatever its verbs say, so
 * education-claims.ts reads requirement verbs only from that sentence on. Levels are only looked
 * for at word starts, so a word start is enough here.
 */
const LEVEL_WORD =
  /(?<![A-Za-z])(?:high\s+school|hs\s+diploma|ged|postsecondary|vocational|certificate|associate|bachelor|four-year|master|mba|doctor|ph\.?d|professional\s+degree|medical\s+degree|law\s+degree|juris|no\s+formal|some\s+college)/i;
const LEVEL_LETTERS =
  /(?<![A-Za-z])(?:AAS|ADN|ASN|BSN|BSW|BFA|MSN|MSW|MPH|MEd|MFA|MPA|DNP|DPT|OTD|PharmD|DVM|JD|MD|PsyD|EdD|DDS|DMD|AuD)(?![A-Za-z])/;

export function firstLevelWord(text: string): number {
  const word = LEVEL_WORD.exec(text)?.index ?? -1;
  // The letters are rarer and case-sensitive: only looked for before the first word.
  const letters = LEVEL_LETTERS.exec(word < 0 ? text : text.slice(0, word))?.index ?? -1;
  return letters >= 0 ? letters : word;
}

/** The level named at the start of `words`, and how many characters name it. */
export function levelOf(words: string): { level: EducationLevel; length: number } | undefined {
  for (const [pattern, level] of LEVELS) {
    const m = pattern.exec(words);
    if (m) return { level, length: m[0].length };
  }
  return undefined;
}

/**
 * BLS's own category names: only the typical-education statement uses them, so one in any
 * sentence about a role is a claim, with or without a requirement verb ("which results in a
 * postsecondary nondegree award").
 */
// Latin letter classes without the u flag (education-claims.ts CLAIM says why).
export const BLS_CATEGORY =
  /(?<![A-Za-z\u00C0-\u024F])(?:high\s{1,3}school\s{1,3}diploma\s{1,3}or\s{1,3}(?:its\s{1,3})?equivalent|postsecondary\s{1,3}nondegree\s{1,3}award|doctoral\s{1,3}or\s{1,3}professional\s{1,3}degree|no\s{1,3}formal\s{1,3}educational\s{1,3}credential|some\s{1,3}college,?\s{1,3}no\s{1,3}degree)(?![A-Za-z\u00C0-\u024F])/gi;
