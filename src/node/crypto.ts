// node:crypto, loaded on first use: loading it takes about 3 ms, a cold one-article lint that
// neither caches nor fixes never needs it, and a static import would load it at every start.
import { createRequire } from 'node:module';

type Crypto = typeof import('node:crypto');
let loaded: Crypto | undefined;

export const nodeCrypto = (): Crypto => (loaded ??= createRequire(import.meta.url)('node:crypto') as Crypto);
