// A deterministic generator of career comparison articles for the benchmarks: two roles
// from the bundled dataset, paragraphs of varied length, salary figures in every form the
// linter reads, and a share of articles with the problems the rules exist for. The same
// seed always gives the same text, so two benchmark runs lint the same bytes.
import type { Occupation } from '../src/core/dataset/types.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { indefiniteArticle } from '../src/core/model/title.js';
import { formatUsd } from '../src/core/display/format-usd.js';
import { pluralize } from '../src/core/text/role-mentions.js';
import { loadBundledDataset } from '../src/node/bundled-dataset.js';

/** mulberry32: small, fast and the same everywhere. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Role {
  name: string;
  plural: string;
  occupation: Occupation;
}

export type Problem = 'missing-section' | 'wrong-salary' | 'wrong-article' | 'section-order' | 'no-source' | 'duplicate-section';
export const PROBLEMS: readonly Problem[] = [
  'missing-section',
  'wrong-salary',
  'wrong-article',
  'section-order',
  'no-source',
  'duplicate-section',
];

/** "Sales Managers" -> "Sales Manager", "Secretaries" -> "Secretary", "Firemen" -> "Fireman". */
function singular(title: string): string {
  if (title.endsWith('ies')) return `${title.slice(0, -3)}y`;
  if (title.endsWith('men')) return `${title.slice(0, -3)}man`;
  if (/(ches|shes|sses|xes)$/.test(title)) return title.slice(0, -2);
  return title.endsWith('s') ? title.slice(0, -1) : title;
}

/** Roles with a short plain title that the dataset matches back to its own occupation. */
export async function loadRoles(): Promise<Role[]> {
  const bundled = await loadBundledDataset();
  const index = createRoleIndex(bundled);
  const roles: Role[] = [];
  for (const occupation of bundled) {
    const { title, wages, topCoded } = occupation;
    if (/[,()/]|\band\b|\bAll Other\b|\bExcept\b/.test(title) || title.split(' ').length > 3 || !title.endsWith('s')) continue;
    if (!wages.mean || !wages.median || !wages.hourlyMean || !wages.p25 || !wages.p75 || topCoded.length > 0) continue;
    const name = singular(title);
    const matches = index.match(name);
    if (matches.length !== 1 || matches[0]!.occupation.soc !== occupation.soc) continue;
    const words = name.split(' ');
    words[words.length - 1] = pluralize(words.at(-1)!);
    roles.push({ name, plural: words.join(' ').toLowerCase(), occupation });
  }
  return roles;
}

const VERBS = [
  'plan',
  'review',
  'coordinate',
  'document',
  'explain',
  'measure',
  'improve',
  'schedule',
  'check',
  'present',
  'negotiate',
  'design',
  'test',
  'support',
];
const OBJECTS = [
  'the weekly work',
  'budgets',
  'reports for management',
  'new procedures',
  'customer requests',
  'safety rules',
  'quality standards',
  'training plans',
  'the results of each project',
  'equipment and supplies',
  'records',
  'their team’s priorities',
];
const PLACES = [
  'offices',
  'hospitals',
  'factories',
  'schools',
  'government agencies',
  'small firms',
  'large companies',
  'field sites',
  'home offices',
  'laboratories',
];
const SKILLS = [
  'clear writing',
  'attention to detail',
  'patience',
  'problem solving',
  'teamwork',
  'time management',
  'numeracy',
  'listening',
  'leadership',
  'technical knowledge',
  'negotiation',
  'resilience',
];
const DEGREES = [
  'a high school diploma',
  'an associate degree',
  'a bachelor’s degree',
  'a master’s degree',
  'a professional certificate',
  'several years of experience',
];
const LINKS = [
  '[O*NET OnLine](https://www.onetonline.org/)',
  '[the Occupational Outlook Handbook](https://www.bls.gov/ooh/)',
  '[CareerOneStop](https://www.careeronestop.org/)',
];

type Pick = <T>(items: readonly T[]) => T;

