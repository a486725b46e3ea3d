// Which workspace datasets a document's config may name, decided once for every host: the
// host's own choice (the CLI's --dataset) wins and is read wherever it is; otherwise the
// config's `dataset` (or the editor setting's, relative to the workspace folder) and its
// `areaDatasets`, read only in a trusted workspace and only from inside the workspace folder
// holding the document, the config's own folder, or a folder the host names (the CLI's current
// folder), real paths compared: a cloned repository's `"dataset": "../../../../etc/shadow"`, or
// a link to it, must not make any host read, and quote, a file outside them.
import type { LoadedConfig } from './config-cascade.js';
import { datasetInside } from './dataset-choice.js';
import type { SessionFileSystem } from './file-system.js';

/** The files a document's data come from (none: the bundled data alone). */
export interface DatasetPick {
  file: string | undefined;
  areaFiles: string[];
  /** `file` is the host's own choice (--dataset): a broken one is the user's mistake, not the config's. */
  named: boolean;
}

/** A dataset a config names that is not read, and why; each host words it. */
export interface Refusal {
  kind: 'dataset' | 'area dataset';
  file: string;
  /** The config file that names it (undefined: the editor's setting). */
  namedBy: string | undefined;
  reason: 'untrusted' | 'outside';
  /** The folders it had to lie in (the first is the workspace folder when there is one). */
  boundaries: string[];
}

export interface PickInput {
  fs: SessionFileSystem;
  loaded: LoadedConfig | undefined;
  /** The innermost workspace folder holding the document, if any. */
  root: string | undefined;
  /** The editor setting's dataset (relative to `root`). */
  setting: string | undefined;
  trusted: boolean;
  /** The host's own dataset (--dataset). */
  override: string | undefined;
  /** Folders besides the workspace folder and the config's own where a config's datasets may lie. */
  allowed: readonly string[];
}

export async function pickDatasets(input: PickInput): Promise<{ pick: DatasetPick; refused: Refusal[] }> {
  const { fs, loaded, root } = input;
  const namedBy = loaded?.file;
  const boundaries = [root, namedBy === undefined ? undefined : fs.parent(namedBy), ...input.allowed].filter(
    (folder): folder is string => folder !== undefined,
  );
  const refused: Refusal[] = [];
  const admit = async (kind: Refusal['kind'], file: string, by: string | undefined): Promise<boolean> => {
    const reason = !input.trusted
      ? 'untrusted'
      : boundaries.length > 0 && !(await datasetInside(fs, file, boundaries))
        ? 'outside'
        : undefined;
    if (reason !== undefined) refused.push({ kind, file, namedBy: by, reason, boundaries });
    return reason === undefined;
  };
  let file: string | undefined = input.override;
  if (file === undefined) {
    const named = loaded?.dataset ?? (input.setting && root !== undefined ? fs.resolve(root, input.setting) : undefined);
    if (named !== undefined && (await admit('dataset', named, loaded?.dataset === undefined ? undefined : namedBy))) file = named;
  }
  const areas = loaded?.areaDatasets ?? [];
  const admitted = await Promise.all(areas.map((area) => admit('area dataset', area, namedBy)));
  return { pick: { file, areaFiles: areas.filter((_, i) => admitted[i]), named: input.override !== undefined }, refused };
}

/** The editor's words for the refusals (one line each; the untrusted area datasets said once). */
export function describeRefusals(refused: readonly Refusal[]): string[] {
  const lines = refused.map(({ kind, file, reason, boundaries }) => {
    if (reason === 'untrusted')
      return kind === 'dataset'
        ? `this workspace is not trusted, so its dataset ${file} is not read; salary figures are checked against the bundled BLS data only`
        : `this workspace is not trusted, so its area datasets are not read; figures for a state or city are not checked`;
    return kind === 'dataset'
      ? `the dataset ${file} is outside the workspace folder ${boundaries[0]}, so it is not read; using the bundled BLS data`
      : `the area dataset ${file} is outside the workspace folder ${boundaries[0]}, so it is not read`;
  });
  return [...new Set(lines)];
}
