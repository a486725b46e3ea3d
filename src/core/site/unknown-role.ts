// The typed data a finding about an unknown role (topic `role`) carries, for the hosts that offer to map the
// role ("Map `Growth Hacker` to an occupation…"): the role as the title names it and the nearest
// occupations. Findings cross process boundaries as plain JSON, so the data is checked, not cast.
import { z } from '../zod.js';
import type { Finding } from '../types.js';

const unknownRoleData = z.object({
  role: z.string().min(1),
  suggestions: z.array(z.object({ soc: z.string(), title: z.string() })).default([]),
});

export type UnknownRoleData = z.output<typeof unknownRoleData>;

/** The role to map and its nearest occupations, when the finding is an unknown role (not a bad pin). */
export function unknownRole(finding: Pick<Finding, 'topic' | 'messageId' | 'data'>): UnknownRoleData | undefined {
  if (finding.topic !== 'role' || finding.messageId === 'pin') return undefined;
  const parsed = unknownRoleData.safeParse(finding.data);
  return parsed.success ? parsed.data : undefined;
}
