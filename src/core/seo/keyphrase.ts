// The key phrase the article should rank for, and whether a text contains it. The default is the
// comparison itself, "A vs B" from the article's roles. A text contains the phrase when it has
// every content word of it, in any order and in either number ("Nurse Practitioners vs.
// Registered Nurses" contains "registered nurse vs nurse practitioner"): search engines match
// word forms, and Yoast's subheading check accepts the words in any order too.
import type { Article } from '../model/article.js';
import { singular } from '../text/role-names.js';
import { KEYPHRASE_KEYS, frontMatterField, type SeoField } from './fields.js';

/** Words that join a comparison rather than name it. */
const JOINERS = new Set(['vs', 'versus', 'v', 'and', 'or', 'the', 'a', 'an']);
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

export type Keyphrase =
  | { ok: true; phrase: string; field?: SeoField }
  /** Set in front matter, but to nothing a reader could search for. */
  | { ok: false; field: SeoField };

/** The front matter's key phrase, else "A vs B" from the roles; undefined without either. */
export function keyphraseOf(article: Article): Keyphrase | undefined {
  const field = frontMatterField(article, KEYPHRASE_KEYS);
  if (field)
    return field.text !== undefined && contentWords(field.text).length > 0 ? { ok: true, phrase: field.text, field } : { ok: false, field };
  return article.roles && { ok: true, phrase: `${article.roles[0]} vs ${article.roles[1]}` };
}

/** The phrase's words that name something, lowercase and singular. */
export function contentWords(text: string): string[] {
  return [...text.matchAll(WORD)].map((m) => singular(m[0].toLowerCase())).filter((w) => !JOINERS.has(w));
}

export function containsPhrase(text: string, phrase: string): boolean {
  const words = new Set(contentWords(text));
  return contentWords(phrase).every((w) => words.has(w));
}
