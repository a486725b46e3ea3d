// The skeleton of a comparison article, used by the "New Comparison Article" command and
// by the snippets (scripts/schemas.ts generates them from here), so the headings authors
// start from are always the ones the rules expect. Placeholder paragraphs are long enough
// and name both roles, so a fresh skeleton has no structure findings; each starts with
// "TODO" so the author can find them.
import { SECTION_KEYS, SECTION_LABELS, type SectionKey } from '../model/sections.js';
import { indefiniteArticle } from '../model/title.js';
import { pluralRole } from '../text/role-mentions.js';
import { proseRole } from '../text/indefinite-article.js';

/** How the two roles appear in the text: literal names, or snippet placeholders. */
export interface RoleText {
  /** As written in headings ("Product Manager"). */
  name: string;
  /** In prose, singular ("product manager"). */
  singular: string;
  /** In prose, plural ("product managers"). */
  plural: string;
  /** "a"/"an" before the role. */
  article: string;
}

export function roleText(role: string): RoleText {
  return { name: role, singular: proseRole(role), plural: pluralRole(role), article: indefiniteArticle(role) };
}

const SECTION_PROMPTS: Record<SectionKey, string> = {
  duties:
    'Describe the daily duties of {A} and compare them with the duties of {B}: the tasks, the tools and the people each role works with.',
  requirements:
    'Compare the education, licences and experience that {A} need with what employers ask of {B}, and how people usually enter each role.',
  environment: 'Compare where {A} and {B} work: the settings, the hours, the travel and the pressure each role brings to an ordinary week.',
  skills:
    'Compare the skills {A} rely on with the skills {B} rely on, naming the ones the two roles share and the ones that set them apart.',
  salary: 'Compare what {A} and {B} earn, with the figures, the statistic (average or median) and the source and year of the data.',
};

export interface SkeletonOptions {
  /** Replaces the salary placeholder, e.g. a sentence with dataset figures and citation. */
  salarySentence?: string;
  /** Replaces the requirements placeholder, e.g. the typical entry education from BLS projections. */
  requirementsSentence?: string;
  /** A job outlook sentence added to the salary section. */
  outlookSentence?: string;
}

export function articleSkeleton(a: RoleText, b: RoleText, options: SkeletonOptions = {}): string {
  const fill = (prompt: string) => prompt.replaceAll('{A}', a.plural).replaceAll('{B}', b.plural);
  const definition = (r: RoleText, other: RoleText) =>
    `TODO: Explain what ${r.article} ${r.singular} does, where ${r.plural} usually work and who they report to, in a few plain sentences a reader new to the field of ${other.plural} can follow.`;
  const lines = [
    `# ${a.name} vs. ${b.name}: What Are the Differences?`,
    '',
    `TODO: Introduce both roles: what ${a.plural} and ${b.plural} have in common, where they differ and who this comparison is for.`,
    '',
    `## What is ${a.article} ${a.name}?`,
    '',
    definition(a, b),
    '',
    `## What is ${b.article} ${b.name}?`,
    '',
    definition(b, a),
    '',
    `## ${a.name} vs. ${b.name}`,
    '',
  ];
  for (const key of SECTION_KEYS) {
    const own = key === 'salary' ? options.salarySentence : key === 'requirements' ? options.requirementsSentence : undefined;
    lines.push(`### ${SECTION_LABELS[key]}`, '', own ?? `TODO: ${fill(SECTION_PROMPTS[key])}`, '');
    if (key === 'salary' && options.outlookSentence) lines.push(options.outlookSentence, '');
  }
  return lines.join('\n');
}
