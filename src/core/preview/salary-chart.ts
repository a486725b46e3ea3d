// The salary row's chart data: for each role, the dataset's 10th–90th percentile band,
// 25th–75th box, median and mean, and the article's figures with the verdicts salary-mismatch
// gives them (claims/salary-verdicts.ts, under the lint's config). Positions are percentages of
// one axis shared by both roles.
import type { Article } from '../model/article.js';
import type { Occupation, RoleIndex, WageKey } from '../dataset/types.js';
import { wageFigure } from '../dataset/bundled.js';
import {
  citation,
  describeChange,
  describeEmployment,
  describeEmploymentChange,
  describeOpenings,
  describeSelfEmployed,
  describeWage,
} from '../display/describe.js';
import { salaryClaims, type SalaryClaim } from '../claims/salary-claims.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { statisticLabel, type Verdict } from '../claims/salary-judge.js';
import { verdictFor, type SalaryJudgement } from '../claims/salary-verdicts.js';
import { judgedSalaries } from '../judged/settings.js';
import { outlookClaimViews } from './outlook-claims.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { formatUsd } from '../display/format-usd.js';
import { linesOf } from './sentences.js';
import type { ChartClaim, ChartMark, RoleSalary, SalaryChart } from './types.js';

const BAND_KEYS = ['p10', 'p25', 'median', 'mean', 'p75', 'p90'] as const satisfies readonly WageKey[];
const STEPS = [1_000, 2_000, 5_000, 10_000, 20_000, 25_000, 50_000, 100_000, 200_000, 500_000];

type Scale = (value: number) => number;

/** A round axis around every value, with room past a top-coded figure for its open end. */
function axisFor(values: number[], openEnded: boolean): SalaryChart['axis'] & { scale: Scale } {
  // reduce, not a spread: a salary table can hold more figures than a call has room for arguments.
  const low = values.reduce((a, b) => Math.min(a, b), Infinity);
  // A top-coded figure is its release's cap (in `values`): leave room past it for the open end.
  const high = values.reduce((a, b) => Math.max(a, b), -Infinity) * (openEnded ? 1.12 : 1);
  const bounds = (step: number) => {
    const min = Math.max(0, Math.floor((low * 0.97) / step) * step);
    return { step, min, max: Math.max(min + step, Math.ceil((high * 1.03) / step) * step) };
  };
  // At most five intervals, so the tick labels fit under a chart in a narrow column.
  const { step, min, max } = STEPS.map(bounds).find((b) => (b.max - b.min) / b.step <= 5) ?? bounds(STEPS.at(-1)!);
  const scale: Scale = (v) => Math.round(Math.min(100, Math.max(0, ((v - min) / (max - min)) * 100)) * 100) / 100;
  const ticks = [];
  for (let v = min; v <= max; v += step) ticks.push({ pct: scale(v), label: v >= 1000 ? `$${Math.round(v / 1000)}k` : formatUsd(v) });
  return { min, max, ticks, scale };
}

const rangeOf = (claim: SalaryClaim): [number, number] | undefined => {
  const { annual, annualLow, annualHigh } = claim.figure;
  if (annual !== undefined) return [annual, annual];
  if (annualLow === undefined) return undefined;
  return [annualLow, annualHigh ?? annualLow];
};

function detailOf(verdict: Verdict | undefined, from: number, to: number): string {
  if (!verdict) return 'No occupation to compare with';
  if (from !== to) {
    const { occupation } = verdict;
    const band = `${describeWage(occupation, 'p10')}–${describeWage(occupation, 'p90')}`;
    return verdict.fits ? `Overlaps the 10th–90th percentile band (${band})` : `Outside the 10th–90th percentile band (${band})`;
  }
  if (verdict.expected === undefined || verdict.deviation === undefined) return 'The dataset publishes no figure to compare with';
  if (!verdict.fits && verdict.outdated) {
    const { release, statistic, value } = verdict.outdated;
    return `The ${release.period} ${statisticLabel(statistic)} (${formatUsd(value)}); the ${verdict.occupation.period} ${statisticLabel(statistic)} is ${formatUsd(verdict.expected)}`;
  }
  const pct = Math.round(verdict.deviation * 100);
  const how = pct === 0 ? 'In line with' : `${pct > 0 ? '+' : ''}${pct}% from`;
  return `${how} the ${verdict.statistic ? statisticLabel(verdict.statistic) : 'figure'} (${formatUsd(verdict.expected)})`;
}

/** Whether a judged figure agrees with the dataset (undefined: not compared), and the verdict that says why. */
function shownVerdict(judgement: SalaryJudgement): { fits: boolean | undefined; shown: Verdict | undefined; note?: string } {
  const { outcome, matches } = judgement;
  if (outcome.type === 'place')
    return { fits: undefined, shown: undefined, note: `Stated for ${outcome.place}: not checked against national figures` };
  if (outcome.type === 'other-source')
    return {
      fits: outcome.report?.messageId !== 'outsideBand',
      shown: undefined,
      note: 'From another named source: held to the 10th–90th percentile band',
    };
  if (outcome.type === 'dated') return { fits: false, shown: outcome.verdict };
  if (outcome.type !== 'judged') return { fits: undefined, shown: undefined };
  // The charted occupation's verdict explains the colour, unless another candidate is the one that fits.
  const shown = (outcome.fits ? outcome.verdicts.find((v) => v.fits) : undefined) ?? verdictFor(judgement, matches[0]!.occupation);
  return { fits: outcome.fits, shown };
}

