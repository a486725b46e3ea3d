// Precision and recall of the engine on the corpus (test/corpus): section detection, claim
// extraction, claim attribution (role and pay period) and role matching, against labels.json.
// `npm run eval` prints them; test/unit/corpus.test.ts fails when one drops below the bar.
import { readFileSync } from 'node:fs';
import { buildArticle } from '../../src/core/model/article.js';
import { salaryClaims } from '../../src/core/claims/salary-claims.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import type { RoleIndex } from '../../src/core/dataset/types.js';

interface Label {
  file: string;
  style: string;
  roles: Array<{ name: string; soc: string }>;
  sections: Array<{ heading: string; key: string | null }>;
  claims: Array<{ raw: string; role: number; period: string }>;
}

export interface Score {
  precision: number;
  recall: number;
  /** What was wrong, "file: detail", for the report. */
  misses: string[];
}

class Tally {
  predicted = 0;
  expected = 0;
  correct = 0;
  misses: string[] = [];
  score(): Score {
    return {
      precision: this.predicted ? this.correct / this.predicted : 1,
      recall: this.expected ? this.correct / this.expected : 1,
      misses: this.misses,
    };
  }
}

export function evaluate(
  index: RoleIndex,
): Record<'sections' | 'extraction' | 'attribution' | 'roles', Score> & { articles: number; claims: number } {
  const labels = JSON.parse(readFileSync(new URL('./labels.json', import.meta.url), 'utf8')) as Label[];
  const sections = new Tally();
  const extraction = new Tally();
  const attribution = new Tally();
  const roles = new Tally();
  for (const label of labels) {
    const text = readFileSync(new URL(`./articles/${label.file}`, import.meta.url), 'utf8');
    const article = buildArticle(text);

    const found = article.sections.filter((s) => s.key).map((s) => [s.heading.text, s.key] as const);
    const wanted = label.sections.filter((s) => s.key);
    sections.predicted += found.length;
    sections.expected += wanted.length;
    for (const [heading, key] of found) {
      if (wanted.some((w) => w.heading === heading && w.key === key)) sections.correct++;
      else sections.misses.push(`${label.file}: unexpected section "${heading}" as ${key}`);
    }
    for (const w of wanted)
      if (!found.some(([h, k]) => h === w.heading && k === w.key)) sections.misses.push(`${label.file}: missed "${w.heading}" (${w.key})`);

    const claims = salaryClaims(article);
    extraction.predicted += claims.length;
    extraction.expected += label.claims.length;
    attribution.expected += label.claims.length;
    const unused = [...label.claims];
    for (const claim of claims) {
      const at = unused.findIndex((l) => l.raw === claim.figure.raw);
      if (at < 0) {
        extraction.misses.push(`${label.file}: unexpected claim "${claim.figure.raw}"`);
        continue;
      }
      const [expected] = unused.splice(at, 1);
      extraction.correct++;
      attribution.predicted += claim.role === undefined ? 0 : 1;
      const role = article.roles?.[expected!.role];
      if (claim.role !== undefined && claim.role === role && claim.figure.period === expected!.period) attribution.correct++;
      else
        attribution.misses.push(
          `${label.file}: "${claim.figure.raw}" went to ${claim.role ?? 'no role'} (${claim.figure.period}), expected ${role} (${expected!.period})`,
        );
    }
    for (const l of unused) extraction.misses.push(`${label.file}: missed claim "${l.raw}"`);

    label.roles.forEach((r, i) => {
      const name = article.roles?.[i] ?? r.name;
      const matched = matchRole(index, name).matches.map((m) => m.occupation.soc);
      roles.expected++;
      if (matched.length) roles.predicted++;
      if (matched.includes(r.soc)) roles.correct++;
      else roles.misses.push(`${label.file}: "${name}" matched ${matched.join(', ') || 'nothing'}, expected ${r.soc}`);
    });
  }
  return {
    articles: labels.length,
    claims: labels.reduce((n, l) => n + l.claims.length, 0),
    sections: sections.score(),
    extraction: extraction.score(),
    attribution: attribution.score(),
    roles: roles.score(),
  };
}
