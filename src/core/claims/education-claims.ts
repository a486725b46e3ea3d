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
import { withHeadingRoles } from './heading-roles.js';

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
  // A named degree: "Doctor of Physical Therapy (DPT) degree", "Juris Doctor (J.D.) degree", "Master of Social Work".
  [/^(?:Doctor\s+of(?:\s+[A-Z][\p{L}]+){1,3}|Juris\s+Doctor)(?:\s+\([^()]{1,20}\))?(?:\s+degree)?/u, 'Doctoral or professional degree'],
  [/^Master\s+of(?:\s+(?:[A-Z][\p{L}]+|in)){1,4}(?:\s+\([^()]{1,20}\))?(?:\s+degree)?/u, "Master's degree"],
  [/^Bachelor\s+of(?:\s+(?:[A-Z][\p{L}]+|in)){1,4}(?:\s+\([^()]{1,20}\))?(?:\s+degree)?/u, "Bachelor's degree"],
];

/**
 * BLS's own names for the levels, wherever they stand in the requirement's sentence: "typically
 * results in a certificate or diploma (a postsecondary nondegree award)", "a Juris Doctor (J.D.)
 * degree, a doctoral or professional degree", "a license, clinical experience and a master's
 * degree". They say the level exactly; a looser word next to the verb only when none is written.
 */
const BLS_NAMES =
  /\b(?:high\s{1,3}school\s{1,3}diploma(?:\s{1,3}or\s{1,3}equivalent)?|postsecondary\s{1,3}nondegree\s{1,3}award|associate(?:'s|’s)\s{1,3}degree|bachelor(?:'s|’s)\s{1,3}degree|master(?:'s|’s)\s{1,3}degree|doctoral\s{1,3}or\s{1,3}professional\s{1,3}degree)\b/i;
/** How far past the requirement's verb BLS's name of a level is read. */
const REACH = 200;
/** Another clause, with its own subject and requirement, starts at a contrast or a semicolon. */
const CLAUSE_END = /,?\s(?:while|whereas|but|although|though)\b|;/i;
/** A sentence ends at a stop, a question or exclamation mark (and any closing emphasis) before a capital. */
const SENTENCE_END = /[.?!][*_)\]]*\s+(?=[*_]*\p{Lu})|\n[^\S\n]*\n/u;

/** A requirement verb, then "a"/"an"/"at least a", then the level words. */
const CLAIM =
  /(?<![\p{L}])(?:(?:typically|usually|generally|normally)\s{1,3}(?:need|needs|require|requires|have|hold)|must\s{1,3}(?:have|hold|earn|complete)|(?:need|needs|require|requires)|typical\s{1,3}(?:entry[-\s]level\s{1,3})?education(?:\s{1,3}needed(?:\s{1,3}for\s{1,3}entry)?)?\s{1,3}(?:is|was))\s{1,3}(?<least>at\s{1,3}least\s{1,3})?(?:an?\s{1,3})?(?<level>[\p{L}'’. -]{2,40})/giu;
const PREFERENCE =
  /(?<![\p{L}])(?:prefer|prefers|preferred|preference|some\s+employers|may(?!\s{1,3}(?:19|20)\d\d)|might|could|can|helpful|advantage|sometimes|often|optional)(?![\p{L}])/iu;

/** Every claim has one of these words (CLAIM's flags): a block without one skips CLAIM, which V8 compiles on first use. */
const MAY_CLAIM = /need|require|must|typical/iu;

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
  const found = withHeadingRoles(article, roles, [...proseEducation(article, roles), ...tableEducation(article, roles)], (c) => c.start);
  return withSources(article, found).sort((a, b) => a.start - b.start);
}

function proseEducation(article: Article, roles: ClaimRoles): EducationClaim[] {
  // Read in every block: articles state requirements in the introduction, FAQ and summaries too.
  return proseBlocks(article).flatMap((block) => {
    if (!MAY_CLAIM.test(block.text)) return [];
    const sentences = sentenceStarts(block.text);
    const found = [...block.text.matchAll(CLAIM)].flatMap((m) => {
      const sentenceStart = sentences[segmentAt(sentences, m.index)] ?? 0;
      const after = m.index + m[0].length - m.groups!.level!.length;
      // To the sentence's end, read past abbreviations ("a Juris Doctor (J.D.) degree, a doctoral…").
      const window = block.text.slice(after, after + REACH);
      const sentence = window.slice(0, SENTENCE_END.exec(window)?.index ?? window.length);
      // …and to its clause: "need a doctoral degree, while registered nurses need a bachelor's degree".
      const rest = sentence.slice(0, CLAUSE_END.exec(sentence)?.index ?? sentence.length);
      const named = BLS_NAMES.exec(rest);
      const strict = named && levelOf(named[0]);
      const level = strict ? { level: strict.level, length: named[0].length } : levelOf(rest);
      if (!level) return [];
      const start = after + (named?.index ?? 0);
      // Only the words up to the level: "… a doctoral degree before they can take the exam" states a requirement.
      if (PREFERENCE.test(block.text.slice(sentenceStart, start + level.length))) return [];
      return [
        {
          verb: m.index,
          start,
          end: start + level.length,
          raw: block.text.slice(start, start + level.length),
          level: level.level,
          atLeast: m.groups!.least !== undefined,
        },
      ];
    });
    // Two verbs before one level ("need … and must have a master's degree") state it once.
    const once = found.filter((claim, i) => found.findIndex((other) => other.start === claim.start) === i);
    // Whose requirement it is is read at the verb: "To become a nurse practitioner, you typically need
    // … clinical experience as an RN, and a master's degree" is the nurse practitioner's.
    const owners = claimsInBlock(
      block,
      once.map((claim) => ({ start: claim.verb, end: claim.verb + 1 })),
      roles,
    );
    return once.map(({ verb: _verb, ...claim }, i) => ({
      ...claim,
      role: owners[i]!.role,
      start: block.start + claim.start,
      end: block.start + claim.end,
    }));
  });
}

export const educationRank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);
