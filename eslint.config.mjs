// typescript-eslint, strict and type-aware: the project's own code is linted in `npm test`.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// The layers' import rules (docs/architecture.md). Flat config does not merge one rule's options
// across blocks, so each layer's block repeats the zod rule. Patterns read the import as written:
// `(\.\./)*name/` reaches src/name/ from the importing layer (or, from src/extension.ts, `./name/`).
const nodeBuiltins = {
  group: ['node:*', ...builtinModules.filter((m) => !m.startsWith('_'))],
  message: 'This layer runs in a browser and a web worker too: reach files through the session’s file-system interface.',
};
const into = (folders, message, extra = {}) => ({ regex: `^\\.\\.?/(\\.\\./)*(${folders.join('|')})(/|$)`, message, ...extra });
const zodPath = {
  name: 'zod',
  allowTypeImports: true,
  message: 'Import `z` from src/core/zod.ts: `zod` is zod’s whole classic namespace, every locale included.',
};
const layer = (files, { paths = [], patterns = [], zod = true }) => ({
  files,
  rules: { '@typescript-eslint/no-restricted-imports': ['error', { paths: [...(zod ? [zodPath] : []), ...paths], patterns }] },
});
const hostsLint =
  'Hosts lint through the session: settingsFor chooses the config and datasets, src/session/lint-document.ts lints; no host builds LintOptions.';
const vscodePath = { name: 'vscode', message: 'Only the VS Code client (src/vscode, src/extension.ts, src/web) imports `vscode`.' };
export const boundaries = [
  layer(['src/**/*.ts'], {}),
  ...[true, false].map((zod) =>
    layer(zod ? ['src/core/**/*.ts'] : ['src/core/zod-api.ts'], {
      zod,
      paths: [vscodePath],
      patterns: [
        nodeBuiltins,
        into(
          ['session', 'server', 'cli', 'vscode', 'webview', 'web', 'node', 'shared', 'extension\\.js'],
          'The core is pure: the hosts import it, never the reverse.',
        ),
      ],
    }),
  ),
  layer(['src/session/**/*.ts'], {
    paths: [vscodePath],
    patterns: [
      nodeBuiltins,
      into(
        ['server', 'cli', 'vscode', 'webview', 'web', 'node', 'extension\\.js'],
        'The session is host-agnostic: hosts hand it a file system.',
      ),
    ],
  }),
  layer(['src/vscode/**/*.ts', 'src/extension.ts', 'src/web/**/*.ts'], {
    patterns: [
      into(['core'], 'The client asks the server: only types from the core, values through src/shared/.', { allowTypeImports: true }),
      into(['session', 'server', 'cli', 'node', 'webview'], 'The client asks the server over LSP (src/shared/ holds the protocol).', {
        allowTypeImports: true,
      }),
    ],
  }),
  layer(['src/shared/**/*.ts'], {
    paths: [vscodePath],
    patterns: [
      nodeBuiltins,
      into(
        ['server', 'cli', 'node', 'vscode', 'webview', 'web'],
        'The protocol sits below every host: client, server and page all import it.',
      ),
    ],
  }),
  layer(['src/node/**/*.ts'], {
    paths: [vscodePath],
    patterns: [into(['server', 'cli', 'vscode', 'webview', 'web'], 'Node I/O serves the CLI and the server; it imports neither.')],
  }),
  layer(['src/server/**/*.ts', 'src/cli/**/*.ts'], {
    paths: [vscodePath],
    patterns: [
      into(['vscode', 'webview', 'web'], 'The server and the CLI never import the editor client or the page.'),
      // One lint pipeline: which reader, what makes an article, the options the engine gets.
      { regex: `^\\.\\.?/(\\.\\./)*core/(lint|refresh|readers)\\.js$`, allowTypeImports: true, message: hostsLint },
      {
        regex: `^\\.\\.?/(\\.\\./)*core/index\\.js$`,
        importNames: ['lint', 'lintArticle', 'fixAll', 'parseArticle', 'refreshAll', 'siteClaims', 'syntaxOf'],
        message: hostsLint,
      },
    ],
  }),
  layer(['src/playground/page/**/*.ts'], {
    paths: [vscodePath],
    patterns: [
      nodeBuiltins,
      {
        regex: '^\\.\\./\\.\\./(?!shared/|webview/|core/types\\.js$|\\.\\./examples/)',
        message:
          'The playground page asks the server in its worker: it takes src/shared/, the preview renderer, finding types and the examples.',
      },
    ],
  }),
  layer(['src/webview/**/*.ts'], {
    paths: [vscodePath],
    patterns: [
      nodeBuiltins,
      { regex: '^\\.\\./(?!shared/)', message: 'The preview page takes only src/shared/ (the messages and the model it draws).' },
    ],
  }),
];

export default tseslint.config(
  {
    ignores: ['node_modules/', 'dist/', '.vscode-test/', 'artifacts/', 'bench/corpus/', 'media/', 'test/fixtures/', '**/*.cjs'],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.mjs', 'scripts/*.mjs', 'bench/*.mjs'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Template literals with numbers are the message style of every rule.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // With noUncheckedIndexedAccess, `array[i]!` after a bounds check is the idiom, not a smell.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // VS Code's API accepts any `{ dispose() }` where it names its Disposable class (EventEmitter,
      // DiagnosticCollection…); the rule reads the class name literally.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after'] }],
        },
      ],
    },
  },
  ...boundaries,
  {
    // Tests read JSON output (SARIF, JSON reports) and assert on its shape: the assertion is the type check.
    // Optional chains there turn a missing value into an assertion failure instead of a TypeError.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unnecessary-condition': 'off',
    },
  },
  {
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', Buffer: 'readonly', setTimeout: 'readonly' } },
  },
);
