// Which column of the preview a section's sentence goes in, by its grammar: the role that is its
// subject ("A nurse practitioner needs … on top of the registered nurse license"), the one role
// it names, or, for a sentence naming no role whose subject is "they", "these professionals",
// "their …" (after a sentence about one role), the role that sentence was about. A sentence goes
// in both columns (BOTH) only when it names both roles as the things compared ("…, while nurse
// practitioners …", "… and sales managers", "… than sales managers"), or neither and no pronoun
// carries one over.
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

/** Only determiners and a few adjectives before a role at the sentence's start: the role is its subject. */
const SUBJECT_LEAD =
  /^["“'‘(]?(?:(?:the|a|an|most|many|some|all|every|each|both|experienced|new|entry-level|senior|junior|licensed|successful|typical|today['’]s)\s+)*$/i;
/** A role named after one of these is compared with the subject, not part of what is said of it. */
const COMPARED =
  /(?:^|[\s,;:(—–-])(?:while|whereas|but|and|or|nor|than|unlike|like|versus|vs\.?|compared (?:with|to)|as opposed to|both)\s+(?:(?:the|a|an|most|many|some|all|their|other|for|to|with|do|does)\s+)*$/i;

/** The role the sentence is about when it names both: its subject's, unless the other is named as the one compared. */
function subjectRole(text: string, spans: ReadonlyArray<{ start: number; role: number }>): 0 | 1 | undefined {
  const subject = spans[0];
  if (!subject || !SUBJECT_LEAD.test(text.slice(0, subject.start))) return undefined;
  const others = spans.filter((span) => span.role !== subject.role);
  const compared = others.some((span) => COMPARED.test(text.slice(Math.max(0, span.start - 60), span.start)));
  return compared ? undefined : (subject.role as 0 | 1);
}

/** Each sentence's column, in order: `texts` are one section's sentences (a pronoun never reaches into another section). */
export function attributeSentences(texts: readonly string[], roles: readonly [string, string]): Attribution[] {
  /** The one role the last sentence that named a role was about; undefined after one about both. */
  let context: 0 | 1 | undefined;
  return texts.map((text): Attribution => {
    const spans = claimRoleSpans(text, roles);
    const named = [...new Set(spans.map((span) => span.role))] as Array<0 | 1>;
    const subject = named.length === 2 ? subjectRole(text, spans) : undefined;
    if (subject !== undefined) {
      context = subject;
      return subject;
    }
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
