// What the hover and the preview say about one projection claim (an outlook percent or wording,
// employment, its change, openings, the self-employed share): the verdict, BLS's figure for what
// the claim states, and why, all read from the claim's one judgement (outlook-verdicts.ts).
import type { Outlook } from '../dataset/types.js';
import {
  describeChange,
  describeEmployment,
  describeEmploymentChange,
  describeOpenings,
  describeSelfEmployed,
} from '../display/describe.js';
import type { OutlookJudgement } from '../claims/outlook-verdicts.js';
import { outlookVerdictOf, type ClaimVerdict } from './claim-list.js';

export interface OutlookSummary {
  verdict: ClaimVerdict;
  /** What BLS's figure is of: "projected change", "openings", "employment"… */
  label: string;
  /** BLS's figure for it: "+21%", "72,700 openings a year", "1,717,800 in 2025 to …". */
  expected: string;
  /** The verdict in words: "in line", "BLS describes +21% as “much faster than average”", "stated from Indeed; not checked". */
  detail: string;
  /** "BLS Employment Projections 2025–35". */
  source: string;
}

function expectedOf(judgement: OutlookJudgement, outlook: Outlook): [label: string, expected: string] {
  switch (judgement.claim.kind) {
    case 'employment':
      return ['employment', describeEmployment(outlook)];
    case 'employment-change':
      return ['employment change', describeEmploymentChange(outlook)];
    case 'openings':
      return ['openings', describeOpenings(outlook)];
    case 'self-employed':
      return ['self-employed share', describeSelfEmployed(outlook)];
    default:
      return ['projected change', `${describeChange(outlook)} from ${outlook.release.year} to ${outlook.release.targetYear ?? '?'}`];
  }
}

/** The summary of a judged claim, or undefined when no occupation's projection was compared. */
export function outlookSummaryOf(judgement: OutlookJudgement): OutlookSummary | undefined {
  const { outlook, outcome } = judgement;
  if (!outlook) return undefined;
  const [label, expected] = expectedOf(judgement, outlook);
  const detail = ((): string => {
    switch (outcome.type) {
      case 'fits':
        return 'in line';
      case 'unchecked':
        return 'not checked: BLS publishes no such figure';
      case 'other-source':
        return `stated from ${outcome.source}; not checked against BLS`;
      case 'descriptor':
        return `BLS describes ${describeChange(outlook)} as “${outcome.band.descriptor.toLowerCase()}”`;
      case 'outdated':
        return outcome.older
          ? `out of date: the ${outcome.older.period} ${outcome.older.wages ? "wage survey's employment" : "projections' figure"}`
          : `out of date: stated for ${outcome.from === undefined ? `${outcome.to}` : `${outcome.from}–${outcome.to}`}, the current projections are for ${outlook.release.period}`;
      case 'mismatch':
        return outcome.direction ? 'the other direction' : 'differs';
    }
  })();
  return { verdict: outlookVerdictOf(judgement), label, expected, detail, source: `BLS Employment Projections ${outlook.release.period}` };
}
