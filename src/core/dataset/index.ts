// The role dataset: types, readers for workspace dataset files, the bundled data decoder and
// the role index. Pure TypeScript: the Node loader lives in src/node/bundled-dataset.ts.
export type {
  DatasetError,
  DatasetParseResult,
  EducationLevel,
  Occupation,
  Outlook,
  Release,
  RoleIndex,
  RoleMatch,
  WageKey,
  Wages,
  WageSnapshot,
} from './types.js';
export { EDUCATION_LEVELS } from './types.js';
export { BUNDLED_FORMAT, decodeBundledDataset, releaseUrl, wageFigure, wageHistory } from './bundled.js';
export { parseDatasetCsv } from './formats/parse-csv.js';
export { parseDatasetFile } from './formats/parse-file.js';
export { parseDatasetJson } from './formats/parse-json.js';
export { createRoleIndex } from './role-index.js';
export { titleKey } from './names/normalize.js';
export {
  WAGE_KEYS,
  bundledDatasetSchema,
  datasetFileSchema,
  datasetJsonSchema,
  datasetOccupationSchema,
  type BundledDataset,
  type DatasetFile,
} from './formats/schema.js';
