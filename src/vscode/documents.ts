// Which editor documents may be articles, decided without the server: Markdown always may (the
// server decides), a plain-text or HTML document only when its first lines hold an "A vs. B"
// title or heading. Opening any .txt activates the extension; this keeps that from starting the
// language server, which decides for itself once it runs.
import * as vscode from 'vscode';
import { looksLikeArticle, syntaxOf, syntaxOfLanguage, type Syntax } from '../shared/syntax.js';

export const ARTICLE_LANGUAGES = ['markdown', 'plaintext', 'html'] as const;
/** Files "Lint Workspace" reads. */
export const ARTICLE_GLOB = '**/*.{md,markdown,txt,html,htm}';

export function isArticleLanguage(document: vscode.TextDocument): boolean {
  return syntaxOfLanguage(document.languageId) !== undefined;
}

/** The syntax to read the text in, or undefined when it cannot be an article. */
export function candidateSyntax(languageId: string | undefined, path: string, text: string): Syntax | undefined {
  const syntax = languageId === undefined ? syntaxOf(path, text) : syntaxOfLanguage(languageId);
  if (!syntax) return undefined;
  return syntax === 'markdown' || looksLikeArticle(text, syntax) ? syntax : undefined;
}
