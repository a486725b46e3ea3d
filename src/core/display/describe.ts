// Occupations in words, the same everywhere they are shown: hovers, quick picks, the
// `roles` command, the new-article salary sentence. Top-coded figures read "≥ $239,200".
import { formatUsd } from './format-usd.js';
import { pluralRole } from '../text/role-mentions.js';
import { wageFigure } from '../dataset/bundled.js';
import type { Occupation, Outlook, Release, WageKey } from '../dataset/types.js';

export function describeWage(occupation: Occupation, key: WageKey): string {
  const figure = wageFigure(occupation, key);
  if (!figure) return 'n/a';
  return `${figure.atLeast ? '≥ ' : ''}${formatUsd(figure.value)}`;
}

/** "BLS OEWS May 2024", or a workspace entry's own source and period. */
export function citation(occupation: Occupation): string {
  return `${occupation.source} ${occupation.period}`.trim();
}

export function wageSummary(occupation: Occupation): string {
  return [
    `Mean ${describeWage(occupation, 'mean')}`,
    `Median ${describeWage(occupation, 'median')}`,
    `10th–90th ${describeWage(occupation, 'p10')}–${describeWage(occupation, 'p90')}`,
  ].join(' · ');
}

/** "the U.S. Bureau of Labor Statistics (OEWS May 2025)", from the release's publisher and program. */
export function releaseCitation(release: Release): string {
  return release.publisher ? `the ${release.publisher} (${release.program} ${release.period})` : release.citation;
}

function sourceText(o: Occupation): string {
  return o.release.publisher ? releaseCitation(o.release) : `${o.source} (${o.period})`;
}

/** A role and its occupation. */
export type Picked = { role: string; occupation: Occupation };

// A fact names its role in full ("registered nurses", never only "RNs"): the claim is read,
// and attributed, on its own.
const prose = (r: Picked) => pluralRole(r.role);

/** A sentence for the salary section, with figures and citation from the dataset. */
export function salarySentence(a: Picked, b: Picked): string {
  const part = (r: Picked) => {
    const mean = wageFigure(r.occupation, 'mean');
    return mean ? `earn an average salary of ${formatUsd(mean.value)} per year` : 'earn a salary the data does not state';
  };
  const sources = [...new Set([a.occupation, b.occupation].map(sourceText))];
  return (
    `${capitalised(prose(a))} ${part(a)}, while ${prose(b)} ${part(b)}, according to ${sources.join(' and ')}. ` +
    `The figures are for ${a.occupation.title} (${a.occupation.soc}) and ${b.occupation.title} (${b.occupation.soc}).`
  );
}

/** "+40.1%": EP's employment change over its projection period. */
export function describeChange(outlook: Outlook): string {
  return `${outlook.changePercent > 0 ? '+' : ''}${outlook.changePercent}%`;
}

/** "29,500 openings a year": EP counts are in thousands. */
export function describeOpenings(outlook: Outlook): string {
  return `${Math.round(outlook.openingsPerYear * 1000).toLocaleString('en-US')} openings a year`;
}

/** "+40.1% from 2024 to 2034 (29,500 openings a year)". */
export function outlookSummary(outlook: Outlook): string {
  const span =
    outlook.release.targetYear === undefined ? outlook.release.period : `from ${outlook.release.year} to ${outlook.release.targetYear}`;
  return `${describeChange(outlook)} ${span} (${describeOpenings(outlook)})`;
}

const thousands = (n: number) => Math.round(n * 1000).toLocaleString('en-US');

/** "3,465,400 in 2025 to 3,660,100 in 2035": EP counts are in thousands. */
export function describeEmployment(outlook: Outlook): string {
  const { year, targetYear } = outlook.release;
  return `${thousands(outlook.employmentBase)} in ${year} to ${thousands(outlook.employmentTarget)} in ${targetYear ?? outlook.release.period}`;
}

/** "+194,700 jobs (+5.6%)"; the percent alone where BLS prints no numeric change. */
export function describeEmploymentChange(outlook: Outlook): string {
  if (outlook.changeNumeric === undefined) return describeChange(outlook);
  return `${outlook.changeNumeric > 0 ? '+' : ''}${thousands(outlook.changeNumeric)} jobs (${describeChange(outlook)})`;
}

/** "0.5% in 2025", or "not published" where BLS prints "—" (which is not zero). */
export function describeSelfEmployed(outlook: Outlook): string {
  return outlook.selfEmployedPercent === undefined ? 'not published' : `${outlook.selfEmployedPercent}% in ${outlook.release.year}`;
}

/** The EP figures of an occupation as labelled lines, for the `roles` command and the hover. */
export function outlookFacts(outlook: Outlook): Array<[label: string, value: string]> {
  return [
    ['Employment', describeEmployment(outlook)],
    ['Change', describeEmploymentChange(outlook)],
    ['Openings', `${thousands(outlook.openingsPerYear)} a year`],
    ['Self-employed', describeSelfEmployed(outlook)],
    ['Education', `${outlook.education} (typical for entry)`],
    ['Experience', outlook.experience ?? 'n/a'],
    ['Training', outlook.training ?? 'n/a'],
  ];
}

function capitalised(text: string): string {
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
}
const withArticle = (level: string) => `${/^[aeiou]/i.test(level) ? 'an' : 'a'} ${level}`;
const DEGREE_WORDS = /^(?:High school|Postsecondary|Associate's|Bachelor's|Master's|Doctoral)/;

/** "… typically need a master's degree", the level in BLS's words; "no formal educational credential" reads as such. */
function educationPhrase(outlook: Outlook): string {
  const level = outlook.education;
  if (!DEGREE_WORDS.test(level)) return `typically enter with ${level.charAt(0).toLowerCase()}${level.slice(1)}`;
  return `typically need ${withArticle(level.charAt(0).toLowerCase() + level.slice(1))}`;
}

/** The projections cited once each: two roles from one release name it once, whichever objects hold it. */
function epCitation(a: Picked, b: Picked): string {
  const cite = (r: Release) =>
    r.publisher ? `the ${r.publisher} (${r.program === 'EP' ? 'Employment Projections' : r.program}, ${r.period})` : r.citation;
  return [...new Set([a, b].map((r) => cite(r.occupation.outlook!.release)))].join(' and ');
}

/** The requirements section's opening sentence from EP's typical education, or undefined without data for both. */
export function requirementsSentence(a: Picked, b: Picked): string | undefined {
  if (!a.occupation.outlook || !b.occupation.outlook) return undefined;
  return (
    `${capitalised(prose(a))} ${educationPhrase(a.occupation.outlook)} to enter the occupation, while ${prose(b)} ` +
    `${educationPhrase(b.occupation.outlook)}, according to ${epCitation(a, b)}.`
  );
}

/** "Employment of X is projected to grow N% from 2024 to 2034, …": EP's change, one clause per role. */
export function outlookSentence(a: Picked, b: Picked): string | undefined {
  if (!a.occupation.outlook || !b.occupation.outlook) return undefined;
  const clause = (r: Picked) => {
    const o = r.occupation.outlook!;
    const verb = o.changePercent < 0 ? 'decline' : 'grow';
    const span = o.release.targetYear === undefined ? '' : ` from ${o.release.year} to ${o.release.targetYear}`;
    return `employment of ${prose(r)} is projected to ${verb} ${Math.abs(o.changePercent)}%${span}`;
  };
  return `${capitalised(clause(a))}, and ${clause(b)}, according to ${epCitation(a, b)}.`;
}
