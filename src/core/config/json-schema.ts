// The JSON Schema of `.career-articles.json`, generated from the zod schema so the editor's
// completion and validation can never disagree with what the engine accepts.
import { z } from '../zod.js';
import { configSchema } from './schema.js';

export function configJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(configSchema(), { io: 'input', target: 'draft-7', unrepresentable: 'any' }),
    title: 'Career Articles configuration (.career-articles.json)',
  };
}
