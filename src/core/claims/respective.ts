// Two figures after two roles, in the order of the roles: "Elevator installers out-earn
// millwrights by a wide margin: a median of $106,580 versus $62,980", "Welders and pipefitters
// earn $51,000 and $64,000 respectively". Each figure is the role named in its place, not both the
// role named last (the nearest before them).
import type { SalaryFigure } from './expressions.js';
import type { RoleSpan } from '../text/role-spans.js';
import { segmentAt } from '../text/segments.js';

/** What joins the two figures: "versus", "vs.", "compared with", "and", "to", "against". */
const JOINED =
  /^[\s,]{0,3}(?:versus|vs\.?|compared\s{1,3}(?:with|to)|against|and|to)\s{1,3}(?:(?:about|roughly|around|nearly|just|only|a|an|the|median|mean|average|of)\s{1,3}){0,3}$/iu;
/** What may stand between the two roles: a verb of comparison and a few words, no figure ("out-earn", "earn slightly more than", "and"). */
const BETWEEN_ROLES = /^[^\d$%.;:!?]{1,60}$/u;

/** Reassigns, in place, each pair of figures written after two roles in the same order. */
export function respectively(
  text: string,
  figures: readonly SalaryFigure[],
  owners: Array<number | undefined>,
  spans: readonly RoleSpan[],
  sentences: readonly number[],
): void {
  let at = 0;
  for (let i = 0; i + 1 < figures.length; i++) {
    const [first, second] = [figures[i]!, figures[i + 1]!];
    const sentence = segmentAt(sentences, first.start);
    if (segmentAt(sentences, second.start) !== sentence) continue;
    if (!JOINED.test(text.slice(first.end, second.start))) continue;
    // The spans of the sentence before the first figure (spans are sorted; `at` only moves on).
    const sentenceStart = sentences[sentence] ?? 0;
    while (at < spans.length && spans[at]!.start < sentenceStart) at++;
    let last = at - 1;
    while (last + 1 < spans.length && spans[last + 1]!.end <= first.start) last++;
    if (last < at || (i > 0 && figures[i - 1]!.start > spans[last]!.end)) continue;
    // A span after the first figure, before the second, would name the second's role itself.
    if (spans[last + 1] && spans[last + 1]!.start < second.start) continue;
    const later = spans[last]!;
    let earlier = last - 1;
    while (earlier >= at && spans[earlier]!.role === later.role) earlier--;
    if (earlier < at) continue;
    const before = spans[earlier]!;
    if (!BETWEEN_ROLES.test(text.slice(before.end, later.start))) continue;
    owners[i] = before.role;
    owners[i + 1] = later.role;
  }
}
