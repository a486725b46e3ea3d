// The five standard comparison sections, their canonical keys and the heading synonyms
// authors use for them. Matching ignores case and punctuation so "Job Duties:" and
// "job duties" are the same heading; the synonym lists are configurable.
import { normalizeHeading } from '../text/normalize-heading.js';

export { normalizeHeading };

export const SECTION_KEYS = ['duties', 'requirements', 'environment', 'skills', 'salary'] as const;
export type SectionKey = (typeof SECTION_KEYS)[number];

export const SECTION_LABELS: Record<SectionKey, string> = {
  duties: 'Job Duties',
  requirements: 'Job Requirements',
  environment: 'Work Environment',
  skills: 'Skills',
  salary: 'Salary',
};

export const DEFAULT_SYNONYMS: Record<SectionKey, string[]> = {
  duties: [
    'Job Duties',
    'Duties',
    'Responsibilities',
    'Job Responsibilities',
    'Duties and Responsibilities',
    'Roles and Responsibilities',
    'What They Do',
    'What Do They Do',
  ],
  requirements: [
    'Job Requirements',
    'Requirements',
    'Qualifications',
    'Education and Training',
    'Education',
    'Education and Experience',
    'Training',
    'Certifications',
    'Certification',
    'Education Requirements',
    'Licensing',
    'Education and Certification',
  ],
  environment: [
    'Work Environment',
    'Working Conditions',
    'Work Setting',
    'Workplace',
    'Work Settings',
    'Where They Work',
    'Work Schedule',
    'Where Do They Work',
  ],
  skills: [
    'Skills',
    'Key Skills',
    'Required Skills',
    'Skill Sets',
    'Skills Needed',
    'Skills and Qualities',
    'What Skills Do They Need',
    'Skills They Need',
  ],
  salary: [
    'Salary',
    'Pay',
    'Compensation',
    'Salary and Outlook',
    'Earnings',
    'Salaries',
    'Salary and Job Outlook',
    'Pay and Outlook',
    'Wages',
    'How Much Do They Make',
    'How Much Do They Earn',
  ],
};

export type SynonymTable = Record<SectionKey, readonly string[]>;

export type SectionMatcher = (heading: string) => SectionKey | undefined;

// Words that frame a synonym without changing it: "Comparing Salaries", "Salary Comparison".
const FRAME_BEFORE = /^(?:comparing|compare|comparison of|the|a|key|typical|average) /;
// Headings are compared normalized (single spaces), so a single space is all these need.
const FRAME_AFTER = / (?:comparison|compared|differences?)$/;
// "<Synonym> of|for|between|by <the roles>": the synonym is what comes before the first of these.
const ROLES_AFTER = /\s(?:of|for|between|in|by)\s/;
// "<A> vs. <B> <Synonym>", "<A> and <B> Salary": the synonym ends the heading.
const ROLES_BEFORE = /\s(?:vs|versus|and|or)\s/;

/** A plural synonym word is the synonym: "Salaries" = "Salary", "Certifications" = "Certification". */
const singularWord = (word: string) =>
  word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word;

/** Builds a lookup from normalized heading to key, once per configuration. */
export function createSectionMatcher(synonyms: SynonymTable): SectionMatcher {
  const table = new Map<string, SectionKey>();
  const fold = (normalized: string) => normalized.split(' ').map(singularWord).join(' ');
  for (const key of SECTION_KEYS) {
    for (const synonym of synonyms[key]) {
      table.set(normalizeHeading(synonym), key);
      if (!table.has(fold(normalizeHeading(synonym)))) table.set(fold(normalizeHeading(synonym)), key);
    }
  }
  const exact = (text: string) => table.get(text) ?? table.get(fold(text));
  const framed = (text: string) => exact(text) ?? exact(text.replace(FRAME_BEFORE, '').replace(FRAME_AFTER, ''));
  const byHeading = (heading: string) => {
    const text = normalizeHeading(heading);
    const found = framed(text);
    if (found) return found;
    const roles = ROLES_AFTER.exec(text);
    if (roles && ROLES_BEFORE.test(text.slice(roles.index))) return framed(text.slice(0, roles.index));
    if (ROLES_BEFORE.test(text)) {
      // The longest run of final words that is a synonym, never the whole heading.
      const words = text.split(' ');
      for (let start = 1; start < words.length; start++) {
        const tail = framed(words.slice(start).join(' '));
        if (tail) return tail;
      }
    }
    return undefined;
  };
  return (heading) => {
    // "Pay: Electricians vs. HVAC Techs" names its section before the colon; "NP vs. PA: Duties
    // and Responsibilities" after it.
    const colon = heading.indexOf(':');
    if (colon <= 0) return byHeading(heading);
    return byHeading(heading.slice(0, colon)) ?? byHeading(heading.slice(colon + 1));
  };
}
