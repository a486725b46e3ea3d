// Text made pure ASCII for the files the CLI reads at every start (its bundles, data/roles.json),
// which it then reads as Latin-1, several times faster than UTF-8 (src/node/fast-text.ts). Each
// other UTF-16 unit becomes a \u escape, which means the same character in JSON strings and in
// JavaScript strings and regular expressions (the only places esbuild leaves such characters).
export const asciiOnly = (text) => text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
