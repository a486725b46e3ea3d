// A new comparison article for two roles, filled from the dataset: the skeleton with a salary
// sentence, the typical entry education and, when the projections cover both roles, an outlook
// sentence, each citing its release once. One function for every host: `career-articles new`,
// the server's new-article request (VS Code's "New Comparison Article", other editors).
import { matchRole } from '../dataset/names/match-role.js';
import { outlookSentence, requirementsSentence, salarySentence, type Picked } from '../display/describe.js';
import type { RoleIndex, RoleMatch } from '../dataset/types.js';
import type { Syntax } from '../syntax/syntax.js';
import { renderBlocks, roleText, skeletonBlocks } from './article.js';

export type NewArticleResult =
  { ok: true; text: string; occupations: Array<{ soc: string; title: string }> } | { ok: false; reason: string };

/** The role's own match (as an article's role is matched), else the best search hit. */
export function bestRoleMatch(index: RoleIndex, query: string): RoleMatch | undefined {
  return matchRole(index, query).matches[0] ?? index.searchMatches(query, 1)[0];
}

function unmatched(index: RoleIndex, role: string, name: string): string {
  const nearest = index.searchMatches(name, 1)[0]?.occupation;
  const hint = nearest ? `; nearest: "${nearest.title}" (${nearest.soc}), or map the role with \`career-articles roles --map\`` : '';
  return `no occupation in the dataset matches "${role}" as lint reads it${hint}`;
}

export function newArticle(index: RoleIndex, roles: readonly [string, string], syntax: Syntax = 'markdown'): NewArticleResult {
  const texts = roles.map(roleText);
  const picked: Picked[] = [];
  for (const [i, text] of texts.entries()) {
    if (!text.name) return { ok: false, reason: `role ${i + 1} is empty: name a job title` };
    // Only a match lint makes: figures for a search hit would be judged against another occupation.
    const match = matchRole(index, text.name).matches[0];
    if (!match) return { ok: false, reason: unmatched(index, roles[i]!, text.name) };
    picked.push({ role: text.name, occupation: match.occupation });
  }
  const [a, b] = picked as [Picked, Picked];
  const requirements = requirementsSentence(a, b);
  const outlook = outlookSentence(a, b);
  const blocks = skeletonBlocks(texts[0]!, texts[1]!, {
    salarySentence: salarySentence(a, b),
    ...(requirements && { requirementsSentence: requirements }),
    ...(outlook && { outlookSentence: outlook }),
  });
  return {
    ok: true,
    text: renderBlocks(blocks, syntax),
    occupations: picked.map((p) => ({ soc: p.occupation.soc, title: p.occupation.title })),
  };
}
