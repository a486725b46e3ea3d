// Hover on a salary figure or a role name: the matched occupation's card, and for a figure
// its deviation from the dataset, judged exactly as salary-mismatch judges it.
import * as vscode from 'vscode';
import type { LintService } from './lint-service.js';
import type { DatasetService } from './dataset-service.js';
import { salaryClaims } from '../core/salary/claims.js';
import { resolveRole } from '../core/salary/resolve-role.js';
import { judgeClaim } from '../core/salary/judge.js';
import { occupationCard } from '../core/dataset/card.js';
import { describeMatch } from '../core/dataset/match-role.js';
import { findRoleMentions } from '../core/text/role-mentions.js';

export class HoverProvider implements vscode.HoverProvider {
  constructor(
    private readonly lints: LintService,
    private readonly datasets: DatasetService,
  ) {}

  async provideHover(document: vscode.TextDocument, position: vscode.Position): Promise<vscode.Hover | undefined> {
    const latest = this.lints.latestFor(document);
    const article = latest?.result.article;
    if (!latest?.result.isArticle || !article?.roles) return undefined;
    const offset = document.offsetAt(position);
    const index = await this.datasets.index(latest.settings.dataset);
    const tolerance = Number(latest.settings.config.rules['salary-mismatch']?.options['tolerance'] ?? 0.15);

    const claim = salaryClaims(article).find((c) => c.figure.start <= offset && offset < c.figure.end);
    if (claim?.role) {
      const { matches } = resolveRole(article, index, claim.role);
      if (matches.length === 0) return undefined;
      const cards = matches.map((m) =>
        occupationCard(m.occupation, judgeClaim(claim.figure, m.occupation, tolerance), claim.figure.raw, describeMatch(m)),
      );
      return this.hover(cards, document, claim.figure.start, claim.figure.end);
    }

    const line = document.lineAt(position.line);
    const lineStart = document.offsetAt(line.range.start);
    for (const role of article.roles) {
      const mention = findRoleMentions(line.text, role).find((m) => m.start + lineStart <= offset && offset < m.end + lineStart);
      if (!mention) continue;
      const { matches } = resolveRole(article, index, role);
      if (matches.length === 0) return undefined;
      return this.hover(
        matches.map((m) => occupationCard(m.occupation, undefined, undefined, describeMatch(m))),
        document,
        mention.start + lineStart,
        mention.end + lineStart,
      );
    }
    return undefined;
  }

  private hover(cards: string[], document: vscode.TextDocument, start: number, end: number): vscode.Hover {
    const markdown = new vscode.MarkdownString(cards.join('\n\n---\n\n'), true);
    markdown.isTrusted = false;
    return new vscode.Hover(markdown, new vscode.Range(document.positionAt(start), document.positionAt(end)));
  }
}
