// The generated files and their contents, shared by the generator and the staleness test.
import { baselineJsonSchema } from '../src/cli/baseline-file.js';
import { configJsonSchema } from '../src/core/config/json-schema.js';
import { datasetJsonSchema } from '../src/core/dataset/formats/schema.js';
import { settingsProperties } from '../src/core/config/settings-schema.js';
import { readFileSync } from 'node:fs';
import { markdownSnippets } from '../src/core/templates/snippets.js';
import { createRoleIndex } from '../src/core/dataset/index.js';
import { loadBundledDatasetSync } from '../src/node/bundled-dataset.js';

const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';

/** package.json with its settings section regenerated (the rest of the manifest untouched). */
function manifest(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    contributes: { configuration: { properties: unknown } };
  };
  pkg.contributes.configuration.properties = settingsProperties();
  return json(pkg);
}

export function generatedSchemas(): Record<string, string> {
  return {
    'package.json': manifest(),
    'schemas/config.schema.json': json(configJsonSchema()),
    'schemas/roles.schema.json': json(datasetJsonSchema()),
    'schemas/baseline.schema.json': json(baselineJsonSchema()),
    // The salary snippet cites the bundled data's current wage release, never a year written here.
    'snippets/markdown.code-snippets': json(markdownSnippets(createRoleIndex(loadBundledDatasetSync()).releases.wages.current)),
  };
}
