// The core's public surface, used by the CLI, the extension and the web extension.
export type { Finding, Fix, Point, Related, Severity, Suggestion } from './types.js';
export { lint, lintArticle, parseArticle, fixAll, isComparisonArticle, NOT_AN_ARTICLE, type LintOptions, type LintResult } from './lint.js';
export { syntaxOf, syntaxOfLanguage, looksLikeArticle, DEFAULT_EXTENSIONS, EXTENSION_SYNTAX, type Syntax } from './syntax/syntax.js';
export { applyFixes, selectFixes } from './fixes.js';
export { RULES, findRule } from './rules/index.js';
export { ruleUrl } from './rule.js';
export { parseConfig, parseConfigFile, mergeConfigFiles, validateConfigObject, CONFIG_FILE_NAME } from './config/parse.js';
export type { ConfigFile } from './config/schema.js';
export { resolveConfig, withSeverityOverrides, type ResolvedConfig } from './config/resolve.js';
export { formatSourceError, type SourceError } from './config/json-source.js';
export { inspect, type ArticleSummary } from './inspect.js';
export type { Article, Section } from './model/article.js';
export { SECTION_KEYS, SECTION_LABELS, type SectionKey } from './model/sections.js';
export { createIncrementalParser, type MarkdownParser } from './model/incremental.js';
export { siteClaims, type SiteClaim, type SiteOccupation, type ClaimStatus } from './site/claims.js';
export { checkSite, type SiteArticle } from './site/check.js';
export { roleKey } from './text/role-names.js';
