// The layers' import rules (docs/architecture.md) as eslint.config.mjs states them: each rule
// stops a forbidden import in the layer it guards, and lets the imports the layer lives on
// through. Linted without type information, on text given a path inside each layer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';

const root = fileURLToPath(new URL('../../', import.meta.url));
const RULE = '@typescript-eslint/no-restricted-imports';

async function linter(): Promise<ESLint> {
  // By URL: the config is JavaScript, with no declarations for the type checker to read.
  const config = (await import(new URL('../../eslint.config.mjs', import.meta.url).href)) as { boundaries: Linter.Config[] };
  return new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { '@typescript-eslint': tseslint.plugin },
      },
      ...config.boundaries,
    ],
  });
}

/** [file, import statement, whether the layer's rule stops it] */
const CASES: Array<[string, string, boolean]> = [
  ['src/core/x.ts', "import * as vscode from 'vscode';", true],
  ['src/core/x.ts', "import { readFileSync } from 'node:fs';", true],
  ['src/core/rules/x.ts', "import { join } from 'path';", true],
  ['src/core/rules/x.ts', "import { Session } from '../../session/session.js';", true],
  ['src/core/x.ts', "import { main } from '../server/main.js';", true],
  ['src/core/x.ts', "import { PROGRAM } from '../cli/io.js';", true],
  ['src/core/x.ts', "import { SECTION_KEYS } from '../shared/sections.js';", true],
  ['src/core/rules/x.ts', "import { z } from 'zod';", true],
  ['src/core/rules/x.ts', "import { z } from '../zod.js';", false],
  ['src/core/rules/x.ts', "import type { z } from 'zod';", false],
  ['src/core/rules/x.ts', "import { SECTION_KEYS } from '../model/sections.js';", false],
  ['src/core/zod-api.ts', "export { string } from 'zod';", false],
  ['src/session/x.ts', "import { resolve } from 'node:path';", true],
  ['src/session/x.ts', "import { nodeFileSystem } from '../node/session-fs.js';", true],
  ['src/session/x.ts', "import { lint } from '../core/lint.js';", false],
  ['src/vscode/x.ts', "import { lint } from '../core/lint.js';", true],
  ['src/vscode/preview/x.ts', "import { exportHtml } from '../../core/preview/export-html.js';", true],
  ['src/extension.ts', "import { Session } from './session/session.js';", true],
  ['src/extension.ts', "import { lint } from './core/lint.js';", true],
  ['src/extension.ts', "import { StatusBar } from './vscode/status-bar.js';", false],
  ['src/vscode/x.ts', "import { ServerClient } from './server-client.js';", false],
  ['src/vscode/x.ts', "import { Session } from '../session/session.js';", true],
  ['src/vscode/x.ts', "import type { Finding } from '../core/types.js';", false],
  ['src/vscode/x.ts', "import { SECTION_KEYS } from '../shared/sections.js';", false],
  ['src/vscode/x.ts', "import { z } from 'zod';", true],
  ['src/webview/x.ts', "import type { PreviewModel } from '../core/preview/types.js';", true],
  ['src/webview/x.ts', "import type { PreviewModel } from '../shared/preview-model.js';", false],
  ['src/webview/x.ts', "import * as z from 'zod/mini';", false],
  ['src/playground/page/x.ts', "import { Session } from '../../session/session.js';", true],
  ['src/playground/page/x.ts', "import { readFileSync } from 'node:fs';", true],
  ['src/playground/page/x.ts', "import { renderModel } from '../../webview/render.js';", false],
  ['src/playground/page/x.ts', "import * as P from '../../shared/lsp-protocol.js';", false],
  ['src/shared/x.ts', "import { readFileSync } from 'node:fs';", true],
  ['src/node/x.ts', "import { PROGRAM } from '../cli/io.js';", true],
  ['src/server/x.ts', "import * as vscode from 'vscode';", true],
  ['src/cli/x.ts', "import { z } from 'zod';", true],
  ['src/cli/x.ts', "import { lint } from '../core/lint.js';", true],
  ['src/cli/commands/x.ts', "import { fixAll, NOT_AN_ARTICLE } from '../../core/index.js';", true],
  ['src/cli/x.ts', "import { readerOptions } from '../core/readers.js';", true],
  ['src/server/x.ts', "import { refreshAll } from '../core/refresh.js';", true],
  ['src/cli/x.ts', "import type { LintResult } from '../core/lint.js';", false],
  ['src/cli/commands/x.ts', "import { NOT_AN_ARTICLE } from '../../core/index.js';", false],
  ['src/cli/x.ts', "import { lintDocument } from '../session/lint-document.js';", false],
];

test('each layer’s import rule stops the imports that cross its boundary and lets its own through', async () => {
  const eslint = await linter();
  const wrong: string[] = [];
  for (const [file, statement, stopped] of CASES) {
    const [result] = await eslint.lintText(`${statement}\n`, { filePath: `${root}${file}` });
    const fatal = result?.messages.find((m) => m.fatal);
    assert.equal(fatal, undefined, `${file}: ${fatal?.message}`);
    const found = result?.messages.some((m) => m.ruleId === RULE) ?? false;
    if (found !== stopped) wrong.push(`${file}: \`${statement}\` ${stopped ? 'passed' : 'was stopped'}`);
  }
  assert.deepEqual(wrong, []);
});
