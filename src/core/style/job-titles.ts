// The dataset's job titles as one case-insensitive matcher, for the careers preset's check of
// job titles capitalised in running text ("our Registered Nurse colleagues"). BLS titles come
// in their singular ("Registered Nurses" -> "Registered Nurse"; the matcher takes plurals);
// O*NET's alternate titles only when they have two words or more and every word is one a BLS
// title uses, so no brand or proper noun ("Java Developer", "Salesforce Administrator") is
// lowercased. Built once per dataset: thousands of titles cost one look-up per word.
import type { RoleIndex } from '../dataset/types.js';
import { singularRole } from '../text/role-names.js';
import { TermMatcher } from './terms.js';
import { WORDS } from './words.js';

const UNUSABLE = /[(),/\d&]|\bAll Other\b|\bExcept\b/i;
const words = (title: string) => title.match(WORDS) ?? [];

const built = new WeakMap<readonly unknown[], TermMatcher<string>>();

export function jobTitleMatcher(dataset: RoleIndex): TermMatcher<string> {
  const cached = built.get(dataset.occupations);
  if (cached) return cached;
  const matcher = new TermMatcher<string>();
  const known = new Set<string>();
  const seen = new Set<string>();
  const add = (title: string) => {
    const key = title.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    matcher.add(title, title, false);
  };
  for (const occupation of dataset.occupations) {
    if (UNUSABLE.test(occupation.title)) continue;
    const title = singularRole(occupation.title);
    for (const word of words(title)) known.add(word.toLowerCase());
    add(title);
  }
  for (const occupation of dataset.occupations) {
    for (const written of occupation.alternateTitles ?? []) {
      // "Chief Executive Officer (CEO)", "CEO (Chief Executive Officer)": each part on its own.
      const inside = /\(([^)]*)\)/.exec(written)?.[1];
      for (const alternate of [written.replace(/\s*\([^)]*\)\s*/g, ' ').trim(), ...(inside === undefined ? [] : [inside])]) {
        const parts = words(alternate);
        if (parts.length < 2 || UNUSABLE.test(alternate) || parts.some((w) => !known.has(w.toLowerCase()) || /^\p{Lu}{2,}$/u.test(w)))
          continue;
        add(alternate);
      }
    }
  }
  built.set(dataset.occupations, matcher);
  return matcher;
}
