// Education requirement statements anywhere in the article: "registered nurses typically
// need a bachelor's degree", "must have a master's degree", "usually require a high school
// diploma". A preference ("some employers prefer a master's degree", "may need") is not a claim
// about the typical requirement, so it is left alone.
import { EDUCATION_LEVELS, type EducationLevel } from '../dataset/types.js';
import { BLS_CATEGORY, firstLevelWord, levelOf } from './education-levels.js';
import type { Article } from '../model/article.js';
import { claimsInBlock, proseBlocks } from './blocks.js';
import { sentenceStarts, segmentAt } from '../text/segments.js';
import { labelledCells } from './table-facts.js';
import { labelledLines } from './labelled-lines.js';
import type { ClaimRoles } from './claim-roles.js';
import { withSources } from './sources.js';
import { withHeadingRoles } from './heading-roles.js';
import { ShortSpaceRegExp } from '../text/short-spaces.js';

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

/** The entry into the occupation: "start with", "enter the field with", "come in with", "get in with", "jobs you can get with". */
const ENTRY = String.raw`(?:start|starts|begin|begins|enter|enters|come\s{1,3}in|comes\s{1,3}in|get\s{1,3}started|gets?(?:\s{1,3}in)?)(?:\s{1,3}(?:the\s{1,3})?(?:field|occupation|profession|trade|career|job))?\s{1,3}with`;
/**
 * A question about the degree a role needs, answered next: "Do tax examiners need a degree? Yes,
 * typically a …", "What degree does a kinesiology professor need? Usually a doctoral degree", "What training do
 * removal techs need? Per BLS, an associate's degree". The answer's first word is looked for before the question behind it (cheap first).
 */
const ANSWER = String.raw`(?=(?:yes|no|typically|usually|generally|per|according)(?![A-Za-z\u00C0-\u024F]))(?<=(?:(?:need|needs|require|requires)\s{1,3}(?:a\s{1,3})?(?:college\s{1,3})?(?:degree|diploma)|(?:what|which)\s{1,3}(?:kind\s{1,3}of\s{1,3})?(?:degree|education|credential|schooling|training)\s{1,3}(?:does|do)\s{1,3}[^?.!]{2,60}?\s{1,3}(?:need|require))\?\s{1,3})(?:(?:yes|no)[,;:.]?(?:\s{1,3}(?:typically|usually|generally|just|only))?|typically|usually|generally|(?:per|according\s{1,3}to)\s{1,3}(?:the\s{1,3})?(?:BLS|bureau))[,;:.]?`;
/**
 * A requirement verb (or "the typical entry-level education is", "the usual credential for welders is"), then "a"/"an"/"at least a";
 * the level follows there or later in the list the verb governs. "Most X have", "most have", "most plants want", "ask for" and
 * training "after a high school diploma" state the usual entry level as plainly.
 */
