// Types of ascii.mjs, for scripts/build-dataset.ts.
export function asciiOnly(text: string): string;
