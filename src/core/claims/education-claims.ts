// Education requirement statements anywhere in the article: "registered nurses typically
// need a bachelor's degree", "must have a master's degree", "usually require a high school
// diploma". A preference ("some employers prefer a master's degree", "may need") is not a claim
// about the typical requirement, so it is left alone.
import { EDUCATION_LEVELS, type EducationLevel } from '../dataset/types.js';
import type { Article } from '../model/article.js';
import { claimsInBlock, proseBlocks } from './blocks.js';
import { sentenceStarts, segmentAt } from '../text/segments.js';
import { labelledCells } from './table-facts.js';
import type { ClaimRoles } from './claim-roles.js';
import { withSources } from './sources.js';

export interface EducationClaim {
  role: string | undefined;
  start: number;
  end: number;
  /** The words naming the level ("doctoral degree"). */
  raw: string;
  level: EducationLevel;
  /** "at least a bachelor's degree": any higher typical level agrees. */
  atLeast: boolean;
  /** The source the article names for it (sources.ts). */
  source?: string;
}

const LEVELS: Array<[RegExp, EducationLevel]> = [
  [/^(?:high\s+school\s+diploma|high\s+school\s+education|GED)/i, 'High school diploma or equivalent'],
  [/^(?:postsecondary\s+(?:nondegree\s+award|certificate)|(?:vocational\s+)?certificate)/i, 'Postsecondary nondegree award'],
  [/^associate(?:'s|’s)?\s+degree/i, "Associate's degree"],
  [/^(?:bachelor(?:'s|’s)?\s+degree|four-year\s+degree|bachelor(?:'s|’s)?)/i, "Bachelor's degree"],
  [/^(?:master(?:'s|’s)?\s+degree|master(?:'s|’s)|MBA)/i, "Master's degree"],
  [
    /^(?:doctoral\s+(?:or\s+professional\s+)?degree|doctorate|Ph\.?D\.?|professional\s+degree|medical\s+degree|law\s+degree)/i,
    'Doctoral or professional degree',
  ],
];

/** A requirement verb, then "a"/"an"/"at least a", then the level words. */
const CLAIM =
  /(?<![\p{L}])(?:(?:typically|usually|generally|normally)\s{1,3}(?:need|needs|require|requires|have|hold)|must\s{1,3}(?:have|hold|earn|complete)|(?:need|needs|require|requires))\s{1,3}(?<least>at\s{1,3}least\s{1,3})?(?:an?\s{1,3})?(?<level>[\p{L}'’. -]{2,40})/giu;
const PREFERENCE =
  /(?<![\p{L}])(?:prefer|prefers|preferred|preference|some\s+employers|may|might|could|can|helpful|advantage|sometimes|often|optional)(?![\p{L}])/iu;

/** Every claim has one of these words (CLAIM's flags): a block without one skips CLAIM, which V8 compiles on first use. */
const MAY_CLAIM = /need|require|must/iu;

function levelOf(words: string): { level: EducationLevel; length: number } | undefined {
  for (const [pattern, level] of LEVELS) {
    const m = pattern.exec(words);
    if (m) return { level, length: m[0].length };
  }
  return undefined;
}

/** A row or column labelled with education ("Typical education", "Degree required") states each cell's level. */
const EDUCATION_LABEL = /(?<![\p{L}])(?:education|degree|schooling)(?![\p{L}])/iu;

function tableEducation(article: Article, roles: ClaimRoles): EducationClaim[] {
  return article.tree.children.flatMap((node) =>
    node.type !== 'table'
      ? []
      : labelledCells(article, node, roles).flatMap((cell) => {
          if (!EDUCATION_LABEL.test(cell.rowLabel) && !EDUCATION_LABEL.test(cell.header)) return [];
          const lead = /^[\s|]*(?:(?<least>at\s+least\s+)?(?:an?\s+)?)/iu.exec(cell.text)!;
          const level = levelOf(cell.text.slice(lead[0].length));
          if (!level) return [];
          const start = cell.start + lead[0].length;
          const raw = article.text.slice(start, start + level.length);
          return [
            { role: cell.role, start, end: start + level.length, raw, level: level.level, atLeast: lead.groups?.least !== undefined },
          ];
        }),
  );
}

/** `roles`: the article's roles, with the dataset's names for them when a verdict asks (claim-roles.ts). */
export function educationClaims(article: Article, roles: ClaimRoles = article.roles ?? []): EducationClaim[] {
  return withSources(article, [...proseEducation(article, roles), ...tableEducation(article, roles)]).sort((a, b) => a.start - b.start);
}

function proseEducation(article: Article, roles: ClaimRoles): EducationClaim[] {
  // Read in every block: articles state requirements in the introduction, FAQ and summaries too.
  return proseBlocks(article).flatMap((block) => {
    if (!MAY_CLAIM.test(block.text)) return [];
    const sentences = sentenceStarts(block.text);
    const found = [...block.text.matchAll(CLAIM)].flatMap((m) => {
      const level = levelOf(m.groups!.level!);
      if (!level) return [];
      const sentenceStart = sentences[segmentAt(sentences, m.index)] ?? 0;
      const start = m.index + m[0].length - m.groups!.level!.length;
      // Only the words up to the level: "… a doctoral degree before they can take the exam" states a requirement.
      if (PREFERENCE.test(block.text.slice(sentenceStart, start + level.length))) return [];
      return [
        {
          start,
          end: start + level.length,
          raw: block.text.slice(start, start + level.length),
          level: level.level,
          atLeast: m.groups!.least !== undefined,
        },
      ];
    });
    return claimsInBlock(block, found, roles);
  });
}

export const educationRank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);
