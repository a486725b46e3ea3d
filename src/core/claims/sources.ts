// The source a claim names ("according to Glassdoor", "BLS data shows", "PayScale reports", "the
// Texas Workforce Commission"): part of every claim, whatever its kind. Read from the claim's
// sentence, else its block, else its section: the mention nearest the claim at the first scope
// that has one. BLS and the sites that republish its figures (O*NET, CareerOneStop) state what the
// dataset holds, so their claims are judged as BLS's; a salary site or a state agency measures
// other people or another area, so its figure is not a mismatch with BLS (salary-verdicts.ts and
// outlook-verdicts.ts say what is done with it instead).
import type { Article } from '../model/article.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { mayMatch, type AnchoredPattern } from './anchored.js';

// Each site's pattern with words (lower case) one of which any match of it holds: most scopes name
// no source, and a pattern runs only on a scope holding one of its words (anchored.ts), not all
// fifteen over every sentence, block and section a claim asks about.
const SITES: ReadonlyArray<{ pattern: AnchoredPattern; name: string }> = [
  site(/\bindeed\b/gi, 'Indeed', ['indeed']),
  site(/\bglassdoor\b/gi, 'Glassdoor', ['glassdoor']),
  site(/\bpayscale\b/gi, 'PayScale', ['payscale']),
  site(/\bsalary\.com\b/gi, 'Salary.com', ['salary.com']),
  site(/\bzip ?recruiter\b/gi, 'ZipRecruiter', ['recruiter']),
  site(/\bzippia\b/gi, 'Zippia', ['zippia']),
  site(/\bcomparably\b/gi, 'Comparably', ['comparably']),
  site(/\blevels\.fyi\b/gi, 'Levels.fyi', ['levels.fyi']),
  site(/\blinkedin\b/gi, 'LinkedIn', ['linkedin']),
  site(/\bbuilt ?in\b/gi, 'Built In', ['built']),
  site(/\bsalaryexpert\b/gi, 'SalaryExpert', ['salaryexpert']),
  site(/\bO\*NET(?: ?OnLine)?/g, 'O*NET', ['o*net']),
  site(/\bCareerOneStop\b/gi, 'CareerOneStop', ['careeronestop']),
  site(/\b(?:BLS|bureau of labor statistics|OEWS|occupational outlook handbook)\b/gi, 'BLS', [
    'bls',
    'bureau of labor',
    'oews',
    'occupational',
  ]),
  // "the Texas Workforce Commission", "New York State Department of Labor": named as written.
  site(
    /\b(?:[A-Z][a-z]+\s+){1,3}(?:State\s+)?(?:Department\s+of\s+Labor|Employment\s+Development\s+Department|Workforce\s+Commission|Department\s+of\s+Workforce\s+Development|Labor\s+Market\s+Information)\b/g,
    '',
    ['labor', 'workforce', 'development'],
  ),
];

function site(regex: RegExp, name: string, anchors: readonly string[]) {
  return { pattern: { regex, anchors }, name };
}

/** Sources whose figures are BLS's own: a claim naming one is judged against the dataset. */
const BLS_FIGURES = new Set(['BLS', 'O*NET', 'CareerOneStop']);

/** Whether a named source publishes BLS's figures (undefined: none named, so the dataset's are assumed). */
export function judgedAsBls(source: string | undefined): boolean {
  return source === undefined || BLS_FIGURES.has(source);
}

/**
 * The source named in `text` for the claim at [start, end) (offsets into `text`): one cited right
 * after it ("$82,000, according to Indeed", "$92,650 (BLS)"), else the nearest before it
 * ("PayScale puts it at $67,000, but BLS data shows $92,650": each figure its own), else the
 * nearest after it in the same clause.
 */
function nearestIn(text: string, sites: readonly Site[], start: number, end: number): string | undefined {
  let best: { name: string; rank: number; distance: number } | undefined;
  for (const m of sites) {
    const after = m.index >= end;
    const distance = after ? m.index - end : Math.max(0, start - (m.index + m.length));
    const gap = after ? text.slice(end, m.index) : '';
    // "$90,000, and according to Glassdoor assistants earn $48,000": a source past a new clause is the next figure's.
    if (after && NEXT_CLAUSE.test(gap)) continue;
    const rank = after && distance <= TRAILING && CITING.test(gap) ? 0 : after ? 2 : 1;
    if (!best || rank < best.rank || (rank === best.rank && distance < best.distance)) {
      best = { name: m.name, rank, distance };
    }
  }
  return best?.name;
}

