// The role index for a dataset overlay: the bundled dataset is loaded on first use and each
// index is built once per overlay, per thread (the lint workers and `roles` each have theirs).
import { createRoleIndex, type RoleIndex } from '../core/dataset/index.js';
import { loadBundledDataset } from '../node/bundled-dataset.js';
import type { DatasetOverlay } from './dataset.js';

const indexes = new Map<string, Promise<RoleIndex>>();

export function roleIndexFor(overlay: DatasetOverlay): Promise<RoleIndex> {
  let index = indexes.get(overlay.key);
  if (!index) {
    index = loadBundledDataset().then((bundled) => createRoleIndex(bundled, overlay.occupations));
    indexes.set(overlay.key, index);
  }
  return index;
}
