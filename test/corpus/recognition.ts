// How well real articles are recognised, per form (issue #27): test/corpus/recognition/ holds
// articles written in the styles of real sites (front-matter titles, question and topic titles,
// sections outside the "A vs. B" part, plain text with single line breaks, pages), labelled in
// recognition.json. Per form: recognition (taken for an article, with the labelled roles),
// roles (each role's lint match includes the labelled occupation) and section recall and precision.
import { readFileSync } from 'node:fs';
import { parseArticle, isComparisonArticle } from '../../src/core/lint.js';
import { syntaxOf } from '../../src/core/syntax/syntax.js';
import { readerOptions } from '../../src/core/readers.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { sameRole } from '../../src/core/text/role-names.js';
import type { RoleIndex } from '../../src/core/dataset/types.js';

interface Label {
  file: string;
  style: string;
  roles: Array<{ name: string; soc: string }>;
  sections: Array<{ heading: string; key: string }>;
}

export interface FormScore {
  articles: number;
  recognised: number;
  roles: { correct: number; expected: number };
  sections: { correct: number; found: number; expected: number };
  misses: string[];
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

export function recognitionScores(index: RoleIndex): Map<string, FormScore> {
  const labels = JSON.parse(readFileSync(new URL('./recognition.json', import.meta.url), 'utf8')) as Label[];
  const forms = new Map<string, FormScore>();
  const all = (style: string) => {
    let score = forms.get(style);
    if (!score) forms.set(style, (score = { articles: 0, recognised: 0, roles: { correct: 0, expected: 0 }, sections: { correct: 0, found: 0, expected: 0 }, misses: [] }));
    return score;
  };
  for (const label of labels) {
    const text = readFileSync(new URL(`./recognition/${label.file}`, import.meta.url), 'utf8');
    const syntax = syntaxOf(label.file, text);
    const article = parseArticle(text, undefined, readerOptions(syntax).parser, syntax);
    for (const score of [all(label.style), all('all')]) {
      score.articles++;
      const roles = article.roles ?? [];
      const recognised = isComparisonArticle(article) && label.roles.every((r, i) => roles[i] !== undefined && sameRole(roles[i], r.name));
      if (recognised) score.recognised++;
      else score.misses.push(`${label.file}: read as ${JSON.stringify(article.roles ?? null)}`);
      label.roles.forEach((r, i) => {
        score.roles.expected++;
        const role = roles[i];
        const socs = role === undefined ? [] : resolveRole(article, index, role).matches.map((m) => m.occupation.soc);
        if (socs.includes(r.soc)) score.roles.correct++;
        else score.misses.push(`${label.file}: "${role ?? r.name}" matched ${socs.join(', ') || 'nothing'}, expected ${r.soc}`);
      });
      const found = article.sections.filter((s) => s.key);
      score.sections.found += found.length;
      score.sections.expected += label.sections.length;
      for (const wanted of label.sections) {
        if (found.some((s) => s.heading.text === wanted.heading && s.key === wanted.key)) score.sections.correct++;
        else score.misses.push(`${label.file}: missed "${wanted.heading}" (${wanted.key})`);
      }
      for (const s of found)
        if (!label.sections.some((w) => w.heading === s.heading.text && w.key === s.key))
          score.misses.push(`${label.file}: unexpected section "${s.heading.text}" as ${s.key}`);
    }
  }
  return forms;
}

/** The table `npm run eval` prints. */
export function recognitionReport(forms: Map<string, FormScore>): string[] {
  const lines = ['form                              articles  recognised  roles  sections P/R'];
  for (const [form, s] of forms) {
    const p = ratio(s.sections.correct, s.sections.found).toFixed(2);
    const r = ratio(s.sections.correct, s.sections.expected).toFixed(2);
    lines.push(
      `${form.padEnd(34)}${String(s.articles).padStart(8)}  ${ratio(s.recognised, s.articles).toFixed(2).padStart(10)}  ${ratio(s.roles.correct, s.roles.expected).toFixed(2).padStart(5)}  ${p}/${r}`,
    );
  }
  const misses = forms.get('all')?.misses ?? [];
  return [...lines, ...misses.slice(0, 20).map((m) => `    ${m}`)];
}
