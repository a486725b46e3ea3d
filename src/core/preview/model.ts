// Builds the preview's view model from a lint result: a row per standard section (plus the
// two definitions on top), each with the sentences about role A and role B, its findings,
// and for the salary row the chart data. Pure: the editor, the tests and the bench call it.
import type { LintResult } from '../lint.js';
import type { Article, Section } from '../model/article.js';
import type { RoleIndex } from '../dataset/types.js';
import type { ResolvedConfig } from '../config/resolve.js';
import { SECTION_KEYS, SECTION_LABELS } from '../model/sections.js';
import { sameRole } from '../text/role-names.js';
import { indefiniteArticle } from '../model/title.js';
import { linesOf, sentencesOf } from './sentences.js';
import { attributeSentences } from './attribution.js';
import { buildSalaryChart } from './salary-chart.js';
import { rowOfFinding, toPreviewFinding } from './findings.js';
import { missingDefinition, missingSection } from '../finding-data.js';
import { addSectionReadability, previewReadability } from './readability.js';
import type { LineRange, PreviewCell, PreviewFinding, PreviewModel, PreviewRow, PreviewSentence, RowId } from './types.js';

export interface PreviewInput {
  result: LintResult;
  /** The role index the lint used; without one the salary row has no chart. */
  dataset: RoleIndex | undefined;
  /** The lint's config: the chart reads the verdicts salary-mismatch gives under it. */
  config: ResolvedConfig;
  uri: string;
  fileName: string;
  version: number;
  onSaveOnly?: boolean;
}

export type PreviewOutcome = { ok: true; model: PreviewModel } | { ok: false; reason: string };

const rangeOf = (article: Article, s: Section): LineRange => linesOf(article, s.heading.start.offset, s.bodyEnd);
/** Heading to the line before the next heading, blank lines included: where the cursor counts as "in" the row. */
const spanOf = (article: Article, s: Section): LineRange => ({
  startLine: s.heading.start.line,
  endLine: Math.max(s.heading.start.line, article.lines.point(Math.max(s.heading.end.offset, s.bodyEnd - 1)).line),
});

/** The row's two cells: each sentence in its role's column (attribution.ts), one about both in each, marked shared. */
function splitByRole(article: Article, sections: Section[], roles: [string, string]): [PreviewSentence[], PreviewSentence[]] {
  const cells: [PreviewSentence[], PreviewSentence[]] = [[], []];
  for (const section of sections) {
    const sentences = sentencesOf(section.nodes);
    const columns = attributeSentences(
      sentences.map((s) => s.text),
      roles,
    );
    sentences.forEach((s, i) => {
      const column = columns[i]!;
      const sentence = { text: s.text, shared: column === 'both', lines: linesOf(article, s.start, s.end) };
      if (column === 'both') cells.forEach((cell) => cell.push(sentence));
      else cells[column].push(sentence);
    });
  }
  return cells;
}

function definitionsRow(article: Article, roles: [string, string], fixable: Set<string>): PreviewRow {
  const cells = roles.map((role, i): PreviewCell => {
    const definition = article.definitions.find((d) => sameRole(d.role, role));
    if (!definition)
      return {
        sentences: [],
        missing: true,
        fixable: fixable.has(`definitions:${i}`),
        caption: `What is ${indefiniteArticle(role)} ${role}?`,
      };
    const sentences = sentencesOf(definition.nodes).map((s) => ({
      text: s.text,
      shared: false,
      lines: linesOf(article, s.start, s.end),
    }));
    return { sentences, missing: false, fixable: false, caption: definition.heading.text, lines: rangeOf(article, definition) };
  }) as [PreviewCell, PreviewCell];
  const present = article.definitions.filter((d) => roles.some((r) => sameRole(d.role, r)));
  return {
    id: 'definitions',
    label: 'What is …?',
    missing: cells.every((c) => c.missing),
    fixable: false,
    ranges: present.map((d) => spanOf(article, d)),
    cells,
    findings: [],
  };
}

function sectionRow(article: Article, key: (typeof SECTION_KEYS)[number], roles: [string, string], fixable: Set<string>): PreviewRow {
  const sections = article.sections.filter((s) => s.key === key);
  const first = sections[0];
  const lines = first && rangeOf(article, first);
  const [a, b] = splitByRole(article, sections, roles);
  const cell = (sentences: PreviewSentence[]): PreviewCell => ({ sentences, missing: false, fixable: false, ...(lines && { lines }) });
  return {
    id: key,
    label: first?.heading.text ?? SECTION_LABELS[key],
    missing: !first,
    fixable: !first && fixable.has(key),
    ranges: sections.map((s) => spanOf(article, s)),
    cells: [cell(a), cell(b)],
    findings: [],
  };
}

export function buildPreviewModel(input: PreviewInput): PreviewOutcome {
  const { result } = input;
  const { article } = result;
  if (!result.isArticle) return { ok: false, reason: 'This file is not a comparison article: its title does not read “A vs. B”.' };
  const roles = article.roles;
  if (!roles) return { ok: false, reason: 'The title names no two roles: write it as “A vs. B: What Are the Differences?”.' };

  // The fixes the page may offer: a missing section, a missing definition.
  const fixable = new Set<string>();
  for (const f of result.findings) {
    if (!f.fix) continue;
    const section = missingSection(f);
    if (section) fixable.add(section);
    const role = missingDefinition(f);
    if (role !== undefined) {
      const column = roles.findIndex((r) => sameRole(r, role));
      if (column >= 0) fixable.add(`definitions:${column}`);
    }
  }

  const rows = [definitionsRow(article, roles, fixable), ...SECTION_KEYS.map((key) => sectionRow(article, key, roles, fixable))];
  const byId = new Map<RowId, PreviewRow>(rows.map((r) => [r.id, r]));
  const header: PreviewFinding[] = [];
  for (const finding of result.findings) {
    const row = rowOfFinding(article, finding);
    (row === 'header' ? header : byId.get(row)!.findings).push(toPreviewFinding(article, finding));
  }
  addSectionReadability(article, rows, input.config);
  const salary = byId.get('salary')!;
  const chart = buildSalaryChart(article, input.dataset, input.config);
  if (chart) salary.salary = chart;

  return {
    ok: true,
    model: {
      uri: input.uri,
      fileName: input.fileName,
      version: input.version,
      title: article.title?.text ?? input.fileName,
      roles,
      header: {
        findings: header,
        ...(article.title && { lines: linesOf(article, article.title.start.offset, article.title.end.offset) }),
        readability: previewReadability(article, input.config),
      },
      rows,
      findingCount: result.findings.length,
      onSaveOnly: input.onSaveOnly ?? false,
    },
  };
}

export { rowAtLine } from './rows.js';
