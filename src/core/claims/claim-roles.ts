// The compared roles a claim can be about, with the names the dataset gives each. An article that
// compares Chef with Cook writes "chefs and head cooks earn $66,700": BLS's title of the occupation
// the role Chef matches, and "cooks" inside it is no mention of Cook. Likewise "heating, air
// conditioning, and refrigeration mechanics and installers" for an HVAC technician and "user
// experience designers" for a UX designer (the name the matcher met). So a mention resolves to the
// article role whose matched occupation it names: each role's occupation titles and matched names
// (of two words or more), an occupation matched by two roles going to the one it is the better
// match of (Chef's only match, Cook's fourth), and a name two roles claim equally to neither.
import type { Article } from '../model/article.js';
import { headNouns } from '../dataset/names/head-noun.js';
import { stem } from '../dataset/names/normalize.js';
import type { Occupation, RoleIndex, RoleMatch } from '../dataset/types.js';
import { groupTitles, resolveRole, spokenTitles } from '../dataset/names/resolve-role.js';
import { invertedNames, isGeneralName, keysOf, nameKey, namesOf, type OccupationNames } from './named-mentions.js';

/** The article's roles (`roles[i]` is role i) and, from the dataset, more names for each. */
export type ClaimRoles = readonly string[] & {
  /** `datasetNames[i]`: titles and matched names of role i's occupations, as written in the dataset. */
  readonly datasetNames?: ReadonlyArray<readonly string[]>;
  /**
   * Every name BLS and O*NET give each role's occupations (named-mentions.ts), built on first
   * use: only a claim left without a role asks.
   */
  readonly occupationNames?: () => OccupationNames;
  /** Whether a word is one of the dataset's occupation titles' ("civil" of Civil Engineers), in lower case. */
  readonly isOccupationWord?: (word: string) => boolean;
  /** Whether a word is in any BLS or O*NET title ("journalism" of "Journalism Professor"), in lower case. */
  readonly isTitleWord?: (word: string) => boolean;
};

/** "User Experience Designer (UX Designer)" -> both names; "Chefs and Head Cooks" -> itself. */
function namesIn(name: string): string[] {
  const trimmed = name.trim();
  const open = trimmed.lastIndexOf('(');
  // Split by hand: a pattern with a lazy run before optional spaces retries quadratically.
  if (open <= 0 || !trimmed.endsWith(')')) return [trimmed];
  return [trimmed.slice(0, open).trim(), trimmed.slice(open + 1, -1).trim()].filter(Boolean);
}

const words = (name: string) => name.split(/\s+/u).filter(Boolean).length;

/**
 * "Geoscientists, Except Hydrologists and Geographers" -> "Geoscientists": the kinds a BLS title
 * leaves out are no part of its name, and sites write the rest alone ("the median wage for
 * geoscientists"). Cut by hand at the comma: no pattern to backtrack.
 */
function bareTitle(title: string): string[] {
  const lower = title.toLowerCase();
  const cut = [lower.indexOf(', except '), lower.indexOf(', all other')].filter((i) => i > 0);
  return cut.length > 0 ? [title.slice(0, Math.min(...cut))] : [];
}

/**
 * "Graphic Designers" -> "Designers", "First-Line Supervisors of Retail Sales Workers" ->
 * "Supervisors": the best match's head noun as its title writes it, for a role whose own name
 * says another ("Graphic Artist", "Store Manager"): sites write "a median of $63k for designers".
 * Only a title of two words or more (a one-word title is already its own name), and never one
 * another role's names share (the rank rule below drops a name two roles give).
 */
function titleHead(title: string): string[] {
  // A general head ("… Technical Workers, All Other") names no one job; a residual's own head
  // ("Practitioners") still names the role the article compares.
  const comma = title.indexOf(',');
  const bare = (comma > 0 ? title.slice(0, comma) : title).split(/\s+/u);
  const of = bare.findIndex((w, i) => i > 0 && w.toLowerCase() === 'of');
  const head = of > 0 ? bare.slice(0, of) : bare;
  const last = head[head.length - 1];
  return bare.length >= 2 && last !== undefined && !/^(?:workers|employees|helpers|laborers)$/iu.test(last) ? [last] : [];
}

