// Which column of the preview a section's sentence goes in, by its grammar: the role it names,
// or, for a sentence naming no role whose subject is "they", "these professionals", "their …"
// (after a sentence about one role), the role that sentence was about. A sentence goes in both
// columns (BOTH) only when it names both roles, or neither and no pronoun carries one over.
// Roles are found as the claim engine finds them (titles, initialisms, looser forms), so the
// preview and the claims agree on who a sentence is about.
import { claimRoleSpans } from '../claims/role-forms.js';

/** A column (the title's first or second role), or both. */
export type Attribution = 0 | 1 | 'both';

/**
 * An anaphoric subject at the sentence's start, after an optional short lead-in ("In addition,",
 * "Typically,", "Most of the time"): the sentence continues about the role just named.
 */
const LEAD_IN = String.raw`(?:(?:also|however|in addition|additionally|moreover|furthermore|typically|usually|often|generally|in general|as a result|because of this|for this reason|in this role|on the job|day to day|every day|most days|at work|in practice|then|still|instead|finally|first|second|third),?\s+)?`;
const ANAPHOR = new RegExp(
  String.raw`^["“'‘(]?${LEAD_IN}(?:they|them|their|theirs|he or she|she or he|he|she|his or her|these (?:professionals|workers|managers|specialists|experts|employees|individuals|people|roles?|positions?|jobs?)|those (?:professionals|workers) in (?:this|the) (?:role|field|job)|such (?:professionals|workers)|this (?:role|position|job|professional|career))\b`,
  'i',
);

/** Each sentence's column, in order: `texts` are one section's sentences (a pronoun never reaches into another section). */
export function attributeSentences(texts: readonly string[], roles: readonly [string, string]): Attribution[] {
  /** The one role the last sentence that named a role was about; undefined after one about both. */
  let context: 0 | 1 | undefined;
  return texts.map((text): Attribution => {
    const named = [...new Set(claimRoleSpans(text, roles).map((span) => span.role))] as Array<0 | 1>;
    const carried = ANAPHOR.test(text.trimStart()) ? context : undefined;
    // "They also earn more than product managers" after a sentence about sales managers names both.
    const about = new Set<0 | 1>(carried === undefined ? named : [carried, ...named]);
    if (about.size === 1) {
      const only = [...about][0]!;
      context = only;
      return only;
    }
    // Naming both roles makes the next pronoun ambiguous; naming neither leaves the subject as it was.
    if (about.size === 2) context = undefined;
    return 'both';
  });
}
