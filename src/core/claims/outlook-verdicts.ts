// One verdict per Employment Projections claim (outlook percent and wording, employment,
// employment change, openings, self-employed share), computed once per article and options and
// read by outlook-mismatch. A percent is held to outlook-mismatch's `tolerance`; a count to the
// rounding BLS publishes (0.1 thousand) or the author's own, whichever is coarser; a share to
// the whole percent; wording to BLS's band for the change. A stated period other than the
// current projection's is out of date, whatever the figure.
import type { Article } from '../model/article.js';
import type { Occupation, Outlook, RoleIndex } from '../dataset/types.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { bandFor } from '../dataset/facts.js';
import { outlookClaims, type OutlookClaim } from './outlook-claims.js';
import { factClaims, type FactClaim } from './fact-claims.js';
import { claimRoles } from './claim-roles.js';
import { judgedAsBls } from './sources.js';
import { placeFor, placesIn } from './places.js';
import { segmentAt, sentenceStarts } from '../text/segments.js';
import { expectedCount, normal, olderRelease, slack } from './outlook-older.js';
import type { OutlookOutcome, StatedClaim } from './outlook-outcome.js';

export { expectedCount } from './outlook-older.js';

export interface OutlookSettings {
  tolerance: number;
}

export type { OutlookOutcome, StatedClaim } from './outlook-outcome.js';

export interface OutlookJudgement {
  claim: StatedClaim;
  role: string | undefined;
  occupation: Occupation | undefined;
  outlook: Outlook | undefined;
  outcome: OutlookOutcome;
}

/**
 * Each claim with the state or city its sentence names for it ("In Texas, employment of surveyors
 * is projected to grow 12 percent"): BLS projects the nation's employment, so it is not checked.
 */
function withPlaces(text: string, claims: StatedClaim[]): StatedClaim[] {
  if (claims.length === 0) return claims;
  const starts = sentenceStarts(text);
  return claims.map((claim) => {
    const i = segmentAt(starts, claim.start);
    const from = starts[i] ?? 0;
    const sentence = text.slice(from, starts[i + 1] ?? text.length);
    const place = placeFor(placesIn(sentence), claim.start - from, claim.end - from, 0, sentence.length, sentence);
    // "The California Employment Development Department projects …" names a source, not the place.
    return place === undefined || claim.source?.includes(place) ? claim : { ...claim, place };
  });
}

function judgeOne(
  claim: StatedClaim,
  outlook: Outlook,
  occupation: Occupation,
  dataset: RoleIndex,
  settings: OutlookSettings,
): OutlookOutcome {
  const { release } = outlook;
  if (claim.place !== undefined) return { type: 'unchecked' };
  const stated = claim.kind === 'outlook-sentence' ? undefined : claim.year;
  if (claim.kind !== 'outlook-sentence' && stated !== undefined && stated !== release.year) {
    // A count for a year before the projection's base is an earlier release's; one after it, no release's yet.
    const expected = claim.kind === 'self-employed' ? outlook.selfEmployedPercent : expectedCount(claim.kind, outlook, occupation)[0];
    if (stated > release.year || expected === undefined) return { type: 'unchecked' };
    return { type: 'outdated', from: undefined, to: stated, year: { stated, expected } };
  }
  const to = claim.to;
  if (to !== undefined && (to !== release.targetYear || (claim.from !== undefined && claim.from !== release.year))) {
    return { type: 'outdated', from: claim.from, to };
  }
  const change = outlook.changePercent;
  switch (claim.kind) {
    case 'outlook-sentence':
      if (claim.percent === undefined) {
        const agrees = Math.sign(change) !== -claim.direction || Math.abs(change) <= settings.tolerance;
        return agrees ? { type: 'fits' } : { type: 'mismatch', expected: change, direction: true };
      }
      return Math.abs(claim.percent - change) <= settings.tolerance ? { type: 'fits' } : { type: 'mismatch', expected: change };
    case 'outlook-percent':
      return Math.abs(claim.value! - change) <= settings.tolerance ? { type: 'fits' } : { type: 'mismatch', expected: change };
    case 'outlook-descriptor': {
      const bands = dataset.descriptorBands(release.period);
      const band = bands && bandFor(bands, change);
      if (!band) return { type: 'unchecked' };
      return normal(band.descriptor) === normal(claim.descriptor!) ? { type: 'fits' } : { type: 'descriptor', band, expected: change };
    }
    case 'self-employed': {
      const share = outlook.selfEmployedPercent;
      if (share === undefined) return { type: 'unchecked' };
      return Math.abs(share - claim.value!) <= 0.5 ? { type: 'fits' } : { type: 'mismatch', expected: share };
    }
    default: {
      const expected = expectedCount(claim.kind, outlook, occupation);
      if (expected.length === 0) return { type: 'unchecked' };
      const fits = expected.some((e) => Math.abs(Math.abs(claim.value!) - Math.abs(e)) <= slack(claim.precision));
      return fits ? { type: 'fits' } : { type: 'mismatch', expected: expected[0]! };
    }
  }
}

