// The skeleton of a comparison article, used by `career-articles new`, the server's new-article
// request ("New Comparison Article" in VS Code) and the snippets (scripts/schemas.ts generates
// them from here), so the headings authors start from are always the ones the rules expect.
// Each placeholder paragraph starts with "TODO" and says what to write: empty-section reports
// it by that text until the author replaces it. The skeleton is a list of blocks, written in
// Markdown, plain text or HTML.
import { SECTION_KEYS, SECTION_LABELS, type SectionKey } from '../model/sections.js';
import { indefiniteArticle } from '../model/title.js';
import { pluralRole } from '../text/role-mentions.js';
import { proseRole } from '../text/indefinite-article.js';
import type { Syntax } from '../syntax/syntax.js';

/** How the two roles appear in the text: literal names, or snippet placeholders. */
export interface RoleText {
  /** As written in headings ("Registered Nurse"). */
  name: string;
  /** In prose, singular ("registered nurse"). */
  singular: string;
  /** In prose, plural, on first use: it defines the abbreviation ("registered nurses (RNs)"). */
  firstPlural: string;
  /** In prose, plural, after the first use ("RNs", "product managers"). */
  plural: string;
  /** "a"/"an" before the role. */
  article: string;
}

/** "Registered Nurse (RN)": the name and its parenthesised form. */
const PARENTHESISED = /^([^()]*\S)\s*\(([^()]+)\)$/;
/** An abbreviation said letter by letter: "RN", "CRNA", "HR". */
const ABBREVIATION = /^[\p{Lu}][\p{Lu}\p{N}&]{1,5}$/u;

/** Whether `abbreviation` spells the initials of `words` (so the linter reads it as the role, too). */
function spellsInitials(words: string, abbreviation: string): boolean {
  const initials = words
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => w.charAt(0).toUpperCase())
    .join('');
  return initials === abbreviation.toUpperCase();
}

export function roleText(role: string): RoleText {
  const trimmed = role.trim().replace(/\s+/g, ' ');
  const parts = PARENTHESISED.exec(trimmed);
  if (parts && ABBREVIATION.test(parts[2]!.trim())) {
    const [, name, inner] = parts as unknown as [string, string, string];
    const abbreviation = inner.trim();
    const full = pluralRole(name);
    const short = `${abbreviation}s`;
    return {
      name,
      singular: proseRole(name),
      firstPlural: `${full} (${short})`,
      // Letters that are not the words' initials are not read as the role later on: keep the words.
      plural: spellsInitials(name, abbreviation) ? short : full,
      article: indefiniteArticle(name),
    };
  }
  if (parts) {
    // "Nurse (Registered)": the head noun outside the parenthesis takes the plural.
    const [, name, inner] = parts as unknown as [string, string, string];
    const plural = `${pluralRole(name)} (${proseRole(inner.trim())})`;
    return { name: trimmed, singular: proseRole(trimmed), firstPlural: plural, plural, article: indefiniteArticle(trimmed) };
  }
  const plural = pluralRole(trimmed);
  return { name: trimmed, singular: proseRole(trimmed), firstPlural: plural, plural, article: indefiniteArticle(trimmed) };
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

export type Block = { heading: 1 | 2 | 3; text: string } | { paragraph: string };

export function skeletonBlocks(a: RoleText, b: RoleText, options: SkeletonOptions = {}): Block[] {
  const fill = (prompt: string) => prompt.replaceAll('{A}', () => a.plural).replaceAll('{B}', () => b.plural);
  const definition = (r: RoleText, other: RoleText) =>
    `TODO: Explain what ${r.article} ${r.singular} does, where ${r.plural} usually work and who they report to, in a few plain sentences a reader new to the field of ${other.plural} can follow.`;
  const blocks: Block[] = [
    { heading: 1, text: `${a.name} vs. ${b.name}: What Are the Differences?` },
    // The first use of each role: it defines an abbreviation the rest of the article uses.
    {
      paragraph: `TODO: Introduce both roles: what ${a.firstPlural} and ${b.firstPlural} have in common, where they differ and who this comparison is for.`,
    },
    { heading: 2, text: `What is ${a.article} ${a.name}?` },
    { paragraph: definition(a, b) },
    { heading: 2, text: `What is ${b.article} ${b.name}?` },
    { paragraph: definition(b, a) },
    { heading: 2, text: `${a.name} vs. ${b.name}` },
  ];
  for (const key of SECTION_KEYS) {
    const own = key === 'salary' ? options.salarySentence : key === 'requirements' ? options.requirementsSentence : undefined;
    blocks.push({ heading: 3, text: SECTION_LABELS[key] }, { paragraph: own ?? `TODO: ${fill(SECTION_PROMPTS[key])}` });
    if (key === 'salary' && options.outlookSentence) blocks.push({ paragraph: options.outlookSentence });
  }
  return blocks;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The blocks in one syntax: Markdown headings, plain text's heading lines, or an HTML page's article. */
export function renderBlocks(blocks: readonly Block[], syntax: Syntax): string {
  if (syntax === 'html') {
    const body = blocks.map((b) =>
      'heading' in b ? `<h${b.heading}>${escapeHtml(b.text)}</h${b.heading}>` : `<p>${escapeHtml(b.paragraph)}</p>`,
    );
    const title = blocks.find((b): b is Extract<Block, { heading: number }> => 'heading' in b)?.text ?? '';
    return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>${escapeHtml(title)}</title>\n</head>\n<body>\n<article>\n${body.join('\n')}\n</article>\n</body>\n</html>\n`;
  }
  const lines = blocks.map((b) => ('heading' in b ? (syntax === 'markdown' ? `${'#'.repeat(b.heading)} ${b.text}` : b.text) : b.paragraph));
  return `${lines.join('\n\n')}\n`;
}

/** The skeleton in Markdown (the snippets and the tests read it). */
export function articleSkeleton(a: RoleText, b: RoleText, options: SkeletonOptions = {}): string {
  return renderBlocks(skeletonBlocks(a, b, options), 'markdown');
}
