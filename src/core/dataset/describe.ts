// Occupations in words, the same everywhere they are shown: hovers, quick picks, the
// `roles` command, the new-article salary sentence. Top-coded figures read "≥ $239,200".
import { formatUsd } from '../salary/format.js';
import { pluralRole } from '../text/role-mentions.js';
import { wageFigure } from './bundled.js';
import type { Occupation, WageKey } from './types.js';

export function describeWage(occupation: Occupation, key: WageKey): string {
  const figure = wageFigure(occupation, key);
  if (!figure) return 'n/a';
  return `${figure.atLeast ? '≥ ' : ''}${formatUsd(figure.value)}`;
}

/** "BLS OEWS May 2024", or a workspace entry's own source and period. */
export function citation(occupation: Occupation): string {
  return `${occupation.source} ${occupation.period}`.trim();
}

export function wageSummary(occupation: Occupation): string {
  return [
    `Mean ${describeWage(occupation, 'mean')}`,
    `Median ${describeWage(occupation, 'median')}`,
    `10th–90th ${describeWage(occupation, 'p10')}–${describeWage(occupation, 'p90')}`,
  ].join(' · ');
}

/** A sentence for the salary section, with figures and citation from the dataset. */
export function salarySentence(a: { role: string; occupation: Occupation }, b: { role: string; occupation: Occupation }): string {
  const part = (r: { role: string; occupation: Occupation }) => {
    const mean = wageFigure(r.occupation, 'mean');
    return mean ? `earn an average salary of ${formatUsd(mean.value)} per year` : 'earn a salary the data does not state';
  };
  const first = pluralRole(a.role);
  const sources = [
    ...new Set(
      [a.occupation, b.occupation].map(
        (o) => `${o.source === 'BLS OEWS' ? 'the U.S. Bureau of Labor Statistics (OEWS' : `${o.source} (`} ${o.period})`,
      ),
    ),
  ];
  return (
    `${first.charAt(0).toUpperCase()}${first.slice(1)} ${part(a)}, while ${pluralRole(b.role)} ${part(b)}, according to ${sources.join(' and ')}. ` +
    `The figures are for ${a.occupation.title} (${a.occupation.soc}) and ${b.occupation.title} (${b.occupation.soc}).`
  );
}
