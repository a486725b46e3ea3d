// The `length` option of the SEO length rules: bounds in characters, checked together at config
// time, so `"min": 170, "max": 160` is one config error at `rules.<id>.length.min`, not a rule
// that can never pass.
import { z } from '../zod.js';

export function lengthOption(min: number, max: number, what: string) {
  return z
    .object({
      min: z.number().int().min(0).max(1000).default(min).describe(`Fewest characters of the ${what}.`),
      max: z.number().int().min(1).max(1000).default(max).describe(`Most characters of the ${what}.`),
    })
    .strict()
    .refine((l) => l.min <= l.max, {
      error: 'expected `min` at most `max`',
      path: ['min'],
      // One error for one mistake: a bound that is already wrong is not compared too.
      when: (payload) => payload.issues.length === 0,
    })
    .default({ min, max })
    .describe(`Length of the ${what} in characters (default ${min}–${max}).`);
}
