// `career-articles roles <query...>`: what the dataset knows about a role, so an author can
// check a figure or find the title the linter will match. Exact matches come first, then
// search results; a SOC code ("11-2022") looks the occupation up directly.
import { wageFigure, type Occupation, type Release, type RoleIndex, type RoleMatch, type WageKey } from '../../core/dataset/index.js';
import { describeMatch, matchRole, type MatchKind } from '../../core/dataset/names/match-role.js';
import { formatUsd } from '../../core/display/format-usd.js';
import { outlookFacts, outlookSummary } from '../../core/display/describe.js';
import { mapRole } from './roles-map.js';
import { hintFor, parseChoice, parseCommandArgs, parseCount } from '../args.js';
import { EXIT, UsageError } from '../errors.js';
import { ROLES_HELP } from '../help.js';
import { PROGRAM, type Io } from '../io.js';
import { assertExists, commandConfig, commandRoleIndex } from './shared.js';

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  limit: { type: 'string' },
  config: { type: 'string', short: 'c' },
  dataset: { type: 'string' },
  map: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

const SOC = /^\d\d-?\d{4}(\.\d\d)?$/;
const PERCENTILES: WageKey[] = ['p10', 'p25', 'median', 'p75', 'p90'];
const COUNT = new Intl.NumberFormat('en-US');

interface Hit extends RoleMatch {
  /** An exact name (or SOC code) match rather than a search result. */
  exact: boolean;
  /** How lint matches the name (the same matcher); absent for search results. */
  kind?: MatchKind;
  /** For a name lint calls unknown: what its message lists, a filing it sets aside or its nearest occupation. */
  lint?: 'weak' | 'nearest';
}

/**
 * Exact matches (all of them), then search results up to `limit` in all. A name lint calls unknown
 * lists what lint's message says instead, the filings it sets aside and then its nearest
 * occupations, so `roles` never offers a search's guess ("City Manager": "Publicity Manager")
 * that lint would not.
 */
function lookUp(index: RoleIndex, query: string, limit: number): Hit[] {
  const found: Hit[] = [];
  const add = (exact: boolean, lint?: Hit['lint']) => (match: RoleMatch & { kind?: MatchKind }) => {
    if (found.length < limit || exact)
      if (!found.some((hit) => hit.occupation.soc === match.occupation.soc)) found.push({ ...match, exact, ...(lint && { lint }) });
  };
  const pinned = SOC.test(query) ? index.pinnedMatch(query) : undefined;
  if (pinned) add(true)({ ...pinned, kind: 'pinned' });
  // The matcher lint uses: what is "Matched" here is what the salary rules check against.
  const { matches, weak } = matchRole(index, query);
  matches.forEach(add(true));
  if (found.length === 0) {
    weak.forEach(add(false, 'weak'));
    for (const occupation of index.suggest(query, limit)) add(false, 'nearest')({ occupation, via: 'title', matched: occupation.title });
    return found;
  }
  for (const match of index.searchMatches(query, limit + found.length)) {
    if (found.length >= limit) break;
    add(false)(match);
  }
  return found;
}

const LINT_SAYS: Record<NonNullable<Hit['lint']>, string> = {
  weak: 'its head noun disagrees, so lint does not use it',
  nearest: "lint's nearest occupation for an unknown role; lint does not use it",
};

function figure(occupation: Occupation, key: WageKey): string {
  const found = wageFigure(occupation, key);
  if (!found) return 'n/a';
  return found.atLeast ? `≥ ${formatUsd(found.value)}` : formatUsd(found.value);
}

/** `projections`: the dataset's current projection release. */
function block(hit: Hit, projections: Release | undefined): string {
  const { occupation, via, matched, exact, lint } = hit;
  const { wages } = occupation;
  const hourly = wages.hourlyMean === undefined ? '' : ` (${formatUsd(wages.hourlyMean)} per hour)`;
  const lines = [
    `${occupation.title} (SOC ${occupation.soc})`,
    exact
      ? `  Matched:     ${describeMatch(hit)}`
      : lint
        ? `  Not matched: ${lint === 'weak' ? `alternate title "${matched}"` : 'nearest'} (${LINT_SAYS[lint]})`
        : `  Found by:    ${via === 'pinned' ? 'SOC code' : via === 'alternate' ? 'alternate title' : via} "${matched}" (search only: lint does not use it)`,
    `  Mean:        ${figure(occupation, 'mean')}${hourly}`,
    `  Median:      ${figure(occupation, 'median')}`,
    `  p10–p90:     ${PERCENTILES.map((key) => `${key} ${figure(occupation, key)}`).join(' · ')}`,
    `  Employment:  ${occupation.employment === undefined ? 'n/a' : COUNT.format(occupation.employment)}`,
    `  Period:      ${occupation.period} (${occupation.source})`,
  ];
  const { outlook } = occupation;
  if (outlook) {
    // An occupation the current projections dropped says so: its figures are an earlier period's.
    const stale = projections && projections.id !== outlook.release.id ? `; not in BLS EP ${projections.period}` : '';
    lines.push(`  Outlook:     ${outlookSummary(outlook)} (BLS EP ${outlook.release.period}${stale})`);
    for (const [label, value] of outlookFacts(outlook)) lines.push(`    ${`${label}:`.padEnd(15)}${value}`);
  }
  if (occupation.url) lines.push(`  Source:      ${occupation.url}`);
  if (occupation.file) lines.push(`  From:        ${occupation.file}`);
  return lines.join('\n');
}

export async function rolesCommand(args: string[], io: Io): Promise<number> {
  const { values, positionals } = parseCommandArgs('roles', args, OPTIONS);
  if (values.help) {
    io.out(ROLES_HELP);
    return EXIT.ok;
  }
  const configFile = values.config === undefined ? undefined : await assertExists(io.cwd, values.config);
  const datasetFile = values.dataset === undefined ? undefined : await assertExists(io.cwd, values.dataset);
  if (values.map) {
    const loaded = await commandConfig(io, configFile);
    return mapRole(positionals, { io, loaded, index: await commandRoleIndex(io, loaded, datasetFile) });
  }
  const format = parseChoice('format', values.format, ['text', 'json'], 'text', 'roles');
  const limit = parseCount('limit', values.limit, 'roles') ?? 10;
  const query = positionals.join(' ').trim();
  if (!query) throw new UsageError('expected a role name or SOC code to look up', hintFor('roles'));

  const index = await commandRoleIndex(io, await commandConfig(io, configFile), datasetFile);
  const matches = lookUp(index, query, limit);
  if (format === 'json') {
    io.out(
      `${JSON.stringify(
        matches.map(({ occupation, via, matched, exact, kind, lint }) => {
          // O*NET's alternate titles can run to hundreds; the match says which one was used.
          const { alternateTitles: _alternates, ...rest } = occupation;
          return { ...rest, match: { via, matched, exact, ...(kind && { kind }), ...(lint && { lint }) } };
        }),
        null,
        2,
      )}\n`,
    );
  } else if (matches.length > 0) {
    io.out(`${matches.map((hit) => block(hit, index.releases.projections.current)).join('\n\n')}\n`);
  }
  if (matches.length === 0) {
    io.err(`${PROGRAM}: no occupation matches "${query}"\n`);
    return EXIT.problems;
  }
  return EXIT.ok;
}
