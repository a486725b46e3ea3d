// The real bundled dataset, loaded once for every test file that needs it.
import type { RoleIndex } from '../../../src/core/dataset/types.js';

let index: Promise<RoleIndex> | undefined;

export function bundledRoleIndex(): Promise<RoleIndex> {
  index ??= (async () => {
    const { loadBundledDataset } = await import('../../../src/node/bundled-dataset.js');
    const { createRoleIndex } = await import('../../../src/core/dataset/index.js');
    return createRoleIndex(await loadBundledDataset());
  })();
  return index;
}
