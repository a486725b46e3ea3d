// Which editor documents may be articles, for the client's check before it starts the server
// (vscode/documents.ts): the core's parser-free syntax detection, reached through shared/.
export { looksLikeArticle, syntaxOf, syntaxOfLanguage, type Syntax } from '../core/syntax/syntax.js';
