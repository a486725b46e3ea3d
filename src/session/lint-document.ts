// The synchronous half of the session's lint: one document's text with the settings the
// session chose for it (session.ts `settingsFor`), and nothing else. It is pure and plain data
// in, so the language server's session and the CLI's lint workers, which get the settings
// across a thread, call the same functions: which reader a document gets (Markdown, plain
// text, HTML), what makes it an article, the role aliases over the dataset and the options
// the engine runs with are decided here once, for every host. No host builds LintOptions.
import { fixAll, lint, parseArticle, type FixResult, type LintOptions, type LintResult } from '../core/lint.js';
import { refreshAll, refreshDocumentEdits, type RefreshResult } from '../core/refresh.js';
import { readerOptions } from '../core/readers.js';
import { syntaxOf, syntaxOfLanguage, type Syntax } from '../core/syntax/syntax.js';
import { withRoleAliases } from '../core/dataset/aliases.js';
import { siteClaims, type SiteClaim } from '../core/site/claims.js';
import type { ResolvedConfig } from '../core/config/resolve.js';
import type { RoleIndex } from '../core/dataset/types.js';
import type { MarkdownParser } from '../core/model/incremental.js';
import type { Article } from '../core/model/article.js';
import type { Fix, Finding } from '../core/types.js';

/** A document's text and what names it: its path (or, unsaved, its key), and the editor's language id if any. */
export interface DocumentText {
  name: string;
  text: string;
  /** The editor's language id (markdown, plaintext, html): it picks the reader over the name. */
  languageId?: string;
}

/** What a document is linted with: its config, the dataset (bundled, or a workspace's over it), whether to lint a non-article. */
export interface LintSettings {
  config: ResolvedConfig;
  /** Present when an enabled rule uses the dataset; the config's role aliases are applied here. */
  dataset?: RoleIndex;
  /** Lint even when the text does not look like a comparison article (an editor's include glob). */
  force?: boolean;
}

/** The editor's language when it names a syntax, else the document's name and text decide. */
export function syntaxFor(doc: Pick<DocumentText, 'name' | 'text' | 'languageId'>): Syntax {
  return (doc.languageId !== undefined ? syntaxOfLanguage(doc.languageId) : undefined) ?? syntaxOf(doc.name, doc.text);
}

/** The dataset a document's rules read: the chosen index seen through the config's role aliases. */
export function datasetWithAliases(settings: LintSettings): RoleIndex | undefined {
  return settings.dataset && withRoleAliases(settings.dataset, settings.config.roles);
}

/** `parser`: an editor's incremental Markdown parser for this document, used when the document is Markdown. */
function optionsFor(doc: DocumentText, settings: LintSettings, parser?: MarkdownParser): LintOptions {
  const reader = readerOptions(syntaxFor(doc));
  const dataset = datasetWithAliases(settings);
  return {
    config: settings.config,
    ...(dataset && { dataset }),
    ...(settings.force === true && { force: true }),
    ...reader,
    ...(parser && reader.syntax === 'markdown' && { parser }),
  };
}

export function lintDocument(doc: DocumentText, settings: LintSettings, parser?: MarkdownParser): LintResult {
  return lint(doc.text, optionsFor(doc, settings, parser));
}

/** The text with every fix applied (a few passes) and the lint of the result. */
export function fixDocument(doc: DocumentText, settings: LintSettings): FixResult {
  return fixAll(doc.text, optionsFor(doc, settings));
}

/** The figures judged out of date rewritten to the current release, and what is left for the author. */
export function refreshDocument(doc: DocumentText, settings: LintSettings): RefreshResult {
  return refreshAll(doc.text, optionsFor(doc, settings));
}

/** The same refresh as offset edits to the document, for an editor's WorkspaceEdit. */
export function refreshDocumentAsEdits(doc: DocumentText, settings: LintSettings): { edits: Fix[]; applied: number; left: Finding[] } {
  return refreshDocumentEdits(doc.text, optionsFor(doc, settings));
}

/** An article's salary claims for the cross-article pass and the site report (none for a non-article). */
export function claimsOf(result: LintResult, settings: LintSettings): SiteClaim[] {
  return result.isArticle ? siteClaims(result.article, datasetWithAliases(settings), settings.config) : [];
}

/** The article model alone, read as lint reads it (inspect, import). */
export function parseDocument(doc: DocumentText, config: ResolvedConfig): Article {
  const syntax = syntaxFor(doc);
  return parseArticle(doc.text, config, readerOptions(syntax).parser, syntax);
}
