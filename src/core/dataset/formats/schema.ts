// Zod schemas for (a) the dataset file workspace authors write (`roles.json` with `$schema`)
// and (b) the compact bundled data/roles.json written by scripts/build-dataset.ts.
// Only shapes live here, without transforms, so z.toJSONSchema can emit (a) for editors;
// cross-field checks (duplicate ids, percentile order...) are in dataset/formats/checks.ts.
import { z } from '../../zod.js';
import { ENCODED_CHARSET } from '../codec/int-codec.js';
import { EDUCATION_LEVELS } from '../types.js';

export const WAGE_KEYS = ['mean', 'median', 'p10', 'p25', 'p75', 'p90'] as const;

const dollars = (what: string) => z.number().nonnegative().describe(`${what}, US dollars per year`);

export const wagesSchema = z
  .strictObject({
    mean: dollars('Mean annual wage').optional(),
    median: dollars('Median annual wage').optional(),
    p10: dollars('10th percentile annual wage').optional(),
    p25: dollars('25th percentile annual wage').optional(),
    p75: dollars('75th percentile annual wage').optional(),
    p90: dollars('90th percentile annual wage').optional(),
    hourlyMean: z.number().nonnegative().describe('Mean hourly wage, US dollars').optional(),
  })
  .describe('Wage figures; leave out what you do not have.');

const period = z.string().min(1).describe('When the figures were measured, e.g. "May 2024"; a year in it sets `year`.');
const year = z.number().int().min(1900).max(2100).describe('Year the figures refer to.');
const source = z.string().min(1).describe('Who published the figures, e.g. "BLS OEWS" or "Acme salary survey 2025".');

export const SOC_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;

const thousands = (what: string) => z.number().nonnegative().describe(`${what}, thousands`);

/** A workspace entry's own projection, in the columns of BLS EP Table 1.2 (counts in thousands). */
export const datasetOutlookSchema = z
  .strictObject({
    period: z
      .string()
      .regex(/^(?:19|20)\d\d\s*(?:[-–]|to)\s*(?:(?:19|20)?\d\d)$/, {
        error: 'expected a projection period such as "2025–35" or "2025-2035"',
      })
      .describe('The projection period, e.g. "2025–35".'),
    source: source.optional(),
    employmentBase: thousands('Employment in the base year'),
    employmentTarget: thousands('Employment in the target year'),
    changeNumeric: z.number().describe('Employment change, thousands').optional(),
    changePercent: z.number().describe('Employment change over the period, percent (one decimal)'),
    selfEmployedPercent: z.number().min(0).max(100).describe('Percent self-employed in the base year').optional(),
    openingsPerYear: thousands('Openings a year, on average'),
    education: z.enum(EDUCATION_LEVELS).describe("Typical education needed for entry, in BLS's words"),
    experience: z.string().min(1).describe('Work experience in a related occupation').optional(),
    training: z.string().min(1).describe('Typical on-the-job training').optional(),
  })
  .describe(
    'The job outlook and typical education, like BLS Employment Projections; without it a bundled SOC code keeps the bundled projections.',
  );

export const datasetOccupationSchema = z
  .strictObject({
    soc: z
      .string()
      .regex(SOC_PATTERN, { error: 'expected a SOC code such as "11-2022" or an id such as "custom-001"' })
      .describe('BLS SOC code (an entry with a bundled code replaces the bundled one) or your own id such as "custom-001".'),
    title: z.string().min(1).describe('Occupation title, e.g. "Sales Managers".'),
    aliases: z.array(z.string().min(1)).describe('Other names articles use for this role; matched first.').optional(),
    employment: z.number().int().nonnegative().describe('Number of people employed.').optional(),
    wages: wagesSchema,
    topCoded: z
      .array(z.enum(WAGE_KEYS))
      .describe("Figures known only as a lower bound (at least the file's `topCode`); leave them out of `wages`.")
      .optional(),
    period: period.optional(),
    year: year.optional(),
    source: source.optional(),
    // https: only. The URL becomes a link in the hover and the preview: `javascript:`,
    // `command:` or `file:` would run or open something on a click.
    url: z
      .url({ protocol: /^https$/, normalize: false })
      .describe('Where a reader can check the figures (an https: URL).')
      .optional(),
    outlook: datasetOutlookSchema.optional(),
  })
  .describe('One occupation (role) with its wage figures.');

export const datasetFileSchema = z
  .strictObject({
    $schema: z.string().optional(),
    source: source.describe('Default `source` for every occupation.').optional(),
    period: period.describe('Default `period` for every occupation.').optional(),
    year: year.describe('Default `year` for every occupation.').optional(),
    area: z.string().min(1).describe('Geographic area of the figures, e.g. "U.S.", "California" (BLS AREA_TITLE).').optional(),
    citation: z
      .string()
      .min(1)
      .describe('Credit line shown with the figures, e.g. "U.S. Bureau of Labor Statistics, OEWS, May 2025".')
      .optional(),
    currency: z.string().length(3).describe('ISO 4217 currency code of the wage figures (default "USD").').optional(),
    hoursPerYear: z.number().positive().describe('Hours in a working year between hourly and annual wages (BLS: 2080).').optional(),
    topCode: z
      .strictObject({ annual: z.number().positive(), hourly: z.number().positive() })
      .describe("The publisher's top-code: figures listed in `topCoded` are at least these (BLS May 2024: 239200 and 115).")
      .optional(),
    occupations: z.array(datasetOccupationSchema),
  })
  .describe('Career Articles role dataset: occupations and wage figures that add to or replace the bundled BLS data.');

