// What a word is for the style rules: a run of letters and digits (an apostrophe or hyphen ends it).
export const WORD = /[\p{L}\p{N}]/u;
export const WORDS = /[\p{L}\p{N}]+/gu;
