// The screenshots the README shows, copied from the integration suite's run with --screenshots
// (artifacts/screenshots, where each test saves what it asks for) into docs/images. Run by
// `npm run screenshots` after the suite, whatever its outcome: a picture a passing test took is
// kept, and a missing one is named (its test failed or never ran), never replaced by an old one.
import { copyFileSync, existsSync, statSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const FROM = join(ROOT, 'artifacts/screenshots');
const TO = join(ROOT, 'docs/images');

/** The README's pictures: test/integration names them with `screenshot(name)`. */
const DOCUMENTED = ['problems-panel', 'new-article', 'hover', 'preview-light', 'preview-dark'];

const missing: string[] = [];
for (const name of DOCUMENTED) {
  const source = join(FROM, `${name}.png`);
  if (!existsSync(source) || statSync(source).size === 0) {
    missing.push(name);
    continue;
  }
  copyFileSync(source, join(TO, `${name}.png`));
  console.log(`docs-screenshots: docs/images/${name}.png`);
}
if (missing.length > 0) {
  console.error(`docs-screenshots: not taken (their tests failed or did not run): ${missing.join(', ')}`);
  process.exitCode = 1;
}
