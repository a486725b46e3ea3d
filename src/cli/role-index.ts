// The role index for a dataset overlay, one per overlay and thread (the lint workers, the
// main thread's own lint jobs and `roles` each have theirs). It is lazy: the bundled dataset is
// read on the first role a rule looks up, so files that are not articles never load it.
import { createRoleIndex, type RoleIndex } from '../core/dataset/index.js';
import { buildAreas } from '../core/dataset/areas.js';
import { lazyRoleIndex } from '../core/dataset/lazy-index.js';
import { loadBundledDatasetSync } from '../node/bundled-dataset.js';
import type { DatasetOverlay } from './dataset-overlay.js';

const indexes = new Map<string, RoleIndex>();

export function lazyRoleIndexFor(overlay: DatasetOverlay): RoleIndex {
  let index = indexes.get(overlay.key);
  if (!index) {
    index = lazyRoleIndex(() => {
      const areas = buildAreas(overlay.areas);
      return createRoleIndex(loadBundledDatasetSync(), overlay.occupations, areas.ok ? areas.areas : []);
    });
    indexes.set(overlay.key, index);
  }
  return index;
}

export function roleIndexFor(overlay: DatasetOverlay): Promise<RoleIndex> {
  return Promise.resolve(lazyRoleIndexFor(overlay));
}
