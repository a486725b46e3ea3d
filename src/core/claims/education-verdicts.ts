// One verdict per education claim, once per article and dataset, read by education-mismatch and
// the evaluation: the level stated against the typical education needed for entry that the
// current projection lists ("at least" a level agrees with any higher one).
import type { Article } from '../model/article.js';
import type { EducationLevel, Occupation, RoleIndex } from '../dataset/types.js';
import { resolveRole } from '../dataset/names/resolve-role.js';
import { educationClaims, educationRank, type EducationClaim } from './education-claims.js';
import { claimRoles } from './claim-roles.js';

export interface EducationJudgement {
  claim: EducationClaim;
  /** The occupation it was compared with (the first candidate when none agrees); undefined: not compared. */
  occupation: Occupation | undefined;
  fits: boolean | undefined;
}

const agrees = (claim: EducationClaim, level: EducationLevel) =>
  claim.atLeast ? educationRank(level) >= educationRank(claim.level) : level === claim.level;

function judge(article: Article, dataset: RoleIndex, claim: EducationClaim): EducationJudgement {
  if (!claim.role) return { claim, occupation: undefined, fits: undefined };
  const known = resolveRole(article, dataset, claim.role).matches.flatMap((m) => (m.occupation.outlook ? [m.occupation] : []));
  if (known.length === 0) return { claim, occupation: undefined, fits: undefined };
  const fitting = known.find((o) => agrees(claim, o.outlook!.education));
  return { claim, occupation: fitting ?? known[0], fits: fitting !== undefined };
}

const memo = new WeakMap<Article, { dataset: RoleIndex; judged: EducationJudgement[] }>();

export function educationVerdicts(article: Article, dataset: RoleIndex): readonly EducationJudgement[] {
  const hit = memo.get(article);
  if (hit?.dataset === dataset) return hit.judged;
  const judged = educationClaims(article, claimRoles(article, dataset)).map((claim) => judge(article, dataset, claim));
  memo.set(article, { dataset, judged });
  return judged;
}