/** A source named in a scope's text: where, how long, and the name it is reported by. */
interface Site {
  index: number;
  length: number;
  name: string;
}

/** Every source named in `text`, in SITES order (nearestIn keeps the first of equally near ones). */
function sitesIn(text: string): Site[] {
  const lower = text.toLowerCase();
  return SITES.flatMap(({ pattern, name }) =>
    !mayMatch(pattern, text, lower)
      ? []
      : [...text.matchAll(pattern.regex)].map((m) => ({
          index: m.index,
          length: m[0].length,
          name: name || m[0].replace(/^The\s+/u, '').replace(/\s+/gu, ' '),
        })),
  );
}

// Every claim of a block or section asks about the same scopes: each scope's sources are found
// once per article (the block's and the section's text were scanned once per claim before, a
// twentieth of lint's CPU on the benchmark's articles).
const sitesMemo = new WeakMap<Article, Map<string, Site[]>>();

function sitesOf(article: Article, from: number, to: number): Site[] {
  let byScope = sitesMemo.get(article);
  if (!byScope) sitesMemo.set(article, (byScope = new Map<string, Site[]>()));
  const key = `${from}:${to}`;
  let sites = byScope.get(key);
  if (!sites) byScope.set(key, (sites = sitesIn(article.text.slice(from, to))));
  return sites;
}

/** How far after a figure a citation of it may stand (", according to the Bureau of Labor Statistics"). */
const TRAILING = 40;
const NEXT_CLAUSE = /\b(?:and|but|while|whereas|although|though)\b|;/i;
/** The words between a figure and the source cited for it: "$X a year, according to the", "$X (", "$X, per". */
const CITING = /^[^\d$]*?(?:according\s{1,3}to|\bper|\bvia|\bfrom|\bciting|\bsources?:?|\()\s{0,3}(?:the\s{1,3})?$/i;

/** The claims with the source each names, where one does. */
export function withSources<T extends { start: number; end: number; source?: string }>(article: Article, claims: T[]): T[] {
  return claims.map((claim) => {
    const source = namedSource(article, claim.start, claim.end);
    return source === undefined ? claim : { ...claim, source };
  });
}

/** The source a claim at [start, end) of the article names: in its sentence, else its block, else its section. */
export function namedSource(article: Article, start: number, end: number): string | undefined {
  const block = article.tree.children.find(
    (n) => (n.position?.start.offset ?? Infinity) <= start && start < (n.position?.end.offset ?? -1),
  );
  // Nearest first: the claim's sentence, its block, its section. The sentence's sources are the
  // block's that stand in it (no source's name spans a sentence's end): one scan per block.
  const scopes: Array<{ from: number; to: number; sites: () => Site[] }> = [];
  if (block?.position) {
    const from = block.position.start.offset ?? 0;
    const to = Math.min(block.position.end.offset ?? Infinity, article.text.length);
    const starts = sentenceStarts(article.text.slice(from, to));
    const i = segmentAt(starts, start - from);
    const [first, last] = [from + starts[i]!, from + (starts[i + 1] ?? to - from)];
    const blockSites = () => sitesOf(article, from, to);
    const inSentence = () =>
      blockSites()
        .filter((s) => from + s.index >= first && from + s.index + s.length <= last)
        .map((s) => ({ ...s, index: from + s.index - first }));
    scopes.push({ from: first, to: last, sites: inSentence }, { from, to, sites: blockSites });
  }
  const section = article.sections.find((s) => s.bodyStart <= start && start < s.bodyEnd);
  if (section)
    scopes.push({ from: section.bodyStart, to: section.bodyEnd, sites: () => sitesOf(article, section.bodyStart, section.bodyEnd) });
  for (const { from, to, sites } of scopes) {
    const found = nearestIn(article.text.slice(from, to), sites(), start - from, end - from);
    if (found !== undefined) return found;
  }
  return undefined;
}
