// The article model as plain JSON, for `career-articles inspect` and for tools that
// want the structure without the rules.
import type { Article } from './model/article.js';
import type { SectionKey } from './model/sections.js';
import { salaryClaims } from './claims/salary-claims.js';
import type { SalaryPeriod, SalaryStatistic } from './claims/expressions.js';

export interface ArticleSummary {
  title: string | null;
  roles: [string, string] | null;
  definitions: Array<{ role: string; heading: string; line: number; words: number }>;
  sections: Array<{ key: SectionKey | null; heading: string; line: number; words: number }>;
  salaryClaims: Array<{
    role: string | null;
    period: SalaryPeriod;
    statistic: SalaryStatistic;
    line: number;
    text: string;
    annual?: number;
    annualLow?: number;
    annualHigh?: number;
  }>;
}

export function inspect(article: Article): ArticleSummary {
  return {
    title: article.title?.text ?? null,
    roles: article.roles ?? null,
    definitions: article.definitions.map((d) => ({ role: d.role, heading: d.heading.text, line: d.heading.start.line, words: d.words })),
    sections: article.sections.map((s) => ({ key: s.key ?? null, heading: s.heading.text, line: s.heading.start.line, words: s.words })),
    salaryClaims: salaryClaims(article).map(({ role, figure, line }) => ({
      role: role ?? null,
      period: figure.period,
      statistic: figure.statistic,
      line,
      text: figure.raw,
      ...(figure.annual !== undefined ? { annual: figure.annual } : { annualLow: figure.annualLow, annualHigh: figure.annualHigh }),
    })),
  };
}
