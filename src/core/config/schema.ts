// One configuration schema, composed from the rules' own option schemas, so a rule's
// options are declared once and validated, defaulted and documented from that one place.
// The JSON Schema for `.career-articles.json` and the extension's settings are generated
// from it (scripts/gen-schemas.ts), never written by hand.
import { z } from '../zod.js';
import { RULES } from '../rules/index.js';
import { SECTION_KEYS, type SectionKey } from '../model/sections.js';
import { styleSchema } from '../style/schema.js';

/** Every state, DC and the territories, and some metro areas: more is a mistake, not a need. */
export const MAX_AREA_DATASETS = 100;

export const severitySetting = z.enum(['off', 'error', 'warning', 'info']);
export type SeveritySetting = z.output<typeof severitySetting>;

function ruleSetting(options: z.ZodObject, description: string) {
  const detailed = options.extend({ severity: severitySetting.optional() }).strict();
  return z.union([severitySetting, detailed]).optional().describe(description);
}

// Built on first use: composing every rule's options costs about 10 ms at start-up, which a
// run that finds no config file never needs.
function buildConfigSchema() {
  const ruleSettings = Object.fromEntries(RULES.map((rule) => [rule.id, ruleSetting(rule.options, rule.description)]));

  const synonymSettings = Object.fromEntries(
    SECTION_KEYS.map((key) => [
      key,
      z.array(z.string().min(1)).min(1).optional().describe(`Headings accepted for the \`${key}\` section (replaces the defaults).`),
    ]),
  ) as Record<SectionKey, z.ZodOptional<z.ZodArray<z.ZodString>>>;

  return z
    .object({
      $schema: z.string().optional(),
      rules: z.object(ruleSettings).strict().optional().describe('Turn rules off, change their severity or set their options.'),
      sections: z.object(synonymSettings).strict().optional().describe('Heading synonyms for the standard sections.'),
      roles: z
        .record(
          z.string().trim().min(1),
          z
            .string()
            .regex(/^\d\d-\d{4}$/, 'expected a SOC code such as `13-1161`')
            .describe('The SOC code of the occupation the role means.'),
        )
        .optional()
        .describe(
          'Roles the dataset does not know, mapped to an occupation by SOC code (`"Growth Hacker": "13-1161"`), for every article under this file; `career-articles roles --map` writes them. A front matter `soc:` pin still wins.',
        ),
      dataset: z
        .string()
        .min(1)
        .optional()
        .describe('Path (relative to this file) to a workspace role dataset, JSON or CSV, merged over the bundled one.'),
      areaDatasets: z
        .array(z.string().min(1))
        .max(MAX_AREA_DATASETS)
        .optional()
        .describe(
          'Paths (relative to this file) to state or metro area datasets (`career-articles dataset import --area`), one area each, read beside the national data: a figure an article gives for that place is checked against it. Same folder rule and size limit as `dataset`.',
        ),
      style: z
        .union([
          z.string().min(1).describe('Path (relative to this file, inside its folder) to a style file, JSON or YAML, with the same keys.'),
          styleSchema,
        ])
        .optional(),
      maxFileSize: z
        .number()
        .int()
        .positive()
        .optional()
        .describe('Articles larger than this many bytes are linted on save only in the editor (default 1 MB).'),
    })
    .strict();
}

let built: ReturnType<typeof buildConfigSchema> | undefined;
export const configSchema = (): ReturnType<typeof buildConfigSchema> => (built ??= buildConfigSchema());

export type ConfigFile = z.output<ReturnType<typeof configSchema>>;
