// outlook-mismatch: a job outlook statement ("employment of nurse practitioners is projected to
// grow 40% from 2024 to 2034") agrees with BLS Employment Projections, the release the dataset
// carries: the percent within `tolerance` percentage points of the projected change, the
// direction the same, and the period the current projection's. Outlook figures go stale with
// each projection round, and readers take them for facts.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import type { Outlook } from '../dataset/types.js';
import type { OutlookClaim } from '../claims/outlook-claims.js';
import { DECLINE, outlookVerdicts, type OutlookJudgement } from '../claims/outlook-verdicts.js';
import { rewriteCount, rewritePercent } from '../claims/fact-edits.js';

const signed = (n: number) => `${n > 0 ? '+' : ''}${n}%`;

/** The claim with the projection's figures in its own words: only the verb, percent and years change. */
function rewritten(claim: OutlookClaim, outlook: Outlook): string {
  const { changePercent, release } = outlook;
  const verb = claim.parts.verb && claim.raw.slice(...claim.parts.verb);
  const turn = verb !== undefined && changePercent !== 0 && Math.sign(changePercent) !== claim.direction;
  const word = changePercent < 0 ? 'decline' : 'grow';
  const edits: Array<[[number, number] | undefined, string]> = [
    [claim.parts.verb, turn ? (verb[0] === verb[0]!.toUpperCase() ? word[0]!.toUpperCase() + word.slice(1) : word) : (verb ?? '')],
    [claim.parts.percent, String(Math.abs(changePercent))],
    [claim.parts.from, String(release.year)],
    [claim.parts.to, release.targetYear === undefined ? '' : String(release.targetYear)],
  ];
  let text = claim.raw;
  for (const [span, value] of edits.filter((e): e is [[number, number], string] => e[0] !== undefined).sort((a, b) => b[0][0] - a[0][0])) {
    if (value !== '') text = text.slice(0, span[0]) + value + text.slice(span[1]);
  }
  return text;
}

const COUNT_MESSAGES = {
  employment: 'employment',
  'employment-change': 'employmentChange',
  openings: 'openings',
  'self-employed': 'selfEmployed',
} as const;
const jobs = (n: number) => Math.round(n).toLocaleString('en-US');

