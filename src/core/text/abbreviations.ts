// Abbreviations an article defines for itself: "registered nurses (RNs)", "a physical
// therapist (PT)", "certified registered nurse anesthetists (CRNAs)". The words before the
// parenthesis whose initials spell it are its expansion. An article's own expansion is what
// the author means by the letters, so it wins over the dataset's (O*NET's "PT" is a
// psychiatric technician). One pass over the text from one '(' to the next: linear.
import { singularRole } from './role-names.js';

export interface DefinedAbbreviation {
  /** As written, without a plural "s": "RN". */
  abbreviation: string;
  /** The words it stands for, singular: "registered nurse". */
  expansion: string;
  /** Offsets of the expansion and parenthesis ("registered nurses (RNs)"). */
  start: number;
  end: number;
}

/** Two to six letters, at least two capitals, an optional plural "s": "RN", "RNs", "DevOps" is not one. */
const ABBREVIATION = /^[A-Z][A-Za-z]{1,5}$/;
const LOOK_BACK = 120;
const MAX_ABBREVIATIONS = 200;

function letters(inner: string): string | undefined {
  const bare = inner.endsWith('s') && inner.length > 2 ? inner.slice(0, -1) : inner;
  if (!ABBREVIATION.test(bare)) return undefined;
  // Every letter a capital: "RN", "CRNA"; "DevOps" or "Ph" are words, not initials.
  return bare.toUpperCase() === bare ? bare : undefined;
}

/** The words right before `at` whose initials spell `abbreviation`, with their start. */
function expansionBefore(text: string, at: number, abbreviation: string): { words: string; start: number } | undefined {
  const before = text.slice(Math.max(0, at - LOOK_BACK), at);
  const words = [...before.matchAll(/[\p{L}][\p{L}'’-]*/gu)];
  const wanted = abbreviation.length;
  if (words.length < wanted) return undefined;
  const chosen = words.slice(-wanted);
  // Only white space between the words and before the parenthesis: "nurses, (RN)" is not a definition.
  const first = chosen[0]!;
  const span = before.slice(first.index);
  if (!/^[\p{L}'’\s-]+$/u.test(span)) return undefined;
  const initials = chosen.map((w) => w[0].charAt(0).toUpperCase()).join('');
  if (initials !== abbreviation.toUpperCase()) return undefined;
  return { words: span.trim(), start: at - before.length + first.index };
}

/** Every abbreviation the text defines, first definition of each first. */
export function definedAbbreviations(text: string): DefinedAbbreviation[] {
  const found: DefinedAbbreviation[] = [];
  const seen = new Set<string>();
  for (let open = text.indexOf('('); open >= 0 && found.length < MAX_ABBREVIATIONS; open = text.indexOf('(', open + 1)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    if (close - open > 8) continue;
    const abbreviation = letters(text.slice(open + 1, close));
    if (!abbreviation || seen.has(abbreviation)) continue;
    const expansion = expansionBefore(text, open, abbreviation);
    if (!expansion) continue;
    seen.add(abbreviation);
    found.push({ abbreviation, expansion: singularRole(expansion.words), start: expansion.start, end: close + 1 });
  }
  return found;
}
