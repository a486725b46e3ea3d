// The data a finding carries, typed by its topic: a rule's reports must give its topic's shape
// (defineRule types `report` by it), and a host narrows a finding by topic to read it
// (`about(f, 'structure')?.data.section`), never by rule id. Findings cross processes as
// JSON, so what a host reads is what the engine wrote; its own rules type-check the writing.
import type { SectionKey } from './model/sections.js';
import type { Finding, Topic } from './types.js';

/** A figure, percent or level the article states for a role, and the dataset's occupation. */
export type FactData = { role: string; socCode?: string } & Record<string, unknown>;

export type TopicData = {
  title: never;
  /** The role whose "What is a/an …?" definition the finding is about. */
  definition: { role: string };
  /** The standard section missing, out of order or repeated. */
  structure: { section: SectionKey };
  /** The section (or a definition) whose content the finding is about. */
  section: {
    section: SectionKey | 'definition';
    role?: string;
    words?: number;
    /** A TODO paragraph stands where the text should. */ placeholder?: boolean;
  };
  'front-matter': never;
  salary: FactData;
  /** A role the dataset does not know (or a pinned SOC code it lacks), with the nearest occupations. */
  role: {
    role: string;
    soc?: string;
    match?: { kind: 'nearest'; matched: string; soc: string };
    suggestions?: Array<{ soc: string; title: string }>;
  };
  citation: never;
  outlook: FactData;
  education: FactData;
  /** A role stated at different figures in other articles (at most five named). */
  consistency: { role: string; annual: number; others: Array<{ file: string; annual: number }>; otherCount: number };
  /** A term, pattern or acronym rule of the team's style (its id, for "switch this rule off"). */
  style: { styleRule: string };
  /** A readability number past its threshold: which, its value and the threshold it passed. */
  readability: {
    metric: 'readingEase' | 'longSentenceShare' | 'passiveShare' | 'paragraphWords';
    value: number;
    threshold: number;
  };
  /**
   * What a search engine reads: the field (a front matter key's JSON path, or `h1`), its length
   * and the bounds it passed; the key phrase and the place it is missing from; for the site's
   * `pair`, the other articles that compare the same two roles.
   */
  seo: {
    field: 'title' | 'description' | 'keyphrase' | 'pair';
    key?: string;
    length?: number;
    min?: number;
    max?: number;
    keyphrase?: string;
    place?: 'title' | 'introduction' | 'subheading';
    roles?: [string, string];
    others?: Array<{ file: string; roles: [string, string] }>;
  };
};

/** A finding narrowed to a topic: its data has that topic's shape. */
export type FindingAbout<T extends Topic> = Omit<Finding, 'topic' | 'data'> & { topic: T; data?: TopicData[T] };

/** The finding as one about `topic`, or undefined when it is about something else. */
export function about<T extends Topic>(finding: Finding, topic: T): FindingAbout<T> | undefined {
  return finding.topic === topic ? (finding as FindingAbout<T>) : undefined;
}

/** The standard section a finding reports missing (it has the fix that inserts it, when one is safe). */
export function missingSection(finding: Finding): SectionKey | undefined {
  const f = about(finding, 'structure');
  return f?.messageId === 'missing' ? f.data?.section : undefined;
}

/** The role whose definition a finding reports missing. */
export function missingDefinition(finding: Finding): string | undefined {
  const f = about(finding, 'definition');
  return f?.messageId === 'missing' ? f.data?.role : undefined;
}

/**
 * A finding about the article as a whole rather than one of its lines: a part it lacks (its
 * title, a standard section, a role's definition) or a number of the whole text (readability).
 * Such findings sit on the title or the first line by convention, which no edit need touch;
 * `lint --changed-since` reports them for every article the change touches.
 */
export function articleLevel(finding: Finding): boolean {
  if (missingSection(finding) !== undefined || missingDefinition(finding) !== undefined) return true;
  if (about(finding, 'title')?.messageId === 'missing') return true;
  const metric = about(finding, 'readability')?.data?.metric;
  return metric !== undefined && metric !== 'paragraphWords';
}
