// The zod API the core uses, as one `z` namespace. `import { z } from 'zod'` is zod's whole
// classic namespace, every locale included (about 450 KB minified, in every bundle that
// validates anything); this module names only the functions the code calls, so esbuild keeps
// only those (about 100 KB), and each process that starts a lint compiles that much less.
// A function missing here is a type error at its first use.
export * as z from './zod-api.js';