export default defineRule({
  id: 'outlook-mismatch',
  topic: 'outlook',
  description: 'Job outlook statements and counts agree with the BLS Employment Projections in the role dataset.',
  severity: 'warning',
  fixable: false,
  usesDataset: true,
  options: z.object({
    tolerance: z
      .number()
      .min(0)
      .max(100)
      .default(2)
      .describe('Largest accepted difference from the projected change, in percentage points.'),
  }),
  messages: {
    percent: 'Unexpected job outlook `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}`',
    direction:
      'Unexpected job outlook `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}`, the other direction',
    outdated:
      'Out-of-date projection period `{from} to {to}` for `{role}`: the current BLS projections are for {period} (`{expected}` for {occupation})',
    outdatedFigure:
      "Out-of-date figure `{claim}` for `{role}`: it is the {old} projections' figure; {source} gives `{expected}` for {occupation} ({soc})",
    outdatedEmployment:
      "Out-of-date figure `{claim}` for `{role}`: it is the {old} wage survey's employment; {source} gives `{expected}` for {occupation} ({soc})",
    outdatedYear: 'Out-of-date year `{year}` for `{claim}` of `{role}`: {source} gives `{expected}` for {occupation} ({soc}) in {base}',
    outdatedTarget:
      'Out-of-date projection `by {to}` for `{role}`: the current BLS projections are for {period} (`{expected}` for {occupation})',
    descriptor:
      'Unexpected job outlook `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}`, which BLS describes as “{band}”',
    employment: 'Unexpected employment `{claim}` for `{role}`: {source} employment for {occupation} ({soc}) in {year} is `{expected}`',
    employmentChange: 'Unexpected employment change `{claim}` for `{role}`: {source} change for {occupation} ({soc}) is `{expected}` jobs',
    openings: 'Unexpected job openings `{claim}` for `{role}`: {source} projects `{expected}` openings a year for {occupation} ({soc})',
    selfEmployed: 'Unexpected self-employed share `{claim}` for `{role}`: {source} share for {occupation} ({soc}) is `{expected}`',
    otherSource: '`{claim}` for `{role}` is stated from {named}: not checked against {source} ({occupation})',
  },
  refreshes: [
    'percent',
    'direction',
    'outdated',
    'outdatedTarget',
    'outdatedFigure',
    'outdatedEmployment',
    'outdatedYear',
    'descriptor',
    'employment',
    'employmentChange',
    'openings',
    'selfEmployed',
  ],
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const judgement of outlookVerdicts(article, dataset, options)) {
      const { claim, role, occupation, outlook, outcome } = judgement;
      if (!role || !occupation || !outlook || outcome.type === 'fits' || outcome.type === 'unchecked') continue;
      const values = {
        claim: claim.raw.trim(),
        role,
        source: `BLS Employment Projections ${outlook.release.period}`,
        occupation: occupation.title,
        soc: occupation.soc,
        expected: signed(outlook.changePercent),
      };
      if (outcome.type === 'other-source') {
        // Another source's count or projection is no BLS mismatch: said, like a place-bound figure, at info.
        report({
          messageId: 'otherSource',
          values: { ...values, named: outcome.source },
          start: claim.start,
          end: claim.end,
          severity: 'info',
          data: { role, kind: claim.kind, socCode: occupation.soc, source: outcome.source },
        });
        continue;
      }
      const text = replacement(judgement);
      const base = {
        start: claim.start,
        end: claim.end,
        suggestions:
          text === undefined || text === claim.raw
            ? []
            : [{ title: `Replace with ${text.trim()}`, fix: { range: [claim.start, claim.end] as [number, number], text } }],
        data: {
          role,
          kind: claim.kind,
          socCode: occupation.soc,
          claimed: claim.kind === 'outlook-sentence' ? claim.percent : (claim.value ?? claim.descriptor),
          expected:
            outcome.type === 'outdated' ? (outcome.year?.expected ?? outcome.older?.expected ?? outlook.changePercent) : outcome.expected,
        },
        related: [
          {
            message: `${occupation.title} (${occupation.soc}): ${signed(outlook.changePercent)} from ${outlook.release.year} to ${outlook.release.targetYear ?? '?'}, ${outlook.release.citation}`,
            ...(outlook.url ? { url: outlook.url } : {}),
          },
        ],
      };
      if (outcome.type === 'outdated' && outcome.year) {
        const expected = claim.kind === 'self-employed' ? `${outcome.year.expected}%` : jobs(outcome.year.expected);
        report({
          ...base,
          messageId: 'outdatedYear',
          values: { ...values, expected, year: outcome.year.stated, base: outlook.release.year },
        });
      } else if (outcome.type === 'outdated' && outcome.older) {
        const percent = claim.kind === 'outlook-percent' || claim.kind === 'outlook-sentence';
        const expected = outcome.older.band
          ? outcome.older.band.descriptor.toLowerCase()
          : claim.kind === 'self-employed'
            ? `${outcome.older.expected}%`
            : percent
              ? signed(outcome.older.expected)
              : jobs(outcome.older.expected);
        const messageId = outcome.older.wages ? 'outdatedEmployment' : 'outdatedFigure';
        report({ ...base, messageId, values: { ...values, expected, old: outcome.older.period } });
      } else if (outcome.type === 'outdated') {
        const period = { to: outcome.to, period: outlook.release.period };
        if (outcome.from === undefined) report({ ...base, messageId: 'outdatedTarget', values: { ...values, ...period } });
        else report({ ...base, messageId: 'outdated', values: { ...values, ...period, from: outcome.from } });
      } else if (outcome.type === 'descriptor') {
        report({ ...base, messageId: 'descriptor', values: { ...values, band: outcome.band.descriptor.toLowerCase() } });
      } else if (claim.kind === 'outlook-sentence' || claim.kind === 'outlook-percent') {
        report({ ...base, messageId: outcome.direction ? 'direction' : 'percent', values });
      } else if (claim.kind !== 'outlook-descriptor') {
        const expected = claim.kind === 'self-employed' ? `${outcome.expected}%` : jobs(outcome.expected);
        report({ ...base, messageId: COUNT_MESSAGES[claim.kind], values: { ...values, expected, year: outlook.release.year } });
      }
    }
  },
});

/** The claim in its own words with the projection's figure, when the right text is known. */
function replacement({ claim, outlook, outcome }: OutlookJudgement): string | undefined {
  if (!outlook) return undefined;
  if (claim.kind === 'outlook-sentence') return rewritten(claim, outlook);
  const band = outcome.type === 'descriptor' ? outcome.band : outcome.type === 'outdated' ? outcome.older?.band : undefined;
  if (band) {
    // A bare "decline" is a verb: the band it is replaced with needs one too.
    const verb = claim.descriptor === DECLINE ? (/little or no/iu.test(band.descriptor) ? 'show ' : 'grow ') : '';
    const words = verb + band.descriptor.toLowerCase();
    return /^\p{Lu}/u.test(claim.raw) ? words[0]!.toUpperCase() + words.slice(1) : words;
  }
  // An earlier release's figure is replaced with the current one, as a wrong figure is.
  const expected = outcome.type === 'mismatch' ? outcome.expected : outcome.type === 'outdated' ? outcome.older?.expected : undefined;
  if (expected === undefined) return undefined;
  if (claim.kind === 'outlook-percent' || claim.kind === 'self-employed') return rewritePercent(claim.raw, expected);
  return rewriteCount(claim.raw, expected, claim.precision);
}
