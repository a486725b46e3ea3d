// outlook-mismatch: a job outlook statement ("employment of nurse practitioners is projected to
// grow 40% from 2024 to 2034") agrees with BLS Employment Projections, the release the dataset
// carries: the percent within `tolerance` percentage points of the projected change, the
// direction the same, and the period the current projection's. Outlook figures go stale with
// each projection round, and readers take them for facts.
import { z } from '../zod.js';
import { defineRule } from '../rule.js';
import { outlookClaims } from '../facts/outlook-claims.js';
import { resolveRole } from '../salary/resolve-role.js';
import type { Outlook } from '../dataset/types.js';
import type { OutlookClaim } from '../facts/outlook-claims.js';

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

export default defineRule({
  id: 'outlook-mismatch',
  topic: 'outlook',
  description: 'Job outlook statements agree with the BLS Employment Projections in the role dataset.',
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
  },
  refreshes: ['percent', 'direction', 'outdated'],
  check({ article, options, dataset, report }) {
    if (!dataset || !article.roles) return;
    for (const claim of outlookClaims(article)) {
      if (!claim.role) continue;
      const outlooks = resolveRole(article, dataset, claim.role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
      if (outlooks.length === 0) continue;
      const agrees = (o: Outlook) =>
        claim.percent === undefined
          ? Math.sign(o.changePercent) !== -claim.direction || Math.abs(o.changePercent) <= options.tolerance
          : Math.abs(claim.percent - o.changePercent) <= options.tolerance;
      const occupation = outlooks[0]!;
      const outlook = occupation.outlook!;
      const values = {
        claim: claim.raw.trim(),
        role: claim.role,
        source: `BLS Employment Projections ${outlook.release.period}`,
        occupation: occupation.title,
        soc: occupation.soc,
        expected: signed(outlook.changePercent),
      };
      const text = rewritten(claim, outlook);
      const base = {
        start: claim.start,
        end: claim.end,
        suggestions:
          text === claim.raw
            ? []
            : [{ title: `Replace with ${text.trim()}`, fix: { range: [claim.start, claim.end] as [number, number], text } }],
        data: { role: claim.role, socCode: occupation.soc, claimed: claim.percent, expected: outlook.changePercent },
        related: [
          {
            message: `${occupation.title} (${occupation.soc}): ${signed(outlook.changePercent)} from ${outlook.release.year} to ${outlook.release.targetYear ?? '?'}, ${outlook.release.citation}`,
            ...(outlook.url ? { url: outlook.url } : {}),
          },
        ],
      };
      const { release } = outlook;
      if (claim.from !== undefined && claim.to !== undefined && (claim.from !== release.year || claim.to !== release.targetYear)) {
        report({ ...base, messageId: 'outdated', values: { ...values, from: claim.from, to: claim.to, period: release.period } });
        continue;
      }
      if (outlooks.some((o) => agrees(o.outlook!))) continue;
      report({ ...base, messageId: claim.percent === undefined ? 'direction' : 'percent', values });
    }
  },
});
