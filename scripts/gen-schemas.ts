// Writes every generated JSON Schema. `npm run schemas` runs it; test/unit/schemas.test.ts
// fails when a committed file differs from what this would write.
import { writeFileSync } from 'node:fs';
import { generatedSchemas } from './schemas.js';

for (const [file, content] of Object.entries(generatedSchemas())) {
  writeFileSync(new URL(`../${file}`, import.meta.url), content);
  console.log(`wrote ${file}`);
}
