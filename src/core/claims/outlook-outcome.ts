// The shapes of an Employment Projections claim and of its verdict, shared by the verdicts
// (outlook-verdicts.ts) and the earlier-release checks (outlook-older.ts).
import type { OutlookBand } from '../dataset/types.js';
import type { OutlookClaim } from './outlook-claims.js';
import type { FactClaim } from './fact-claims.js';

export type StatedClaim = ({ kind: 'outlook-sentence' } & OutlookClaim) | FactClaim;

export type OutlookOutcome =
  | { type: 'fits' }
  /** Nothing to compare with: no role, no projection, no band, a blank figure. */
  | { type: 'unchecked' }
  /**
   * The period stated is not the current projection's; or, with `older`, no period is stated but
   * the figure is an earlier release's (`expected`: the current figure, in the claim's unit).
   */
  | {
      type: 'outdated';
      from: number | undefined;
      to: number;
      /** `wages`: the figure is an earlier OEWS release's employment ("May 2024"), not a projection's. */
      older?: { period: string; expected: number; band?: OutlookBand; wages?: boolean };
      /** A count or share stated for an earlier year than the current projection's base year ("held 818,700 jobs in 2024"). */
      year?: { stated: number; expected: number };
    }
  /** The figure disagrees; `expected` in the claim's unit (percent, or jobs). */
  | { type: 'mismatch'; expected: number; direction?: boolean }
  | { type: 'descriptor'; band: OutlookBand; expected: number }
  /**
   * The article gives it from another source (a salary site, a state agency): that source counts
   * other people or another area, so it is said at info, not compared with BLS's figure.
   */
  | { type: 'other-source'; source: string };
