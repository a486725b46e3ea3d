// GitHub Actions workflow commands (`::error file=…,line=…::message`): a job that runs
// `career-articles lint --format github` shows each finding as an annotation on the pull
// request's diff. Values are escaped as the runner expects (actions/toolkit's command.ts):
// `%`, CR and LF in the message; also `:` and `,` in properties.
import { relative, sep } from 'node:path';
import type { Severity } from '../../core/index.js';
import { reported, type Formatter } from '../report.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: string, properties: Record<string, string | number>, message: string): string {
  const list = Object.entries(properties)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(',');
  return `::${name} ${list}::${escapeData(message)}`;
}

/** Annotations name files relative to the repository root, which is the job's working folder. */
const filePath = (cwd: string, path: string) => relative(cwd, path).split(sep).join('/') || path;

export const formatGithub: Formatter = (reports, { cwd }) => {
  const lines: string[] = [];
  for (const report of reported(reports)) {
    const file = filePath(cwd, report.path);
    if (report.error !== undefined) lines.push(command('error', { file, title: 'career-articles' }, report.error));
    for (const f of report.findings) {
      const properties = {
        file,
        line: f.start.line,
        col: f.start.column,
        endLine: f.end.line,
        endColumn: f.end.column,
        title: `career-articles(${f.ruleId})`,
      };
      lines.push(command(COMMAND[f.severity], properties, f.message));
    }
  }
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
};
