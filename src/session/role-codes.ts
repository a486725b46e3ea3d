// A config's `roles` entry must name an occupation of the dataset in force, as `roles --map`
// insists when it writes one: a hand-edited `"Growth Hacker": "99-9999"` would otherwise be
// ignored in silence and the role stay unknown. One check, for the CLI (exit 2) and the
// language server (a problem shown on the config file).
import { formatPath, type SourceError } from '../core/author-files/json-source.js';
import type { RoleIndex } from '../core/dataset/types.js';

/** One config error per alias whose SOC code `index` does not know, at its JSON path (`roles.Growth Hacker`). */
export function unknownRoleCodes(
  file: string,
  roles: Readonly<Record<string, string>> | undefined,
  index: Pick<RoleIndex, 'bySoc'>,
): SourceError[] {
  return Object.entries(roles ?? {}).flatMap(([role, soc]) =>
    index.bySoc(soc)
      ? []
      : [
          {
            file,
            path: formatPath(['roles', role]),
            message: `unknown SOC code \`${soc}\`: the dataset has no such occupation (look one up with \`career-articles roles <name>\`)`,
          },
        ],
  );
}
