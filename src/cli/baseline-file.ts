// The baseline file's shape (`lint --write-baseline`, read by `lint --baseline`), versioned by
// its "format" header so a file of another version is refused rather than misread. The JSON
// Schema in schemas/baseline.schema.json is generated from this.
import { z } from '../core/zod.js';

export const BASELINE_FORMAT = 'career-articles/baseline@1';

export const baselineEntrySchema = z.strictObject({
  file: z.string().min(1).describe('The article, relative to the baseline file\'s folder, with "/" separators.'),
  ruleId: z.string().min(1),
  messageId: z.string().min(1),
  fingerprint: z
    .string()
    .min(1)
    .describe("A hash of the finding's text and the text around it on its line: a line number is not part of it."),
  count: z.number().int().min(1).describe('How many such findings the file had: one more is reported.'),
  message: z.string().describe("The first such finding's message, for people reading the file; not matched on.").optional(),
});

export const baselineSchema = z
  .strictObject({
    $schema: z.string().optional(),
    format: z.literal(BASELINE_FORMAT).describe('The format and its version.'),
    findings: z.array(baselineEntrySchema),
  })
  .describe('Known findings of career-articles lint: `lint --baseline` does not report them again.');

export type BaselineEntry = z.output<typeof baselineEntrySchema>;
export type BaselineFile = z.output<typeof baselineSchema>;

export function baselineJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(baselineSchema, { target: 'draft-7' }),
    $id: 'https://career-articles.dev/schemas/baseline.schema.json',
    title: 'Career Articles lint baseline',
  };
}
