// The occupation card shown by the editor's hover (and reusable by the preview): Markdown
// text built from plain data, so it can be tested without an editor.
import type { Occupation } from '../dataset/types.js';
import {
  citation,
  describeEmployment,
  describeEmploymentChange,
  describeSelfEmployed,
  describeWage,
  outlookSummary,
} from '../display/describe.js';
import { statisticLabel, type Verdict } from '../claims/salary-judge.js';
import { formatUsd } from '../display/format-usd.js';
import type { OutlookSummary } from './outlook-summary.js';

// Only what would change the rendering of inline text in a table cell or a line.
const escapeMd = (text: string) => text.replace(/[\\`*_[\]|<>]/g, '\\$&');

/**
 * A link target that stays one: a dataset's `url` is written by whoever wrote the dataset,
 * and `https://x) ![p](https://attacker/t.png` would otherwise close the link and add a
 * remote image. Characters that can end or restructure a Markdown link destination are
 * percent-encoded (the URL means the same); anything but https: is no link at all.
 */
export function markdownLinkTarget(url: string): string | undefined {
  if (!/^https:\/\//i.test(url)) return undefined;
  return url.replace(/[\s()<>[\]\\`"'|*_!]/gu, (c) =>
    encodeURIComponent(c).replace(/[!'()*]/g, (x) => `%${x.charCodeAt(0).toString(16).toUpperCase()}`),
  );
}

/**
 * The hover's first line, the answer: what the article says, what BLS says, the difference
 * and the release, all read from the claim's one verdict (claims/salary-verdicts.ts).
 */
export function verdictLine(occupation: Occupation, verdict: Verdict, claimText: string): string | undefined {
  if (verdict.expected === undefined || verdict.deviation === undefined) return undefined;
  const pct = Math.round(verdict.deviation * 100);
  const label = verdict.statistic ? statisticLabel(verdict.statistic) : 'figure';
  const difference = pct === 0 ? 'in line' : `${pct > 0 ? '+' : ''}${pct}%`;
  const line = `${verdict.fits ? '$(pass)' : '$(warning)'} Article \`${escapeMd(claimText)}\` · BLS ${label} ${formatUsd(verdict.expected)} · ${difference} · ${escapeMd(citation(occupation))}`;
  if (verdict.fits || !verdict.outdated) return line;
  const { release, statistic, value } = verdict.outdated;
  return `${line} (the figure is the ${escapeMd(release.period)} ${statisticLabel(statistic)}, ${formatUsd(value)})`;
}

const ICONS = { current: '$(pass)', outdated: '$(warning)', mismatch: '$(warning)', unchecked: '$(info)' } as const;

/**
 * A projection claim's hover line, as verdictLine is a salary figure's: what the article says,
 * BLS's figure for it, the verdict and the release (judged/outlook-summary.ts).
 */
export function outlookVerdictLine(summary: OutlookSummary, claimText: string): string {
  const { verdict, label, expected, detail, source } = summary;
  return `${ICONS[verdict]} Article \`${escapeMd(claimText)}\` · BLS ${label} ${escapeMd(expected)} · ${escapeMd(detail)} · ${escapeMd(source)}`;
}

/**
 * `matched` says which name matched and how ("alternate title “HVAC Tech”"). Ordered so the
 * answer shows without scrolling at the editor's default hover height: the verdict, the
 * occupation, the wage table, outlook and education, then the sources on one line.
 */
export function occupationCard(occupation: Occupation, verdict?: Verdict, claimText?: string, matched?: string): string {
  const employment = occupation.employment === undefined ? 'n/a' : occupation.employment.toLocaleString('en-US');
  const answer = verdict && claimText ? verdictLine(occupation, verdict, claimText) : undefined;
  const lines = [
    ...(answer ? [answer, ''] : []),
    `**${escapeMd(occupation.title)}** · SOC ${escapeMd(occupation.soc)}${matched ? ` · Matched by ${escapeMd(matched)}` : ''}`,
    '',
    `| | |`,
    `| --- | --- |`,
    `| Mean | ${describeWage(occupation, 'mean')}${occupation.wages.hourlyMean !== undefined ? ` (${formatUsd(occupation.wages.hourlyMean)}/h)` : ''} |`,
    `| Median | ${describeWage(occupation, 'median')} |`,
    `| 10th–90th percentile | ${describeWage(occupation, 'p10')} – ${describeWage(occupation, 'p90')} |`,
    `| 25th–75th percentile | ${describeWage(occupation, 'p25')} – ${describeWage(occupation, 'p75')} |`,
    `| Employment | ${employment} |`,
  ];
  const { outlook } = occupation;
  if (outlook) {
    lines.push(
      `| Job outlook, ${escapeMd(outlook.release.period)} | ${escapeMd(outlookSummary(outlook))} |`,
      `| Projected employment | ${escapeMd(`${describeEmployment(outlook)}; ${describeEmploymentChange(outlook)}; self-employed ${describeSelfEmployed(outlook)}`)} |`,
      `| Typical education | ${escapeMd(outlook.education)} |`,
    );
  }
  lines.push('');
  const target = occupation.url === undefined ? undefined : markdownLinkTarget(occupation.url);
  const source = target ? `[${escapeMd(citation(occupation))}](${target})` : escapeMd(citation(occupation));
  let sources = `Source: ${source}`;
  if (outlook) {
    const ep = escapeMd(outlook.release.citation);
    const epTarget = outlook.url === undefined ? undefined : markdownLinkTarget(outlook.url);
    sources += ` · Outlook and education: ${epTarget ? `[${ep}](${epTarget})` : ep}`;
  }
  lines.push(sources);
  return lines.join('\n');
}
