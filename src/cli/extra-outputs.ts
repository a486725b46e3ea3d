// Outputs a CI job wants beside the log's format, from the same run (no second lint):
// --summary-file writes the Markdown report of what the run reports (the site report's
// summary, then each finding) for a pull request's job summary ($GITHUB_STEP_SUMMARY), and
// --sarif-file writes SARIF for a code-scanning upload. Both go through the one safe writer.
import { buildSiteReport } from '../core/report/model.js';
import { writeOutputFile } from './output-file.js';
import { formatSarif } from './format/sarif.js';
import { reported, type FileReport } from './report.js';
import { renderMarkdown } from './site/markdown.js';

/** A job summary holds at most 1 MiB; a few hundred findings say what there is to do. */
const MAX_LISTED = 200;

const escape = (text: string) => text.replace(/[\\|`*_[\]<>]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');

export function summaryMarkdown(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  let listed = 0;
  let total = 0;
  for (const report of reported(reports)) {
    for (const f of report.findings) {
      total++;
      if (listed++ < MAX_LISTED)
        lines.push(`- ${escape(report.display)}:${f.start.line}:${f.start.column}: ${f.severity}: ${escape(f.message)} (${f.ruleId})`);
    }
  }
  if (total > MAX_LISTED) lines.push(`- and ${total - MAX_LISTED} more`);
  const findings = lines.length > 0 ? `\n### Findings\n\n${lines.join('\n')}\n` : '';
  return `${renderMarkdown(buildSiteReport(reports))}${findings}`;
}

export interface ExtraOutputs {
  summaryFile?: string;
  sarifFile?: string;
}

export async function writeExtraOutputs(
  reports: readonly FileReport[],
  outputs: ExtraOutputs,
  run: { cwd: string; inputs: readonly string[]; force: boolean; fixed: boolean },
): Promise<void> {
  if (outputs.summaryFile !== undefined) await writeOutputFile(run.cwd, outputs.summaryFile, summaryMarkdown(reports), run);
  if (outputs.sarifFile !== undefined)
    await writeOutputFile(run.cwd, outputs.sarifFile, formatSarif(reports, { cwd: run.cwd, color: false, fixed: run.fixed }), run);
}
