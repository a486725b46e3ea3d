// The engine: parse once, let every enabled rule walk the same article model, turn the
// reports into findings, drop suppressed ones. A rule that throws becomes a finding,
// never an exception: one bad rule must not take the editor or a CI run down with it.
import type { Finding, Point } from './types.js';
import { buildArticle, type Article } from './model/article.js';
import type { MarkdownParser } from './model/incremental.js';
import { createSectionMatcher } from './model/sections.js';
import { Suppressions } from './suppressions.js';
import { RULES } from './rules/index.js';
import { formatMessage, shorten, type AnyRule, type Report, type Rule } from './rule.js';
import { resolveConfig, type ResolvedConfig } from './config/resolve.js';
import type { RoleIndex } from './dataset/types.js';
import { applyFixes } from './fixes.js';
import { withRoleAliases } from './dataset/aliases.js';
import { insertionSwallowed } from './model/raw-blocks.js';
import type { Syntax } from './syntax/syntax.js';
import { readPlainText } from './syntax/text-reader.js';
import { compareFindings } from './finding-order.js';

export interface LintOptions {
  config?: ResolvedConfig;
  dataset?: RoleIndex;
  /** Lint even when the text does not look like a comparison article. */
  force?: boolean;
  /** The syntax of the text: Markdown unless told. */
  syntax?: Syntax;
  /**
   * The reader from text to tree: for Markdown, the editor gives each document an
   * incremental one (model/incremental.ts); HTML needs the HTML reader (syntax/html-reader.ts),
   * which is not part of the core's bundle, passed here.
   */
  parser?: MarkdownParser;
  /**
   * Throw on a broken rule contract (a report with an id not in `messages`, a fix from a rule
   * that is not `fixable`) instead of making do: the tests run strict, users never do.
   */
  strict?: boolean;
  /** The rules to run; all of them by default. For tests of the engine itself. */
  rules?: readonly AnyRule[];
}

/** A rule broke its contract; only thrown with `strict`. */
export class RuleContractError extends Error {
  override name = 'RuleContractError';
}

export interface LintResult {
  article: Article;
  /** False when the document is not a comparison article: it then has no findings. */
  isArticle: boolean;
  findings: Finding[];
}

const DEFAULT_CONFIG = resolveConfig();
const matchers = new WeakMap<object, ReturnType<typeof createSectionMatcher>>();

/** Front matter that does not parse but plainly opts in (front-matter reports why it does not parse). */
const OPT_IN_LINE = /^[ \t]*["']?career-?article["']?[ \t]*:[ \t]*true\b/im;

/**
 * A comparison title makes an article; so does opt-in front matter (`career-article: true`,
 * also in front matter that does not parse, so its author hears why). Without a title, an
 * "A vs. B" heading with a definition or a standard section next to it, or two definitions
 * with two standard sections: a page that lost its first line is still the article, while a
 * note with one "vs." heading or a FAQ of "What is …?" stays quiet.
 */
export function isComparisonArticle(article: Article): boolean {
  if (article.comparisonTitle) return true;
  const front = article.frontMatter;
  if (front?.error !== undefined && OPT_IN_LINE.test(front.source)) return true;
  const flag = front?.data['career-article'] ?? front?.data['careerArticle'];
  if (flag === true) return true;
  const keyed = article.sections.filter((s) => s.key !== undefined).length;
  if (article.rolesFrom === 'comparison') return article.definitions.length > 0 || keyed > 0;
  return article.rolesFrom === 'definitions' && keyed >= 2;
}

/** Why a document is not an article, in the words the CLI and the editor print. */
export const NOT_AN_ARTICLE = "not a comparison article: no 'A vs. B' title or heading";

export function parseArticle(
  text: string,
  config: ResolvedConfig = DEFAULT_CONFIG,
  parser?: MarkdownParser,
  syntax: Syntax = 'markdown',
): Article {
  let matcher = matchers.get(config.synonyms);
  if (!matcher) {
    matcher = createSectionMatcher(config.synonyms);
    matchers.set(config.synonyms, matcher);
  }
  if (syntax === 'text') return buildArticle(text, matcher, (t) => readPlainText(t, matcher), syntax);
  if (syntax === 'html' && !parser) throw new Error('an HTML document needs the HTML reader (LintOptions.parser)');
  return buildArticle(text, matcher, parser, syntax);
}

function runRule(rule: Rule, article: Article, config: ResolvedConfig, dataset: RoleIndex | undefined): Report[] {
  const reports: Report[] = [];
  const setting = config.rules[rule.id]!;
  rule.check({
    article,
    options: setting.options,
    synonyms: config.synonyms,
    dataset: rule.usesDataset || rule.readsLoadedDataset ? dataset : undefined,
    style: config.style,
    report: (r) => reports.push(r),
  });
  return reports;
}

/** Outside strict mode an unknown id shows as the message, and a fix from a rule that is not fixable is dropped. */
function checkContract(rule: Rule, report: Report, strict: boolean): Report {
  const problem = !Object.hasOwn(rule.messages, report.messageId)
    ? `reported the unknown message id \`${report.messageId}\`, expected one of ${Object.keys(rule.messages)
        .map((id) => `\`${id}\``)
        .join(', ')}`
    : report.fix && !rule.fixable
      ? `attached a fix to \`${report.messageId}\` but does not declare \`fixable: true\``
      : undefined;
  if (problem === undefined) return report;
  if (strict) throw new RuleContractError(`Rule \`${rule.id}\` ${problem}`);
  if (!report.fix || rule.fixable) return report;
  const { fix: _dropped, ...rest } = report;
  return rest;
}