/**
 * "Employment of X is projected to decline" states BLS's own "Decline" wording band, not just a
 * sign: it is judged as that band, so a growing occupation names its band. With a percent
 * ("projected to decline 4 percent") the verb is the percent's direction, one claim judged by the
 * percent (the labelled corpora's convention: a writer restating OOH's sentence states one figure).
 */
function asBands(claim: OutlookClaim): StatedClaim[] {
  const verb = claim.parts.verb;
  const sentence = { ...claim, kind: 'outlook-sentence' as const };
  if (claim.direction !== -1 || !verb || claim.percent !== undefined) return [sentence];
  const { role, from, to, source } = claim;
  return [
    {
      kind: 'outlook-descriptor',
      role,
      start: claim.start + verb[0],
      end: claim.start + verb[1],
      raw: claim.raw.slice(...verb),
      descriptor: DECLINE,
      ...(source === undefined ? {} : { source }),
      ...(from === undefined ? {} : { from }),
      ...(to === undefined ? {} : { to }),
    },
  ];
}

/** Text between two claims of one clause: no sentence or clause end, and short. */
const SAME_CLAUSE = /^[^.;!?]{0,80}$/u;

/**
 * "projected to grow much faster than average", "projected to increase over the decade, adding
 * about 12,100 jobs": a bare direction beside the wording band or the change it is stated with is
 * part of that claim, not a claim of its own (judging both would count one statement twice).
 */
function withoutBareDirections(text: string, sentences: StatedClaim[], facts: readonly FactClaim[]): StatedClaim[] {
  return sentences.filter(
    (c) =>
      c.kind !== 'outlook-sentence' ||
      c.percent !== undefined ||
      !facts.some(
        (f) =>
          (f.kind === 'outlook-descriptor' || f.kind === 'employment-change') &&
          f.start >= c.end &&
          SAME_CLAUSE.test(text.slice(c.end, f.start)),
      ),
  );
}

/** The descriptor a bare down verb states (BLS's band name, lower case). */
export const DECLINE = 'decline';

function judgeAll(article: Article, dataset: RoleIndex, settings: OutlookSettings): OutlookJudgement[] {
  const roles = claimRoles(article, dataset);
  const sentences = outlookClaims(article, roles).flatMap(asBands);
  const facts = factClaims(article, sentences, roles);
  const claims = withPlaces(article.text, [...withoutBareDirections(article.text, sentences, facts), ...facts]).sort(
    (a, b) => a.start - b.start,
  );
  return claims.map((claim) => {
    const { role } = claim;
    const none = { claim, role, occupation: undefined, outlook: undefined, outcome: { type: 'unchecked' } as const };
    if (!role) return none;
    const known = resolveRole(article, dataset, role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
    if (known.length === 0) return none;
    if (!judgedAsBls(claim.source)) {
      return { claim, role, occupation: known[0], outlook: known[0]!.outlook, outcome: { type: 'other-source', source: claim.source! } };
    }
    // With several candidate occupations, the claim stands if it fits any of them.
    const verdicts = known.map((occupation) =>
      olderRelease(claim, occupation, judgeOne(claim, occupation.outlook!, occupation, dataset, settings), dataset),
    );
    const fitting = verdicts.findIndex((v) => v.type === 'fits' || v.type === 'unchecked');
    const at = fitting >= 0 ? fitting : 0;
    return { claim, role, occupation: known[at], outlook: known[at]!.outlook, outcome: verdicts[at]! };
  });
}

const memo = new WeakMap<Article, Array<{ dataset: RoleIndex; tolerance: number; judged: OutlookJudgement[] }>>();

/** Every projection claim of the article with its verdict, once per article, dataset and tolerance. */
export function outlookVerdicts(article: Article, dataset: RoleIndex, settings: OutlookSettings): readonly OutlookJudgement[] {
  let entries = memo.get(article);
  if (!entries) memo.set(article, (entries = []));
  const hit = entries.find((e) => e.dataset === dataset && e.tolerance === settings.tolerance);
  if (hit) return hit.judged;
  const judged = judgeAll(article, dataset, settings);
  entries.push({ dataset, tolerance: settings.tolerance, judged });
  return judged;
}
