// Area datasets: a state's or metro area's wage figures, loaded beside the national data (config
// `areaDatasets`), each file one area, named by its `area` (BLS AREA_TITLE, which `dataset
// import` records). A claim naming that place is judged against it (RoleIndex.areaFor); a place
// without a loaded area is not checked. A file whose area is no known place, or a second file
// for the same area, is a config error: guessing which figures an article means is worse than
// not checking it.
import { areaPlace } from './places.js';
import type { AreaData, Occupation } from './types.js';

export interface AreaFile {
  /** The file as the user should read it in a message. */
  file: string;
  occupations: readonly Occupation[];
}

export type AreaBuild = { ok: true; areas: AreaData[] } | { ok: false; error: string };

export function buildAreas(files: readonly AreaFile[]): AreaBuild {
  const areas: AreaData[] = [];
  for (const { file, occupations } of files) {
    const release = occupations[0]?.release;
    if (!release) continue; // empty, or broken (its own warnings said so)
    const named = release.area;
    if (!named) return { ok: false, error: `${file}: no \`area\`: an area dataset names its state or metro area (BLS AREA_TITLE)` };
    const place = areaPlace(named);
    if (!place)
      return {
        ok: false,
        error: `${file}: unknown area \`${named}\`: expected a state name or postal code, or a metro area as BLS titles it ("Austin-Round Rock-San Marcos, TX")`,
      };
    if (place.kind === 'nation')
      return { ok: false, error: `${file}: area \`${named}\` is the nation: name it as \`dataset\`, not in \`areaDatasets\`` };
    const twin = areas.find((area) => area.place.name === place.name);
    if (twin) return { ok: false, error: `${file}: a second dataset for ${place.name} (the first is ${twin.file ?? 'another file'})` };
    const bySoc = new Map(occupations.map((occupation) => [occupation.soc, occupation]));
    areas.push({ place, release, file, occupations, bySoc: (soc) => bySoc.get(soc) });
  }
  return { ok: true, areas };
}
