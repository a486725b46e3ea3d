// Precision and recall of the claim engine on the hand-written claim corpus (claims.json): each
// item is placed in a small comparison article, every claim the engine finds is matched to a
// label by its span, and counted correct when it is found, attributed (role) and typed (kind,
// statistic, period, year, place) as labelled; its verdict is scored apart. The not-a-claim list
// (not-claims.json) must give no claim and no finding. `npm run eval` prints the scores;
// test/unit/claim-corpus.test.ts holds them to the bar.
import { readFileSync } from 'node:fs';
import { lint, resolveConfig } from '../../../src/core/index.js';
import type { Article } from '../../../src/core/model/article.js';
import type { RoleIndex } from '../../../src/core/dataset/types.js';
import { listClaims, type ListedClaim } from '../../../src/core/judged/claim-list.js';

/** A label: the claim's words and what the engine must read (ListedClaim's fields but its span). */
type Labelled = Omit<ListedClaim, 'start' | 'end' | 'source' | 'verdict'> & {
  raw: string;
  /** Optional: the source the text names for the claim ("BLS", "Glassdoor"); scored only where labelled. */
  source?: string | null;
  verdict: string;
};

interface Item {
  id: string;
  style?: string;
  roles: [string, string];
  heading?: string;
  text: string;
  claims?: Labelled[];
}

/** A claim as the engine reports it, in the labels' vocabulary. */
export type Found = Omit<Labelled, 'raw' | 'source'> & { source?: string | null; start: number; end: number };

/** The corpus folder: this one by default; `npm run eval -- --holdout` passes test/corpus/claims-holdout/. */
export const CLAIM_CORPUS = new URL('./', import.meta.url);
export const HOLDOUT_CORPUS = new URL('../claims-holdout/', import.meta.url);

const read = (name: string, dir: URL = CLAIM_CORPUS) => JSON.parse(readFileSync(new URL(`./${name}`, dir), 'utf8')) as Item[];

export function articleText(item: Item): { text: string; offset: number } {
  const head = `# ${item.roles[0]} vs. ${item.roles[1]}: What Are the Differences?\n\n${item.heading ? `## ${item.heading}\n\n` : ''}`;
  return { text: `${head}${item.text}\n`, offset: head.length };
}

/** Every claim the engine finds in an article, with its verdict (core/judged/claim-list.ts). */
export function foundClaims(article: Article, dataset: RoleIndex): Found[] {
  return listClaims(article, dataset, resolveConfig());
}

class Tally {
  predicted = 0;
  expected = 0;
  correct = 0;
  verdicts = 0;
  add(other: Partial<Tally>) {
    this.predicted += other.predicted ?? 0;
    this.expected += other.expected ?? 0;
    this.correct += other.correct ?? 0;
    this.verdicts += other.verdicts ?? 0;
  }
  get precision() {
    return this.predicted ? this.correct / this.predicted : 1;
  }
  get recall() {
    return this.expected ? this.correct / this.expected : 1;
  }
  /** Share of the labelled claims found, attributed and typed whose verdict is also right. */
  get verdictRate() {
    return this.correct ? this.verdicts / this.correct : 1;
  }
}

export interface ClaimScores {
  items: number;
  labelled: number;
  total: Tally;
  byKind: Map<string, Tally>;
  byStatistic: Map<string, Tally>;
  misses: string[];
  /** Claims found or findings reported on the not-a-claim list. */
  notClaims: { items: number; claims: number; findings: number; misses: string[] };
}

const CLAIM_RULES = new Set(['salary-mismatch', 'outlook-mismatch', 'education-mismatch']);

function tallyOf(map: Map<string, Tally>, key: string): Tally {
  let tally = map.get(key);
  if (!tally) map.set(key, (tally = new Tally()));
  return tally;
}

const describe = (c: Omit<Labelled, 'raw'>) =>
  `${c.kind}/${c.statistic} role=${c.role} period=${c.period} year=${c.year} place=${c.place}${c.source === undefined ? '' : ` source=${c.source}`} → ${c.verdict}`;

/** What is measured: how an article is linted and its claims found (another engine can be measured the same way). */
export interface ClaimEngine {
  lint(text: string, dataset: RoleIndex): { article: Article; findings: ReadonlyArray<{ ruleId: string; message: string }> };
  found(article: Article, dataset: RoleIndex): Found[];
}

const ENGINE: ClaimEngine = { lint: (text, dataset) => lint(text, { dataset }), found: foundClaims };

export function evaluateClaims(dataset: RoleIndex, engine: ClaimEngine = ENGINE, dir: URL = CLAIM_CORPUS): ClaimScores {
  const items = read('claims.json', dir);
  const scores: ClaimScores = {
    items: items.length,
    labelled: 0,
    total: new Tally(),
    byKind: new Map(),
    byStatistic: new Map(),
    misses: [],
    notClaims: { items: 0, claims: 0, findings: 0, misses: [] },
  };
  const count = (c: { kind: string; statistic: string }, delta: Partial<Tally>) => {
    scores.total.add(delta);
    tallyOf(scores.byKind, c.kind).add(delta);
    tallyOf(scores.byStatistic, `${c.kind === 'salary' ? '' : `${c.kind} `}${c.statistic}`).add(delta);
  };
  for (const item of items) {
    const { text, offset } = articleText(item);
    const { article } = engine.lint(text, dataset);
    const found = engine.found(article, dataset);
    const labels = (item.claims ?? []).map((l) => {
      const at = item.text.indexOf(l.raw);
      if (at < 0) throw new Error(`${item.id}: label "${l.raw}" is not in the text`);
      return { ...l, start: offset + at, end: offset + at + l.raw.length };
    });
    scores.labelled += labels.length;
    const used = new Set<number>();
    for (const claim of found) {
      count(claim, { predicted: 1 });
      const match = labels.findIndex((l, i) => !used.has(i) && l.start < claim.end && claim.start < l.end);
      if (match < 0) {
        scores.misses.push(`${item.id}: unexpected ${describe(claim)} at "${text.slice(claim.start, claim.end)}"`);
        continue;
      }
      used.add(match);
      const label = labels[match]!;
      const typed =
        (['kind', 'statistic', 'role', 'period', 'year', 'place'] as const).every((k) => label[k] === claim[k]) &&
        (label.source === undefined || label.source === (claim.source ?? null));
      if (!typed) {
        scores.misses.push(`${item.id}: "${label.raw}" read as ${describe(claim)}, labelled ${describe(label)}`);
        continue;
      }
      count(label, { correct: 1 });
      if (label.verdict === claim.verdict) count(label, { verdicts: 1 });
      else scores.misses.push(`${item.id}: "${label.raw}" judged ${claim.verdict}, labelled ${label.verdict}`);
    }
    labels.forEach((label, i) => {
      count(label, { expected: 1 });
      if (!used.has(i)) scores.misses.push(`${item.id}: missed ${describe(label)} "${label.raw}"`);
    });
  }
  for (const item of read('not-claims.json', dir)) {
    const { text } = articleText(item);
    const result = engine.lint(text, dataset);
    const claims = engine.found(result.article, dataset);
    const findings = result.findings.filter((f) => CLAIM_RULES.has(f.ruleId));
    scores.notClaims.items++;
    scores.notClaims.claims += claims.length;
    scores.notClaims.findings += findings.length;
    for (const c of claims) scores.notClaims.misses.push(`${item.id}: claim ${describe(c)} at "${text.slice(c.start, c.end)}"`);
    for (const f of findings) scores.notClaims.misses.push(`${item.id}: finding ${f.message}`);
  }
  return scores;
}
