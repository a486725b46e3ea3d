// A workspace dataset as the CLI hands it to its lint workers: the occupations and the keys
// that name them in the worker and in the lint cache.
import type { Occupation } from '../core/dataset/index.js';
import type { AreaFile } from '../core/dataset/areas.js';

/** Occupations to merge over the bundled ones; `key` names them for caching ('' = none). */
export interface DatasetOverlay {
  key: string;
  /** Hash of the file's content ('' = no file), for the lint cache's keys. */
  hash: string;
  occupations: Occupation[];
  /** The config's area datasets (`areaDatasets`), read like the dataset; empty when none or when they conflict. */
  areas: AreaFile[];
  /** Why the area datasets cannot be used together (an unknown place, two for one area): a config error. */
  areaError?: string;
}
