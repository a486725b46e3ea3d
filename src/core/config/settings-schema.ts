// The extension's `contributes.configuration` properties, generated from the same zod
// schema as the config file: a rule option added to a rule shows up in the Settings UI.
import { RULES } from '../rules/index.js';
import { configJsonSchema } from './json-schema.js';
import { DEFAULT_MAX_FILE_SIZE } from './resolve.js';

type JsonSchema = Record<string, unknown>;

export function settingsProperties(): Record<string, JsonSchema> {
  const file = configJsonSchema() as { properties: Record<string, JsonSchema> };
  const { rules, sections } = file.properties;
  return {
    'careerArticles.lintOn': {
      type: 'string',
      enum: ['onType', 'onSave'],
      enumDescriptions: ['Lint as you type (debounced).', 'Lint when the article is opened or saved.'],
      default: 'onType',
      description: 'When articles are linted in the editor.',
    },
    'careerArticles.rules': {
      ...rules,
      default: {},
      markdownDescription:
        'Rule settings, as in `.career-articles.json` (which takes precedence): `"off"`, a severity, or an object with `severity` and options.',
    },
    'careerArticles.sections': {
      ...sections,
      default: {},
      markdownDescription: 'Heading synonyms for the standard sections, as in `.career-articles.json`.',
    },
    'careerArticles.severityOverrides': {
      type: 'object',
      default: {},
      propertyNames: { enum: RULES.map((r) => r.id) },
      additionalProperties: { type: 'string', enum: ['off', 'error', 'warning', 'info'] },
      markdownDescription:
        'Remaps the severity of rules in the editor only, after every config file (for example `{"empty-section": "info"}`).',
    },
    'careerArticles.articles.include': {
      type: 'array',
      items: { type: 'string' },
      default: [],
      markdownDescription:
        'Globs of Markdown files linted as articles even when their title is not a comparison (drafts without a title yet).',
    },
    'careerArticles.articles.exclude': {
      type: 'array',
      items: { type: 'string' },
      default: ['**/node_modules/**'],
      markdownDescription: 'Globs of Markdown files never linted, even when they look like articles.',
    },
    'careerArticles.dataset': {
      type: 'string',
      default: '',
      markdownDescription:
        'Path (relative to the workspace folder) of a role dataset, JSON or CSV, merged over the bundled BLS data. `dataset` in `.career-articles.json` takes precedence.',
    },
    'careerArticles.maxFileSize': {
      type: 'number',
      default: DEFAULT_MAX_FILE_SIZE,
      markdownDescription: 'Articles larger than this many bytes are linted on save only, to keep typing smooth.',
    },
  };
}
