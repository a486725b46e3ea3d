// The three syntaxes an article comes in, told apart by the file's name and, for a name
// that says nothing, by its first characters. Kept free of parsers: the editor asks this
// before it loads the engine.
import { parseComparison } from '../model/title.js';
import type { Syntax } from '../model/article-types.js';

export type { Syntax };

export const SYNTAXES: readonly Syntax[] = ['markdown', 'html', 'text'];

/** File extensions (lower case, no dot) a folder or glob search takes, and their syntax. */
export const EXTENSION_SYNTAX: Readonly<Record<string, Syntax>> = {
  md: 'markdown',
  markdown: 'markdown',
  txt: 'text',
  text: 'text',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
};

export const DEFAULT_EXTENSIONS = ['md', 'markdown', 'txt', 'html', 'htm'];

const HTML_START = /^\uFEFF?\s*(?:<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<article[\s>]|<main[\s>])/i;

/** The syntax of a file: by extension, else HTML when it opens like a page, else Markdown. */
export function syntaxOf(path: string, text?: string): Syntax {
  const dot = path.lastIndexOf('.');
  const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const extension = dot > slash ? path.slice(dot + 1).toLowerCase() : '';
  const known = EXTENSION_SYNTAX[extension];
  if (known) return known;
  return text !== undefined && HTML_START.test(text.slice(0, 1024)) ? 'html' : 'markdown';
}

/** The syntax of an editor language id, or undefined for a language no reader takes. */
export function syntaxOfLanguage(languageId: string): Syntax | undefined {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'plaintext') return 'text';
  if (languageId === 'html') return 'html';
  return undefined;
}

const FIRST_LINES = 80;
/** Pages carry kilobytes of head, styles and scripts before their first heading. */
const HTML_PREFIX = 256 * 1024;
// Bounded runs, and a heading's text stops at the next heading's start: a page of
// "<h1><h1><h1>…" must not make the look quadratic.
const HTML_HEADING = /<h[1-3]\b[^<>]{0,200}>((?:(?!<h[1-3]\b)[^]){1,400}?)<\/h[1-3]>/gi;
const HTML_TITLE = /<title\b[^<>]{0,200}>([^<]{1,300})<\/title>/i;
const TAG = /<[^<>]{0,200}>/g;

/**
 * A cheap look for "A vs. B" before anything is parsed: a title or heading line among the
 * first lines of a text, or a heading (or the page title) near the top of a page. Other
 * text and HTML files stay quiet without loading the engine.
 */
export function looksLikeArticle(text: string, syntax: Syntax): boolean {
  if (syntax === 'html') {
    const head = text.slice(0, HTML_PREFIX);
    const title = HTML_TITLE.exec(head);
    if (title && parseComparison(title[1]!.trim())) return true;
    for (const match of head.matchAll(HTML_HEADING)) if (parseComparison(match[1]!.replace(TAG, '').trim())) return true;
    return false;
  }
  const lines = text.slice(0, 16 * 1024).split(/\r\n|\r|\n/, FIRST_LINES);
  return lines.some((line) => {
    const trimmed = line.replace(/^#{1,6}\s+/, '').trim();
    if (trimmed.length > 200) return false;
    const parsed = parseComparison(trimmed);
    // A heading has no end punctuation; a title may end in its question.
    return parsed !== undefined && (!/[.!?;,]$/.test(trimmed) || (parsed.tail !== undefined && trimmed.endsWith('?')));
  });
}