function withNames(article: Article, dataset: RoleIndex): ClaimRoles {
  const roles = article.roles ?? [];
  // For each name, the best rank (position among the role's matches) each role gives it.
  const ranks = new Map<string, Map<number, number>>();
  // "Fiberglass Laminators and Fabricators" lists "fabricators", the other role's (Metal
  // Fabricator's) own head noun: a kind of one word that another role is named by stays that role's.
  const lastWords = roles.map((role) => nameKey(role).split(' ').pop() ?? '');
  const othersHead = (name: string, index: number) => {
    const key = nameKey(name);
    return !key.includes(' ') && lastWords.some((w, i) => i !== index && w !== '' && (key === w || key === `${w}s` || `${key}s` === w));
  };
  const resolved = roles.map((role) => resolveRole(article, dataset, role).matches);
  // Every word of the other roles' occupation titles, by role: a head noun they write ("Drivers" in
  // both truck drivers' titles) names neither role alone.
  const titleWords = resolved.map((matches) => new Set(matches.flatMap((match) => match.occupation.title.toLowerCase().split(/[^a-z]+/u))));
  // The role's own head noun ("physicians" of an Emergency Medicine Physician) is head-mentions.ts's
  // to read, with its rules for "these physicians"; only a head the role's name does not write is added.
  const ownHead = (title: string, index: number) =>
    titleHead(title).filter(
      (head) =>
        !headNouns(roles[index]!).includes(stem(head.toLowerCase())) &&
        titleWords.every((written, i) => i === index || !written.has(head.toLowerCase())),
    );
  roles.forEach((role, index) => {
    resolved[index]!.forEach((match, rank) => {
      // The best match's listed kinds too ("reporters" of "News Analysts, Reporters, and Journalists").
      const kinds = rank === 0 ? [...namesOf(match.occupation.title, true).slice(1), ...invertedNames(match.occupation.title)] : [];
      // A title's head no other role's title writes names this role even when general ("Supervisors" of a Store Manager).
      const head = rank === 0 ? ownHead(match.occupation.title, index) : [];
      const { title } = match.occupation;
      const titles = [title, ...spokenTitles(title), ...bareTitle(title), ...groupTitles(title).slice(1)];
      for (const name of [...titles, ...kinds, ...head, ...namesIn(match.matched)]) {
        if (words(name) < 2 && !head.includes(name) && (isGeneralName(name) || othersHead(name, index))) continue;
        const key = name.toLowerCase();
        const byRole = ranks.get(key) ?? new Map<number, number>();
        byRole.set(index, Math.min(byRole.get(index) ?? Infinity, rank));
        ranks.set(key, byRole);
      }
    });
  });
  const named: string[][] = roles.map(() => []);
  for (const [name, byRole] of ranks) {
    const best = Math.min(...byRole.values());
    const owners = [...byRole].filter(([, rank]) => rank === best);
    if (owners.length === 1) named[owners[0]![0]]!.push(name);
  }
  let names: OccupationNames | undefined;
  const occupationNames = () => (names ??= namesByRole(article, dataset, roles));
  const isOccupationWord = (word: string) => blsWords(dataset).has(word);
  const isTitleWord = (word: string) => isDatasetTitleWord(dataset, word);
  return Object.assign([...roles], { datasetNames: named, occupationNames, isOccupationWord, isTitleWord });
}

const blsWordsMemo = new WeakMap<RoleIndex, ReadonlySet<string>>();
const titleTextMemo = new WeakMap<RoleIndex, { text: string; asked: Map<string, boolean> }>();

