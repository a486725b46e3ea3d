import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { generatedSchemas } from '../../scripts/schemas.js';

for (const [file, content] of Object.entries(generatedSchemas())) {
  test(`${file} matches the zod schema it is generated from (run \`npm run schemas\` if not)`, () => {
    assert.equal(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), content);
  });
}
