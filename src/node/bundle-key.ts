// The key line esbuild.mjs ends a code-cached bundle with: `//# bundleKey=<SHA-256 of the text
// before it>`. The launcher reads it back to pick the code cache made for this very build
// (code-cache.ts); the build writes it, so the launcher never hashes 1.5 MB at start-up.
const KEY_LINE = /\n\/\/# bundleKey=([0-9a-f]{64})\n?$/;

/** The key a bundle ends with, or undefined when it has none (a bundle not built by esbuild.mjs). */
export function bundleKey(source: string): string | undefined {
  return KEY_LINE.exec(source.slice(-100))?.[1];
}