// Letters as a Latin class and no u flag, as in outlook-claims.ts: V8 runs a case-insensitive
// Unicode property class at every position of every block several times slower (half this
// pattern's time over the benchmark's articles), and requirements are written in Latin script.
const CLAIM = new ShortSpaceRegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F])(?:(?:typically|usually|generally|normally|often)\s{1,3}(?:need|needs|require|requires|have|hold|complete|completes|finish|finishes|earn|earns|${ENTRY})|${ENTRY}|must\s{1,3}(?:have|hold|earn|complete)|(?:need|needs|require|requires)|(?:ask|asks|call|calls)\s{1,3}for|most\s{1,3}(?:[A-Za-z\u00C0-\u024F-]{2,25}\s{1,3}){0,3}?(?:have|hold|want|wants|expect|expects)|(?:apprenticeships?|training|on\s{1,3}the\s{1,3}job)\s{1,3}(?:after|following)(?:\s{1,3}(?:earning|completing|getting))?|${ANSWER}|(?:typical|usual|minimum|standard|basic)\s{1,3}(?:entry(?:-level)?\s{1,3})?(?:education(?:al)?\s{1,3})?requirement\s{1,3}(?:is|was)|(?:typical|usual|minimum|required)\s{1,3}(?:entry-level\s{1,3})?education(?:\s{1,3}(?:needed|required))?(?:\s{1,3}for\s{1,3}(?:[A-Za-z\u00C0-\u024F-]{1,25}\s{1,3}){1,3}?)?\s{0,3}(?:is|was)|(?:typical|usual|standard|common|normal)\s{1,3}(?:entry(?:-level)?\s{1,3})?(?:credential|qualification|ticket|path|pathway|route|way\s{1,3}in)(?:\s{1,3}(?:for|into|in|to)\s{1,3}(?:[A-Za-z\u00C0-\u024F-]{1,25}\s{1,3}){1,3}?)?\s{0,3}(?:is|was))\s{1,3}(?:only\s{1,3})?(?<least>at\s{1,3}least\s{1,3})?(?:an?\s{1,3})?`,
  'gi',
);
/**
 * A level named before the words that call it the usual one: "a high school diploma is the usual
 * entry-level requirement", "the doctoral degree BLS lists as the typical entry requirement", "a
 * bachelor's degree is typically required", "a high school diploma is enough", "the associate's degree most states require",
 * "a master's degree is typical, plus …", "a bachelor's degree is the norm", "a diploma is all you need", "a certificate is the usual ticket
 * in", and in apposition: "leads to a postsecondary certificate, the typical entry credential".
 */
// Latin letter classes without the u flag, as CLAIM above: run over every block that names a requirement.
const CALLED_TYPICAL = new ShortSpaceRegExp(
  /(?<![A-Za-z\u00C0-\u024F])(?:(?:is|are|as|remains|(?<=,))\s{1,3}(?:the\s{1,3})?(?:usual|typical|standard|normal|norm|minimum)(?:\s{1,3}(?:entry(?:-level)?\s{1,3})?(?:requirement|education|credential|qualification|ticket|path|pathway|route|way\s{1,3}in|(?:entry|starting)\s{1,3}point)|(?=\s{0,3}[,.;]))|(?:is|are)\s{1,3}(?:(?:typically|usually|generally|normally)\s{1,3})?(?:required|needed|necessary|enough|sufficient|all\s{1,3}(?:you|they|most|one)\s{1,3}(?:need|needs|require))|(?:that\s{1,3})?(?:most|all|every)\s{1,3}(?:states|employers|jurisdictions)\s{1,3}(?:require|expect|ask\s{1,3}for))(?![A-Za-z\u00C0-\u024F])/gi,
);
/** Where a level's name can start: CALLED_TYPICAL looks back for the last one. */
const LEVEL_START =
  /(?<![A-Za-z\u00C0-\u024F])(?:high|bachelor|master|associate|doctoral|doctorate|Ph\.?D|postsecondary|certificate|some\s|no\s|GED)/gi;

/** Words before a level that leave it the same level: its length or a quality of it. */
const MODIFIER =
  /^(?:(?:one|two|three|four|five|six|seven|eight|\d{1,2})[-\s]year|accredited|relevant|related|graduate-level|advanced|state-approved|[\p{Ll}-]{3,20}(?=\s{1,3}(?:associate|bachelor|master)(?:'s|’s)?\s{1,3}degree))\s{1,3}/iu;
/** The next item of a list: "a license, clinical experience, and a master's degree". */
const ITEM =
  /(?:,\s{1,3}(?:and\s{1,3}|or\s{1,3}|plus\s{1,3})?|\s{1,3}(?:and|or|plus)\s{1,3})(?<least>at\s{1,3}least\s{1,3})?(?:an?\s{1,3})?(?=\S)/gu;
/** Where the list a requirement verb governs ends: a new clause. */
const CLAUSE_END = /[;:—]|\s(?:before|after|which|but|while|because|so\s{1,3}that|to\s{1,3}(?:become|work|practice|sit|get|be))\s/u;
/**
 * BLS's generic names of a level, said further on in the requirement's sentence: "must complete
 * a four-year program, which typically leads to a bachelor's degree". Read up to a contrast, where
 * another role's requirement starts ("…, while registered nurses need a bachelor's degree").
 */
const BLS_NAME = /(?<![A-Za-z])(?:high\s{1,3}school\s{1,3}diploma|(?:associate|bachelor|master)(?:'s|’s)\s{1,3}degree)(?![A-Za-z])/i;
const CONTRAST = /,?\s(?:while|whereas|but|although|though)(?![A-Za-z])|;/i;
/**
 * The level said beside the pay it brings or as the step every worker takes, not after a requirement verb:
 * "RTs earn a median of $82k with an associate's degree", "EMTs earn $44k after a short certificate course",
 * "PTAs finish an associate's degree in two years", "an analyst usually holds a bachelor's degree". A pattern of its
 * own, kept small (CLAIM is big and slow to compile); its level must follow at once (requiredLevel's `end`).
 */
const BESIDE_PAY = new ShortSpaceRegExp(
  String.raw`(?<![A-Za-z\u00C0-\u024F])(?:(?<!(?:I|we|you) )(?:earn|earns|make|makes)\s{1,3}(?:[A-Za-z]{1,12}\s{1,3}){0,4}\$\d[\d,.]{0,9}[kK]?(?:\s{1,3}(?:a|an|per)\s{1,3}(?:year|hour))?\s{1,3}(?:with|after)|finish|finishes|complete|completes|(?:usually|typically|generally)\s{1,3}(?:has|holds))\s{1,3}(?:(?:an?|only|just|short)\s{1,3}){0,2}`,
  'gi',
);
/** A stop, question or exclamation mark (and any closing emphasis, "?**") before a capital ends a sentence. */
const SENTENCE_END = /[.?!][*_)\]]*\s+(?=[*_]*[A-Z])/;
const PREFERENCE =
  /(?<![\p{L}])(?:prefer|prefers|preferred|preference|some\s+(?:employers|positions|jobs|roles|companies|firms|complete|earn|have|hold|pursue)|may(?!\s{1,3}(?:19|20)\d\d)|might|could|can|helpful|advantage|sometimes|often|optional|many|students)(?![\p{L}])/iu;
/** "can start with", "often complete": the usual way in, not a preference (BLS's "can enter with"). */
const ENTRY_HEDGE = new RegExp(String.raw`(?<![\p{L}])(?:can|often)\s{1,3}(?:often\s{1,3})?(?=${ENTRY}|complete|finish|earn)`, 'giu');

/** A yes/no question's opening ("Do principals need …?"); "BLS says they need a bachelor's degree?" doubts a claim it still states. */
const ASKED = /^[\s*_#>-]{0,6}(?:do|does|did|is|are|can|should|will|would|must)\s/iu;

/** Every claim has one of these words (CLAIM's flags): a block without one skips CLAIM, which V8 compiles on first use. */
const MAY_CLAIM =
  /need|require|must|typical|usual|generally|norm|minimum|standard|basic|enough|sufficient|necessary|start|begin|enter|come|ask|call|most|after|following|yes|often/iu;
/** BESIDE_PAY's words, as MAY_CLAIM is CLAIM's. */
const MAY_BESIDE_PAY = /earn|make|finish|complete|has|hold/iu;
/** BLS_CATEGORY's words: a block without one skips it, as MAY_CLAIM lets a block skip CLAIM. */
const MAY_NAME_CATEGORY = /nondegree|doctoral|diploma|credential|college/iu;

/** A row or column labelled with education ("Typical education", "Degree required") states each cell's level. */
const EDUCATION_LABEL = /(?<![\p{L}])(?:education|degree|schooling)(?![\p{L}])/iu;

/** "at least a" before a labelled level, and the level itself, at the start of a cell or a line's value (a yaml value quoted: `education: "Bachelor's degree"`). */
function labelledLevel(text: string, start: number): Found | undefined {
  const lead = /^[\s|*_"'“‘]*(?:(?<least>at\s+least\s+)?(?:an?\s+)?)/iu.exec(text)!;
  const level = levelOf(text.slice(lead[0].length));
  if (!level) return undefined;
  const at = start + lead[0].length;
  return {
    start: at,
    end: at + level.length,
    raw: text.slice(lead[0].length, lead[0].length + level.length),
    level: level.level,
    atLeast: lead.groups?.least !== undefined,
  };
}

function tableEducation(article: Article, roles: ClaimRoles): EducationClaim[] {
  const cells = article.tree.children.flatMap((node) =>
    node.type !== 'table'
      ? []
      : labelledCells(article, node, roles).flatMap((cell) => {
          if (!EDUCATION_LABEL.test(cell.rowLabel) && !EDUCATION_LABEL.test(cell.header)) return [];
          const found = labelledLevel(cell.text, cell.start);
          return found ? [{ ...found, role: cell.role }] : [];
        }),
  );
  // "- Education: high school diploma", "education: Bachelor's degree": a labelled line, its role named in it or its block.
  const lines = labelledLines(article).flatMap((line) => {
    const found = EDUCATION_LABEL.test(line.label) ? labelledLevel(line.value, line.start - line.block.start) : undefined;
    return found ? claimsInBlock({ ...line.block, table: false }, [found], roles) : [];
  });
  return [...cells, ...lines];
}

/** `roles`: the article's roles, with the dataset's names for them when a verdict asks (claim-roles.ts). */
export function educationClaims(article: Article, roles: ClaimRoles = article.roles ?? []): EducationClaim[] {
  const prose = proseEducation(article, roles);
  const labelled = tableEducation(article, roles).filter((t) => !prose.some((p) => p.start < t.end && t.start < p.end));
  const found = withHeadingRoles(article, roles, [...prose, ...labelled], (c) => c.start);
  return withSources(article, found).sort((a, b) => a.start - b.start);
}

type Found = Omit<EducationClaim, 'role'>;

/** The level the requirement at `at` names: right there, as a later item of its list, or by BLS's name later in its sentence. */
function requiredLevel(text: string, at: number, end: number, least: boolean): Found | undefined {
  const found = (from: number, atLeast: boolean): Found | undefined => {
    // "a four-year doctoral degree", "an accredited master's degree": the level after its modifier.
    const words = text.slice(from, from + 120);
    const lead = levelOf(words) ? undefined : MODIFIER.exec(words)?.[0];
    const start = from + (lead?.length ?? 0);
    const level = levelOf(text.slice(start, start + 120));
    return level && { start, end: start + level.length, raw: text.slice(start, start + level.length), level: level.level, atLeast };
  };
  const first = found(at, least);
  if (first) return first;
  const rest = text.slice(at, end);
  const stop = CLAUSE_END.exec(rest)?.index ?? rest.length;
  for (const item of rest.slice(0, stop).matchAll(ITEM)) {
    const next = found(at + item.index + item[0].length, item.groups?.least !== undefined);
    if (next) return next;
  }
  const sentence = rest.slice(0, SENTENCE_END.exec(rest)?.index ?? rest.length);
  const named = BLS_NAME.exec(sentence.slice(0, CONTRAST.exec(sentence)?.index ?? sentence.length));
  return named ? found(at + named.index, false) : undefined;
}

const NEXT_CLAUSE = /;|,\s{0,3}(?:and|but|while|whereas)\s|\s(?:while|whereas)\s/u;

/** The level just before each CALLED_TYPICAL phrase, in its clause. */
const FOR_A_FEW =
  /^\s{0,3}(?:for|in|at|by)\s{1,3}(?:some|certain|many|a\s{1,3}few|senior|advanced|supervisory|management|leadership|specialized|research|teaching)(?![\p{L}])/iu;

/** ", which is what BLS lists" right before a CALLED_TYPICAL phrase. */
const WHICH_IS_WHAT = /,\s{0,3}which\s{1,3}is\s{1,3}what\s{1,3}[^.;!?,]{0,30}$/iu;

/** `from`: where the block's first level word stands (no phrase before it has a level to call usual). */
function calledTypical(text: string, from: number): Found[] {
  if (
    !/usual|typical|standard|norm|minimum|require|needed|necessary|enough|sufficient|expect|ask|all\s{1,3}(?:you|they|most|one)\s/iu.test(
      text,
    )
  )
    return [];
  return matchesFrom(CALLED_TYPICAL, text, from).flatMap((m): Found[] => {
    // "a postsecondary certificate program in culinary arts, which is what BLS lists as the typical entry credential":
    // the relative clause calls its antecedent, further back, the usual level.
    const from = Math.max(0, m.index - (WHICH_IS_WHAT.test(text.slice(Math.max(0, m.index - 60), m.index)) ? 120 : 60));
    const window = text.slice(from, m.index);
    // A word inside a longer level's name ("certificate" in "postsecondary certificate") is not a level of its own.
    const named = [...window.matchAll(LEVEL_START)]
      .map((s) => ({ at: from + s.index, level: levelOf(text.slice(from + s.index, m.index)) }))
      .filter((s, i, all) => s.level && !all.slice(0, i).some((o) => o.level && s.at < o.at + o.level.length))
      .filter((s) => s.level && !/[.;!?]/u.test(text.slice(s.at + s.level.length, m.index)))
      .at(-1);
    // "… is required for some positions", "… for senior roles": a requirement of a few jobs, not the usual one.
    if (!named?.level || FOR_A_FEW.test(text.slice(m.index + m[0].length, m.index + m[0].length + 40))) return [];
    const end = named.at + named.level.length;
    return [{ start: named.at, end, raw: text.slice(named.at, end), level: named.level.level, atLeast: false }];
  });
}

/** The matches of a global pattern from `from` on, as `matchAll` from there gives them. */
function matchesFrom(pattern: RegExp, text: string, from: number): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    found.push(m);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return found;
}

/** The education claims of one block's text, spans relative to it. */
function blockEducation(text: string): Found[] {
  // A requirement names a level after its verb, in its sentence: none is read before the sentence of the block's first level word.
  const firstLevel = firstLevelWord(text);
  // Found only when a requirement or a category is: most blocks that pass the gates state none.
  let sentences: readonly number[] | undefined;
  const sentence = (at: number) => {
    sentences ??= sentenceStarts(text);
    const i = segmentAt(sentences, at);
    return [sentences[i] ?? 0, sentences[i + 1] ?? text.length] as const;
  };
  // A preference ("some employers prefer …") before the level is no typical requirement ("May 2025" is a date).
  // A level asked about ("Do principals need a doctorate?") is no claim; the answer after it states one.
  // Only the claim's own clause can hedge it: "… you can land without a degree; both typically need a …", "If you
  // can teach welding, …: a high school CTE classroom, where teachers typically need a …".
  const clauseStart = (claim: Found) => {
    const from = sentence(claim.start)[0];
    const before = text.slice(from, claim.start);
    // An aside set off by dashes, the claim inside it, is a clause of its own: "work you can learn on the job —
    // BLS lists no formal educational credential as the typical entry requirement —" (past a closed aside,
    // "Some employers prefer — and a few require — a …", the clause runs on).
    const aside = before.split(' — ').length % 2 === 0 ? before.lastIndexOf(' — ') + 1 : 0;
    return from + Math.max(before.lastIndexOf(';') + 1, before.lastIndexOf(', where ') + 1, aside);
  };
  const stated = (claim: Found) =>
    !PREFERENCE.test(text.slice(clauseStart(claim), claim.end).replace(ENTRY_HEDGE, '')) &&
    !(
      ASKED.test(text.slice(sentence(claim.start)[0], claim.start)) &&
      /\?[*_)\]]*\s*$/u.test(text.slice(claim.end, sentence(claim.start)[1]))
    );
  const categories = [
    ...(MAY_NAME_CATEGORY.test(text) ? [...text.matchAll(BLS_CATEGORY)] : []).flatMap((m): Found[] => {
      const level = levelOf(m[0]);
      return level ? [{ start: m.index, end: m.index + m[0].length, raw: m[0], level: level.level, atLeast: false }] : [];
    }),
    ...(firstLevel < 0 ? [] : calledTypical(text, firstLevel)),
  ];
  const required = (firstLevel >= 0 && MAY_CLAIM.test(text) ? matchesFrom(CLAIM, text, sentence(firstLevel)[0]) : []).flatMap((m) => {
    const claim = requiredLevel(text, m.index + m[0].length, sentence(m.index)[1], m.groups!.least !== undefined);
    // BLS's category name restating a named degree ("a Juris Doctor (J.D.) degree, a doctoral or
    // professional degree") is the one claim the sentence makes.
    // Another role's requirement of the same level in the next clause is its own claim ("…, and podiatrists need a doctorate").
    const restated = (c: Found) =>
      claim !== undefined &&
      c.level === claim.level &&
      sentence(c.start)[0] === sentence(claim.start)[0] &&
      !NEXT_CLAUSE.test(text.slice(Math.min(c.end, claim.end), Math.max(c.start, claim.start)));
    return claim && !categories.some((c) => restated(c) || (c.start < claim.end && claim.start < c.end)) ? [claim] : [];
  });
  // The level right after the words (no list, no name later on): "finish" or "with" say nothing of what follows further.
  const beside = (firstLevel >= 0 && MAY_BESIDE_PAY.test(text) ? matchesFrom(BESIDE_PAY, text, sentence(firstLevel)[0]) : []).flatMap(
    (m) => {
      const at = m.index + m[0].length;
      const claim = requiredLevel(text, at, at, false);
      return claim && ![...categories, ...required].some((c) => c.start < claim.end && claim.start < c.end) ? [claim] : [];
    },
  );
  // One level two readings reach ("need 2,000 hours …, and glaziers need a high school diploma") is one claim.
  const unique = [...categories, ...required, ...beside].filter((c, i, all) => all.findIndex((o) => o.start === c.start) === i);
  return unique.filter(stated).sort((a, b) => a.start - b.start);
}

function proseEducation(article: Article, roles: ClaimRoles): EducationClaim[] {
  // Read in every block: articles state requirements in the introduction, FAQ and summaries too.
  // A table's cells are read by their labels (tableEducation), not as prose.
  return proseBlocks(article).flatMap((block) =>
    !block.table && (MAY_CLAIM.test(block.text) || MAY_NAME_CATEGORY.test(block.text) || MAY_BESIDE_PAY.test(block.text))
      ? claimsInBlock(block, blockEducation(block.text), roles)
      : [],
  );
}

export const educationRank = (level: EducationLevel) => EDUCATION_LEVELS.indexOf(level);
