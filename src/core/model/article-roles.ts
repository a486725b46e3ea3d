// The two roles as the article itself names them: the title's name, the abbreviation the
// article defines for it ("registered nurses (RNs)") or the expansion it gives an abbreviated
// title role ("PA" in a title, "physician assistants (PAs)" in the text). Section finding,
// section-mentions-both-roles and claim attribution ask this, so they agree on what names a role.
import type { Article } from './article-types.js';
import { definedAbbreviations } from '../text/abbreviations.js';
import { findRoleMentions, type Mention } from '../text/role-mentions.js';
import { sameRole } from '../text/role-names.js';

export interface ArticleRole {
  /** The role as the title (or the headings) name it. */
  name: string;
  /** Every name the article uses for it, the title's first. */
  names: string[];
  /** The name the dataset is asked about: the article's expansion of an abbreviated role, else the name. */
  lookup: string;
  /** The abbreviation the article defines for the role, if any. */
  abbreviation: string | undefined;
}

/** The roles' names in a text, from the abbreviations it defines. */
export function roleNamesIn(text: string, roles: readonly string[]): ArticleRole[] {
  const defined = definedAbbreviations(text);
  return roles.map((name) => {
    const byLetters = defined.find((d) => sameRole(d.abbreviation, name));
    if (byLetters) return { name, names: [name, byLetters.expansion], lookup: byLetters.expansion, abbreviation: byLetters.abbreviation };
    const byWords = defined.find((d) => sameRole(d.expansion, name));
    if (byWords) return { name, names: [name, byWords.abbreviation], lookup: name, abbreviation: byWords.abbreviation };
    return { name, names: [name], lookup: name, abbreviation: undefined };
  });
}

const cache = new WeakMap<Article, ArticleRole[]>();

/** The article's two roles with every name it uses for them; empty when it names no roles. */
export function articleRoles(article: Article): ArticleRole[] {
  let found = cache.get(article);
  if (!found) cache.set(article, (found = article.roles ? roleNamesIn(article.text, article.roles) : []));
  return found;
}

/** The name the dataset is asked about for one of the article's roles (its own expansion wins). */
export function lookupName(article: Article, role: string): string {
  return articleRoles(article).find((r) => r.name === role)?.lookup ?? role;
}

/** Where a text names the role by any of its names, in order. */
export function roleMentionsIn(text: string, role: ArticleRole, limit = Infinity): Mention[] {
  const all = role.names.flatMap((name) => findRoleMentions(text, name, limit));
  return all.sort((a, b) => a.start - b.start).slice(0, limit);
}
