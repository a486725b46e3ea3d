// Where the comparison part and its standard sections are. The house shape puts the sections
// under an "A vs. B" heading; sites also put them anywhere as headings about both roles
// ("## UX Designer vs. UI Designer Salaries", "## Where Do RNs and PAs Work?", at any level,
// before or after the part) or as a heading naming both roles plus a topic ("## NP vs. PA:
// Duties and Responsibilities"), which is that section, never the comparison part.
import type { Heading } from './article-types.js';
import type { SectionKey, SectionMatcher } from './sections.js';
import { parseComparison, parseDefinitionHeading } from './title.js';

export interface Parts {
  /** Index (into the headings) of the comparison part's heading, or -1. */
  comparison: number;
  /** Indexes of the definition headings, with what they define. */
  definitions: Array<{ index: number; role: string; article: string | undefined }>;
  /** Indexes of the standard sections, in document order. */
  sections: number[];
}

export function findParts(
  headings: readonly Heading[],
  keyOf: (text: string) => SectionKey | undefined,
  matcher: SectionMatcher,
  namesBoth: (text: string) => boolean,
  hasRoles: boolean,
): Parts {
  const definitions: Parts['definitions'] = [];
  let comparison = -1;
  // Any heading naming both roles ("Which Should You Choose: A or B?") is taken for the
  // comparison part only when standard sections sit under it.
  const hasKeyedChild = (i: number) => {
    for (let j = i + 1; j < headings.length && headings[j]!.depth > 2; j++)
      if (headings[j]!.depth === 3 && matcher(headings[j]!.text)) return true;
    return false;
  };
  headings.forEach((h, i) => {
    if (h.depth !== 2) return;
    const definition = parseDefinitionHeading(h.text);
    if (definition && !namesBoth(definition.role)) definitions.push({ index: i, ...definition });
    // "Responsibilities of Electricians vs. HVAC Techs" is a section that compares, not the comparison part.
    else if (comparison < 0 && !matcher(h.text) && (parseComparison(h.text) || (namesBoth(h.text) && hasKeyedChild(i)))) comparison = i;
  });

  const sections: number[] = [];
  let end = comparison;
  if (comparison >= 0) {
    const depth = headings[comparison]!.depth;
    for (end = comparison + 1; end < headings.length && headings[end]!.depth > depth; end++) {
      if (headings[end]!.depth === depth + 1) sections.push(end);
    }
  }
  // "Comparing Electricians to HVAC Techs" may hold only a table, with the sections as its
  // siblings: a comparison part without subsections leaves them where they are.
  if (sections.length === 0) {
    headings.forEach((h, i) => {
      if (h.depth >= 2 && keyOf(h.text)) sections.push(i);
    });
    return { comparison, definitions, sections };
  }
  if (!hasRoles) return { comparison, definitions, sections };
  // Outside the part, a heading about both roles and a standard topic is that section.
  const isDefinition = new Set(definitions.map((d) => d.index));
  headings.forEach((h, i) => {
    const inPart = i >= comparison && i < end;
    if (inPart || h.depth < 2 || isDefinition.has(i) || !namesBoth(h.text) || !keyOf(h.text)) return;
    sections.push(i);
  });
  return { comparison, definitions, sections: sections.sort((a, b) => a - b) };
}

const THEY_TOGETHER = /\bthey(?:\s+(?:and|or|vs\.?|versus|&)\s+they)+\b/gi;

/**
 * The heading with the roles' mentions read as "they": "Where Do RNs and PAs Work?" ->
 * "Where Do They Work?", which the synonyms name. `mentions` gives the spans of the roles' names.
 */
export function rolesAsThey(text: string, mentions: Array<{ start: number; end: number }>): string {
  if (mentions.length === 0) return text;
  let out = '';
  let at = 0;
  for (const m of [...mentions].sort((a, b) => a.start - b.start)) {
    if (m.start < at) continue;
    out += `${text.slice(at, m.start)}they`;
    at = m.end;
  }
  return (out + text.slice(at)).replace(THEY_TOGETHER, 'they');
}
