// Types of code-cache-build.mjs, for the benchmark that imports it (bench/cli-profile.ts).
export function finishCachedBundle(file: string): void;
export function trainCodeCache(bundle: string, args: string[]): void;
