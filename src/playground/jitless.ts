// Imported before anything that builds a zod schema (see worker.ts): zod's global config is
// one object, whichever entry point (classic, mini) sets it.
import * as z from 'zod/mini';

z.config({ jitless: true });