export type DatasetFile = z.infer<typeof datasetFileSchema>;
export type DatasetOccupation = z.infer<typeof datasetOccupationSchema>;

/** JSON Schema for workspace dataset files (schemas/roles.schema.json). */
export function datasetJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(datasetFileSchema, { target: 'draft-7' }),
    $id: 'https://career-articles.dev/schemas/roles.schema.json',
    title: 'Career Articles role dataset',
  };
}

// (b) The bundled format: releases with their metadata, then occupations as tuples (see its
// "columns" header) with one wage entry per OEWS release, and O*NET alternate titles stored once
// each, as [title, occupation index or indexes] pairs. Tests validate the committed file with it;
// the loader trusts the generated file and skips this for speed.
const cell = z.number().nullable();
const wageTuple = z.tuple([cell, cell, cell, cell, cell, cell, cell]);
const topCodedList = z.string().regex(/^((mean|median|p10|p25|p75|p90)( |$))*$/);

export const releaseSchema = z.strictObject({
  id: z.string().min(1),
  program: z.string().min(1),
  period: z.string().min(1),
  year: z.number().int(),
  targetYear: z.number().int().optional(),
  source: z.string().min(1),
  publisher: z.string().optional(),
  citation: z.string().min(1),
  url: z.string().optional(),
  currency: z.string().length(3).optional(),
  hoursPerYear: z.number().positive().optional(),
  topCode: z.strictObject({ annual: z.number(), hourly: z.number() }).nullable().optional(),
  area: z.string().optional(),
});

const bundledWages = z.tuple([z.number().nullable(), wageTuple, topCodedList]);
const bundledFigures = z.tuple([z.number(), z.number(), z.number().nullable(), z.number(), z.number().nullable(), z.number()]);
const bundledOutlook = z.tuple([
  z.number(), // employment, base year (thousands)
  z.number(), // employment, target year (thousands)
  z.number().nullable(), // change, thousands (null: BLS prints none)
  z.number(), // change, percent
  z.number().nullable(), // percent self-employed, base year (null: BLS prints "—")
  z.number(), // openings per year (thousands)
  z.enum(EDUCATION_LEVELS),
  z.string(), // work experience
  z.string(), // on-the-job training
]);

export const outlookBandsSchema = z.strictObject({
  releaseId: z.string().min(1),
  period: z.string().min(1),
  averagePercent: z.number(),
  totalChangePercent: z.number(),
  bands: z
    .array(
      z.strictObject({
        descriptor: z.string().min(1),
        onetLabel: z.string().min(1),
        min: z.number().int().optional(),
        max: z.number().int().optional(),
      }),
    )
    .min(1),
});

export const bundledOccupationSchema = z.tuple([
  z.string(), // soc
  z.string(), // title
  z.array(bundledWages.nullable()).min(1), // one per wageReleases entry, null where that release lacks the occupation
  // One per projectionReleases entry; null: no projection has it. A later entry of 6 figures
  // shares the first entry's education, experience and training.
  z
    .array(z.union([bundledOutlook, bundledFigures]).nullable())
    .min(1)
    .nullable(),
  z.array(z.string()).optional(), // includesSoc
]);

export const bundledDatasetSchema = z.strictObject({
  format: z.literal('career-articles/roles@4'),
  releases: z.array(releaseSchema).min(1),
  /** Ids of the wage releases, current first: the order of each occupation's wage entries. */
  wageReleases: z.array(z.string()).min(1),
  /** Ids of the projection releases, current first: the order of each occupation's outlook entries. */
  projectionReleases: z.array(z.string()),
  /** BLS's outlook wording bands per projection release. */
  outlookBands: z.array(outlookBandsSchema),
  credit: z.string(),
  inputs: z.record(z.string(), z.string()),
  columns: z.array(z.unknown()),
  occupations: z.array(bundledOccupationSchema),
  /** The names a line each, and per name its occupations' count and indexes (alternate-titles.ts). */
  alternateTitles: z.strictObject({ count: z.number().int().min(0), names: z.string(), occupations: z.string().regex(ENCODED_CHARSET) }),
  /** The names' match keys, derived from the above at build time (name-index.ts); without it they are computed at run time. */
  nameIndex: z
    .strictObject({
      tokens: z.array(z.string()),
      width: z.number().int().min(1).max(4),
      alternates: z.number().int().min(0),
      keys: z.string().regex(ENCODED_CHARSET),
      starts: z.string().regex(ENCODED_CHARSET),
      order: z.string().regex(ENCODED_CHARSET),
      titles: z.string().regex(ENCODED_CHARSET),
    })
    .optional(),
});

export type BundledDataset = z.infer<typeof bundledDatasetSchema>;
export type BundledOccupation = z.infer<typeof bundledOccupationSchema>;
export type BundledWages = z.infer<typeof bundledWages>;
export type BundledOutlook = z.infer<typeof bundledOutlook> | z.infer<typeof bundledFigures>;
