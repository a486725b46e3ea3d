// The five standard comparison sections, their canonical keys and the heading synonyms
// authors use for them. Matching ignores case and punctuation so "Job Duties:" and
// "job duties" are the same heading; the synonym lists are configurable.

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
  duties: ['Job Duties', 'Duties', 'Responsibilities', 'Job Responsibilities', 'Duties and Responsibilities'],
  requirements: ['Job Requirements', 'Requirements', 'Qualifications', 'Education and Training', 'Education', 'Education and Experience'],
  environment: ['Work Environment', 'Working Conditions', 'Work Setting', 'Workplace'],
  skills: ['Skills', 'Key Skills', 'Required Skills'],
  salary: ['Salary', 'Pay', 'Compensation', 'Salary and Outlook', 'Earnings'],
};

export type SynonymTable = Record<SectionKey, readonly string[]>;

/** Lower case, punctuation dropped, white space folded: the form headings are compared in. */
export function normalizeHeading(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .trim()
    .split(/\s+/)
    .join(' ');
}

export type SectionMatcher = (heading: string) => SectionKey | undefined;

/** Builds a lookup from normalized heading to key, once per configuration. */
export function createSectionMatcher(synonyms: SynonymTable): SectionMatcher {
  const table = new Map<string, SectionKey>();
  for (const key of SECTION_KEYS) {
    for (const synonym of synonyms[key]) table.set(normalizeHeading(synonym), key);
  }
  return (heading) => table.get(normalizeHeading(heading));
}