const WORD_BREAK = /[^a-z0-9'’-]+/;
const WORD_CHAR = /[a-z0-9'’-]/;

/** Every word of the dataset's BLS occupation titles (about 800), in lower case. */
function blsWords(dataset: RoleIndex): ReadonlySet<string> {
  let found = blsWordsMemo.get(dataset);
  if (!found) {
    const words = new Set<string>();
    for (const { title } of dataset.occupations) for (const word of title.toLowerCase().split(WORD_BREAK)) if (word) words.add(word);
    blsWordsMemo.set(dataset, (found = words));
  }
  return found;
}

function titleText(dataset: RoleIndex): { text: string; asked: Map<string, boolean> } {
  let titles = titleTextMemo.get(dataset);
  if (!titles) {
    const all = dataset.occupations.flatMap(({ title, alternateTitles }) => [title, ...(alternateTitles ?? [])]);
    titles = { text: `\n${all.join('\n').toLowerCase()}\n`, asked: new Map() };
    titleTextMemo.set(dataset, titles);
  }
  return titles;
}

/** The dataset tables above, built ahead (prepare.ts says when). */
export function prepareClaimRoleTables(dataset: RoleIndex): void {
  blsWords(dataset);
  titleText(dataset);
}

/**
 * Whether any BLS or O*NET alternate title of the dataset uses `word` (lower case). Asked for a
 * few field nouns per article, so the 46,000 titles are kept as one lower-case text searched for
 * the word, each answer remembered, rather than split into a set of every word they hold (which
 * was a tenth of a cold run).
 */
function isDatasetTitleWord(dataset: RoleIndex, word: string): boolean {
  if (word === '') return false;
  const titles = titleText(dataset);
  let found = titles.asked.get(word);
  if (found === undefined) {
    found = false;
    for (let at = titles.text.indexOf(word); at >= 0 && !found; at = titles.text.indexOf(word, at + 1)) {
      found = !WORD_CHAR.test(titles.text[at - 1]!) && !WORD_CHAR.test(titles.text[at + word.length] ?? '');
    }
    titles.asked.set(word, found);
  }
  return found;
}

// The same roles resolve to the same occupations in article after article (and in every re-lint of
// an open document): their names, a few thousand keys built from every alternate title, are built
// once per resolution (a bounded cache, cleared when full) and shared, so never mutated.
const namesMemo = new WeakMap<RoleIndex, Map<string, OccupationNames>>();
const NAMES_KEPT = 256;

/** Each name of each role's occupations, to the roles giving it their best rank (as above). */
function namesByRole(article: Article, dataset: RoleIndex, roles: readonly string[]): OccupationNames {
  const resolved = roles.map((role) => resolveRole(article, dataset, role).matches);
  // The roles' own names too: a name filed under both roles goes by their words (byOwnWords).
  const key = `${roles.join('\u0004')}\u0005${resolved.map((matches) => matches.map((m) => `${m.occupation.soc}\u0001${m.matched}`).join('\u0002')).join('\u0003')}`;
  let byKey = namesMemo.get(dataset);
  if (!byKey) namesMemo.set(dataset, (byKey = new Map<string, OccupationNames>()));
  let names = byKey.get(key);
  if (!names) {
    if (byKey.size >= NAMES_KEPT) byKey.clear();
    byKey.set(key, (names = ownersOfNames(roles, resolved)));
  }
  return names;
}

// An occupation's name keys (its title's and every O*NET alternate title's) are the same in every
// pair it is compared in: worked out once per occupation.
const keysMemo = new WeakMap<Occupation, { title: readonly string[]; alternates: readonly string[] }>();

function occupationKeys(occupation: Occupation): { title: readonly string[]; alternates: readonly string[] } {
  let keys = keysMemo.get(occupation);
  if (!keys) {
    keys = {
      title: [...keysOf(occupation.title, true), ...titleTail(occupation.title)],
      alternates: (occupation.alternateTitles ?? []).flatMap((n) => keysOf(n)),
    };
    keysMemo.set(occupation, keys);
  }
  return keys;
}

/**
 * "cargo handling supervisors" for Aircraft Cargo Handling Supervisors, "internal medicine
 * physicians" for General Internal Medicine Physicians: sites drop a long BLS title's first
 * modifier. Only where three words or more stay (two, "Machine Setters", name no one occupation)
 * and the title lists no kinds (its commas and "and" make the tail another name).
 */
function titleTail(title: string): string[] {
  const parts = title.split(' ');
  if (parts.length < 4 || /[,(]| and | of /u.test(title)) return [];
  return keysOf(parts.slice(1).join(' '));
}

function ownersOfNames(roles: readonly string[], resolved: ReadonlyArray<readonly RoleMatch[]>): OccupationNames {
  // Per key, the best rank each role gives it (Infinity: none). A few thousand keys per pair: one
  // small array each, not a map and a set each (this was the claim engine's largest allocation).
  const ranks = new Map<string, number[]>();
  const file = (key: string, index: number, rank: number) => {
    let byRole = ranks.get(key);
    if (!byRole) ranks.set(key, (byRole = roles.map(() => Infinity)));
    if (rank < byRole[index]!) byRole[index] = rank;
  };
  resolved.forEach((matches, index) => {
    matches.forEach((match, rank) => {
      const { title, alternates } = occupationKeys(match.occupation);
      for (const key of title) file(key, index, rank);
      for (const key of keysOf(match.matched)) file(key, index, rank);
      for (const key of alternates) file(key, index, rank);
    });
  });
  const owners = new Map<string, ReadonlySet<number>>();
  const own = roles.map((role) => new Set(nameKey(role).split(' ').slice(0, -1)));
  // A key one role owns shares that role's set (the result is never mutated).
  const alone = roles.map((_, role) => new Set([role]));
  for (const [key, byRole] of ranks) {
    const best = Math.min(...byRole);
    const tied: number[] = [];
    byRole.forEach((rank, role) => rank === best && tied.push(role));
    owners.set(key, tied.length === 1 ? alone[tied[0]!]! : new Set(byOwnWords(key, tied, own)));
  }
  return owners;
}

/**
 * A name O*NET files under both roles' occupations ("Pest Control Technician" under pest control
 * workers and under pesticide applicators) is the role's whose own title says its words ("Pest
 * Control Worker"): the author named that role so. Otherwise it stays both roles' (no one's).
 */
function byOwnWords(key: string, tied: number[], own: ReadonlyArray<ReadonlySet<string>>): number[] {
  const counts = tied.map((role) => key.split(' ').filter((w) => own[role]!.has(w)).length);
  const best = Math.max(...counts);
  const top = tied.filter((_, i) => counts[i] === best);
  return best > 0 && top.length === 1 ? top : tied;
}

const memo = new WeakMap<Article, WeakMap<RoleIndex, ClaimRoles>>();

/** The roles claims are attributed to: with the dataset's names for them when a dataset is given. */
export function claimRoles(article: Article, dataset?: RoleIndex): ClaimRoles {
  if (!dataset || !article.roles) return article.roles ?? [];
  let byDataset = memo.get(article);
  if (!byDataset) memo.set(article, (byDataset = new WeakMap()));
  let found = byDataset.get(dataset);
  if (!found) byDataset.set(dataset, (found = withNames(article, dataset)));
  return found;
}
