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

/** Where the text names a compared role by the field its title's worker noun forms irregularly. */
export function fieldSpans(text: string, lower: string, roles: ClaimRoles): RoleSpan[] {
  if (!roles.isTitleWord) return [];
  let patterns = memo.get(roles);
  if (!patterns) memo.set(roles, (patterns = fieldPatterns(roles)));
  return patterns.flatMap((pattern, role) =>
    pattern && mayMatch(pattern, text, lower)
      ? [...text.matchAll(pattern.regex)].map((m) => ({ start: m.index, end: m.index + m[0].length, role }))
      : [],
  );
}