function roleSalary(article: Article, index: RoleIndex | undefined, role: string, judged: readonly SalaryJudgement[]) {
  const { matches, pinned } = index ? resolveRole(article, index, role) : { matches: [], pinned: undefined };
  const occupation: Occupation | undefined = matches[0]?.occupation;
  const charted = judged
    .filter((j) => j.claim.role === role)
    .flatMap((judgement) => {
      const { claim } = judgement;
      const range = rangeOf(claim);
      if (!range) return [];
      const { fits, shown, note } = shownVerdict(judgement);
      return [{ claim, range, fits, detail: note ?? detailOf(shown, ...range) }];
    });
  const unavailable = !index
    ? 'Salary checks are off, so no dataset is loaded'
    : occupation
      ? undefined
      : pinned !== undefined
        ? `The dataset has no occupation with the pinned SOC code ${pinned}`
        : `No occupation in the dataset matches “${role}”`;
  return {
    role,
    occupation,
    alternatives: matches.slice(1).map((m) => `${m.occupation.title} (${m.occupation.soc})`),
    judged: charted,
    unavailable,
  };
}

export function buildSalaryChart(article: Article, index: RoleIndex | undefined, config: ResolvedConfig): SalaryChart | undefined {
  const roles = article.roles;
  if (!roles) return undefined;
  // Without a dataset the figures are charted unjudged.
  const judged: readonly SalaryJudgement[] = index
    ? judgedSalaries(article, index, config)
    : salaryClaims(article).map((claim) => ({ claim, matches: [], keys: [], outcome: { type: 'unknown-role' } }));
  const parts = roles.map((role) => roleSalary(article, index, role, judged)) as [
    ReturnType<typeof roleSalary>,
    ReturnType<typeof roleSalary>,
  ];

  const values: number[] = [];
  let openEnded = false;
  for (const part of parts) {
    for (const key of BAND_KEYS) {
      const figure = part.occupation && wageFigure(part.occupation, key);
      if (!figure) continue;
      values.push(figure.value);
      openEnded ||= figure.atLeast;
    }
    for (const { range } of part.judged) for (const value of range) values.push(value);
  }
  if (values.length === 0) values.push(0, 100_000);
  const axis = axisFor(values, openEnded);

  const mark = (occupation: Occupation, key: (typeof BAND_KEYS)[number]): ChartMark | undefined => {
    const figure = wageFigure(occupation, key);
    return figure && { value: figure.value, atLeast: figure.atLeast, pct: axis.scale(figure.value), label: describeWage(occupation, key) };
  };
  const toRole = (part: (typeof parts)[number]): RoleSalary => {
    const { occupation } = part;
    const chartClaims: ChartClaim[] = part.judged.map(({ claim, range: [from, to], fits, detail }) => ({
      raw: claim.figure.raw,
      label: from === to ? formatUsd(Math.round(from)) : `${formatUsd(Math.round(from))}–${formatUsd(Math.round(to))}`,
      from: axis.scale(from),
      to: axis.scale(to),
      fits,
      clipped: to > axis.max || from < axis.min,
      detail,
      lines: linesOf(article, claim.figure.start, claim.figure.end),
    }));
    return {
      role: part.role,
      ...(part.unavailable !== undefined && { unavailable: part.unavailable }),
      ...(occupation && {
        occupation: {
          title: occupation.title,
          soc: occupation.soc,
          citation: citation(occupation),
          period: occupation.period,
          source: occupation.source,
          ...(occupation.url && { url: occupation.url }),
        },
        ...(occupation.outlook && {
          outlook: {
            period: occupation.outlook.release.period,
            citation: occupation.outlook.release.citation,
            change: describeChange(occupation.outlook),
            openings: describeOpenings(occupation.outlook),
            employment: `${describeEmployment(occupation.outlook)}; ${describeEmploymentChange(occupation.outlook)}`,
            selfEmployed: describeSelfEmployed(occupation.outlook),
            education: occupation.outlook.education,
            ...(occupation.outlook.url && { url: occupation.outlook.url }),
            ...(index && { claims: outlookClaimViews(article, index, config, part.role) }),
          },
        }),
        band: Object.fromEntries(BAND_KEYS.flatMap((key) => (mark(occupation, key) ? [[key, mark(occupation, key)]] : []))),
      }),
      alternatives: part.alternatives,
      claims: chartClaims,
    };
  };
  const { scale: _scale, ...plainAxis } = axis;
  return { axis: plainAxis, roles: [toRole(parts[0]), toRole(parts[1])] };
}
