// The generated files and their contents, shared by the generator and the staleness test.
import { configJsonSchema } from '../src/core/config/json-schema.js';
import { datasetJsonSchema } from '../src/core/dataset/schema.js';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

export function generatedSchemas(): Record<string, string> {
  return {
    'schemas/config.schema.json': json(configJsonSchema()),
    'schemas/roles.schema.json': json(datasetJsonSchema()),
  };
}