function sentence(rand: () => number, pick: Pick, role: Role, other: Role): string {
  const r = pick([role.plural, `most ${role.plural}`, `many ${role.plural}`]);
  const o = other.plural;
  const templates = [
    () => `${cap(r)} ${pick(VERBS)} ${pick(OBJECTS)} and ${pick(VERBS)} ${pick(OBJECTS)} on most days.`,
    () => `In ${pick(PLACES)}, ${r} often ${pick(VERBS)} ${pick(OBJECTS)} with help from ${o}.`,
    () => `Employers look for ${pick(SKILLS)}, ${pick(SKILLS)} and ${pick(SKILLS)} when they hire ${role.plural}.`,
    () => `Compared with ${o}, ${role.plural} spend more time on ${pick(OBJECTS)} and less on ${pick(OBJECTS)}.`,
    () =>
      `A typical path starts with ${pick(DEGREES)}, followed by on-the-job training that can last ${2 + Math.floor(rand() * 20)} months.`,
    () =>
      `Many ${role.plural} work in ${pick(PLACES)} or ${pick(PLACES)}, and about ${10 + Math.floor(rand() * 80)} percent of them work full time.`,
    () => `**Tip:** read about ${role.plural} in ${pick(LINKS)} before you apply.`,
    () => `The work rewards ${pick(SKILLS)} more than ${pick(SKILLS)}, which surprises people who move in from other fields.`,
  ];
  return pick(templates)();
}

const cap = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function paragraph(rand: () => number, pick: Pick, role: Role, other: Role, sentences: number): string {
  const parts: string[] = [];
  for (let i = 0; i < sentences; i++) parts.push(sentence(rand, pick, rand() < 0.5 ? role : other, rand() < 0.5 ? other : role));
  return parts.join(' ');
}

function list(rand: () => number, pick: Pick, role: Role, other: Role): string {
  const items = 3 + Math.floor(rand() * 4);
  const ordered = rand() < 0.3;
  return Array.from({ length: items }, (_, i) => `${ordered ? `${i + 1}.` : '-'} ${sentence(rand, pick, role, other)}`).join('\n');
}

const usd = (n: number) => formatUsd(Math.round(n));
const thousands = (n: number, decimals: number) => `$${(n / 1000).toFixed(decimals)}${decimals ? 'k' : 'K'}`;

/** One salary sentence about `role`, in the form `form` (0..9), with the figure off by `factor`. */
function salarySentence(role: Role, form: number, factor: number): string {
  const w = role.occupation.wages;
  const mean = w.mean! * factor;
  const median = w.median! * factor;
  const hourly = Math.round(w.hourlyMean! * factor * 100) / 100;
  const p = cap(role.plural);
  switch (form % 10) {
    case 0:
      return `${p} earn an average salary of ${usd(mean)} per year.`;
    case 1:
      return `The median salary for ${role.plural} is ${thousands(median, 0)}.`;
    case 2:
      return `On average, ${role.plural} make about ${thousands(mean, 1)} a year.`;
    case 3:
      return `${p} earn a mean wage of ${usd(mean).slice(1)} USD.`;
    case 4:
      return `${p} earn an average of $${hourly.toFixed(2)} per hour.`;
    case 5:
      return `${p} earn a median of ${usd(median)} a year.`;
    case 6:
      return `That works out to an average of ${usd(mean / 12)} per month for ${role.plural}.`;
    case 7:
      return `${p} take home an average of ${usd(mean / 52)} weekly before taxes.`;
    case 8:
      return `Most ${role.plural} earn between ${thousands(w.p25! * factor, 0)} and ${thousands(w.p75! * factor, 0)}.`;
    default:
      return `The middle half of ${role.plural} earn ${usd(w.p25! * factor)}–${usd(w.p75! * factor)}.`;
  }
}

function salaryTable(a: Role, b: Role): string {
  return [
    '| Role | Average salary | Median salary |',
    '| --- | ---: | ---: |',
    `| ${a.name} | ${usd(a.occupation.wages.mean!)} | ${usd(a.occupation.wages.median!)} |`,
    `| ${b.name} | ${usd(b.occupation.wages.mean!)} | ${usd(b.occupation.wages.median!)} |`,
  ].join('\n');
}

export interface ArticleOptions {
  seed: number;
  /** Approximate size of the article in bytes. */
  bytes: number;
  /** Problems to plant (none: a clean article). */
  problems?: readonly Problem[];
  /** Fixed pair of roles; otherwise picked by the seed. */
  roles?: [Role, Role];
}

const SECTIONS = [
  ['duties', 'Job Duties'],
  ['requirements', 'Job Requirements'],
  ['environment', 'Work Environment'],
  ['skills', 'Skills'],
  ['salary', 'Salary'],
] as const;