function toFinding(rule: Rule, report: Report, article: Article, severity: Finding['severity']): Finding {
  const point = (offset: number): Point => article.lines.point(offset);
  const template = Object.hasOwn(rule.messages, report.messageId) ? rule.messages[report.messageId] : undefined;
  const finding: Finding = {
    ruleId: rule.id,
    ...(rule.topic && { topic: rule.topic }),
    messageId: report.messageId,
    message: formatMessage(template ?? report.messageId, report.values),
    severity: report.severity ?? severity,
    start: point(report.start),
    end: point(Math.max(report.start, report.end)),
  };
  // A fix that would land in code or an unclosed HTML block could never take effect.
  if (report.fix && !insertionSwallowed(article, report.fix.range[0])) finding.fix = report.fix;
  if (report.suggestions?.length) finding.suggestions = report.suggestions;
  if (report.related?.length) {
    finding.related = report.related.map((r) => ({
      message: r.message,
      ...(r.start !== undefined && { start: point(r.start), end: point(r.end ?? r.start) }),
      ...(r.url && { url: r.url }),
    }));
  }
  if (report.data) finding.data = report.data;
  return finding;
}

export function lintArticle(article: Article, options: LintOptions = {}): LintResult {
  const config = options.config ?? DEFAULT_CONFIG;
  const isArticle = options.force === true || isComparisonArticle(article);
  if (!isArticle) return { article, isArticle, findings: [] };
  // Every directive names `career-articles-`: without it, no walk over the tree for comments.
  const suppressions = article.text.includes('career-articles-') ? new Suppressions(article.tree) : undefined;
  const findings: Finding[] = [];
  // The config's role aliases are part of what the rules ask the dataset.
  const dataset = options.dataset && withRoleAliases(options.dataset, config.roles);
  for (const rule of options.rules ?? RULES) {
    const severity = config.rules[rule.id]?.severity ?? 'off';
    if (severity === 'off' || rule.scope === 'site' || rule.activeWith?.(config.style) === false) continue;
    let reports: Report[];
    try {
      reports = runRule(rule, article, config, dataset);
    } catch (error) {
      // The first line, shortened: an engine error may quote a whole pattern or input.
      const message = shorten((error instanceof Error ? error.message : String(error)).split('\n')[0]!, 200);
      const start = article.lines.point(0);
      findings.push({
        ruleId: rule.id,
        ...(rule.topic && { topic: rule.topic }),
        messageId: 'internal',
        message: `Rule \`${rule.id}\` failed: ${message}`,
        severity: 'error',
        start,
        end: start,
      });
      continue;
    }
    for (const report of reports) {
      const finding = toFinding(rule, checkContract(rule, report, options.strict === true), article, severity);
      if (suppressions && !suppressions.isEmpty && suppressions.isSuppressed(rule.id, finding.start.line)) continue;
      findings.push(finding);
    }
  }
  findings.sort(compareFindings);
  return { article, isArticle, findings };
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  return lintArticle(parseArticle(text, options.config, options.parser, options.syntax), options);
}

export interface FixResult {
  text: string;
  /** Fixes applied across all passes. */
  applied: number;
  result: LintResult;
}

const fixesOf = (result: LintResult) => result.findings.flatMap((f) => (f.fix ? [f.fix] : []));

/**
 * Applies every fix, re-linting between passes so fixes that overlapped get their turn.
 * A pass that leaves as many fixable findings as it started with is making no progress (a
 * fix that does not take, or fixes that undo each other): it is dropped and the loop stops,
 * so fixing converges and fixing the result again changes nothing.
 */
export function fixAll(text: string, options: LintOptions = {}, maxPasses = 10): FixResult {
  let current = text;
  let applied = 0;
  let result = lint(current, options);
  for (let pass = 0; pass < maxPasses; pass++) {
    const fixes = fixesOf(result);
    if (fixes.length === 0) break;
    const outcome = applyFixes(current, fixes);
    if (outcome.applied === 0) break;
    const next = lint(outcome.text, options);
    if (fixesOf(next).length >= fixes.length) break;
    applied += outcome.applied;
    current = outcome.text;
    result = next;
  }
  return { text: current, applied, result };
}
