// The members of `z` (see zod.ts): add one here when the code needs it.
export {
  array,
  boolean,
  discriminatedUnion,
  enum,
  literal,
  nullable,
  number,
  object,
  optional,
  record,
  strictObject,
  string,
  toJSONSchema,
  tuple,
  union,
  unknown,
  url,
} from 'zod';
export type { infer, input, output, core, ZodArray, ZodObject, ZodOptional, ZodString, ZodType } from 'zod';