/** One article; its blocks are filled round-robin until the text reaches `bytes`. */
export function generateArticle(roles: readonly Role[], options: ArticleOptions): string {
  const rand = random(options.seed);
  const pick: Pick = (items) => items[Math.floor(rand() * items.length)]!;
  const problems = new Set(options.problems ?? []);
  const [a, first] = options.roles ?? [pick(roles), pick(roles)];
  let b = first;
  while (b.occupation.soc === a.occupation.soc) b = pick(roles);

  // Blocks of each part; prose is appended to them until the size is reached.
  const parts: Array<{ heading: string; blocks: string[]; role: Role; other: Role }> = [];
  const definitionArticle = (role: Role) => {
    const right = indefiniteArticle(role.name);
    return problems.has('wrong-article') && role === a ? (right === 'a' ? 'an' : 'a') : right;
  };
  parts.push({ heading: '', blocks: [], role: a, other: b });
  parts.push({ heading: `## What is ${definitionArticle(a)} ${a.name}?`, blocks: [], role: a, other: b });
  parts.push({ heading: `## What is ${definitionArticle(b)} ${b.name}?`, blocks: [], role: b, other: a });
  const missing = problems.has('missing-section') ? Math.floor(rand() * 4) : -1; // never the salary section
  let sections = SECTIONS.filter((_, i) => i !== missing).map(([, label]) => label as string);
  if (problems.has('section-order')) sections = [sections[1]!, sections[0]!, ...sections.slice(2)];
  if (problems.has('duplicate-section')) sections.splice(2, 0, sections[0]!);
  const comparison = parts.length;
  // Each comparison section names both roles at least once, as a real one does.
  const compare = () => `Compared with ${b.plural}, ${a.plural} spend more time on ${pick(OBJECTS)} and less on ${pick(OBJECTS)}.`;
  for (const label of sections) parts.push({ heading: `### ${label}`, blocks: [compare()], role: a, other: b });
  const salary = parts.findIndex((p) => p.heading === '### Salary');
  parts.push({
    heading: `## ${pick(['Which Career Is Right for You?', 'Frequently Asked Questions', 'Conclusion'])}`,
    blocks: [],
    role: a,
    other: b,
  });

  // The salary section: one figure per role in a form of its own, a source, sometimes a table.
  const factor = problems.has('wrong-salary') ? pick([0.55, 1.7]) : 1;
  const salaryBlocks = parts[salary]!.blocks;
  salaryBlocks.push(`${salarySentence(a, Math.floor(rand() * 10), factor)} ${salarySentence(b, Math.floor(rand() * 10), 1)}`);
  if (!problems.has('no-source')) {
    salaryBlocks.push(
      `These figures come from the U.S. Bureau of Labor Statistics (BLS) Occupational Employment and Wage Statistics for ${a.occupation.period}.`,
    );
  }
  if (rand() < 0.3) salaryBlocks.push(salaryTable(a, b));

  const head =
    rand() < 0.2
      ? `---\ntitle: "${a.name} vs. ${b.name}"\ndate: 2025-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}\ntags: [careers, ${a.occupation.soc}]\n---\n\n`
      : '';
  const title = `# ${a.name} vs. ${b.name}: What Are the Differences?`;
  const render = () =>
    head +
    [
      title,
      ...parts.flatMap((p, i) => [
        ...(i === comparison ? [`## ${a.name} vs. ${b.name}`] : []),
        ...(p.heading ? [p.heading] : []),
        ...p.blocks,
      ]),
    ].join('\n\n') +
    '\n';

  // Every part gets at least one paragraph; then fill round-robin up to the size.
  let size = 0;
  for (let round = 0; round === 0 || size < options.bytes; round++) {
    for (const part of parts) {
      const block =
        rand() < 0.15 ? list(rand, pick, part.role, part.other) : paragraph(rand, pick, part.role, part.other, 2 + Math.floor(rand() * 7));
      part.blocks.splice(part === parts[salary] ? 0 : part.blocks.length, 0, block);
      size += block.length + 2;
      if (round > 0 && size >= options.bytes) break;
    }
    if (round === 0) size = Buffer.byteLength(render());
  }
  return render();
}

/** Problems for article `i` of a corpus: about one in three has one or two. */
export function problemsFor(seed: number): Problem[] {
  const rand = random(seed ^ 0x5eed);
  if (rand() >= 0.35) return [];
  const first = PROBLEMS[Math.floor(rand() * PROBLEMS.length)]!;
  const second = rand() < 0.3 ? PROBLEMS[Math.floor(rand() * PROBLEMS.length)]! : first;
  return [...new Set([first, second])];
}

export function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** An article of about `words` words (about 6 bytes a word). */
export function articleOfWords(roles: readonly Role[], words: number, seed: number): string {
  let bytes = words * 6;
  let text = generateArticle(roles, { seed, bytes });
  // One correction step is enough to land within a few percent.
  bytes = Math.round(bytes * (words / wordCount(text)));
  text = generateArticle(roles, { seed, bytes });
  return text;
}
