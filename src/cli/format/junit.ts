// JUnit XML, which most CI servers (Jenkins, GitLab, Azure DevOps, CircleCI) show as a test
// report: one <testsuite> per article, one failing <testcase> per finding (a clean article
// gets one passing case, so it is counted), and an <error> case for a file that could not
// be read. Infos are listed as passing cases with their message in <system-out>.
import type { Finding } from '../../core/index.js';
import { reported, type FileReport, type Formatter } from '../report.js';

// XML 1.0 allows neither C0 control characters (but tab, LF, CR) nor lone surrogates, even escaped.
const SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|[\uFFFE\uFFFF]/g;
const isControl = (code: number) => code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d;
function withoutControls(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += isControl(text.charCodeAt(i)) ? '\uFFFD' : text.charAt(i);
  return out;
}
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  return withoutControls(text)
    .replace(SURROGATE, '\uFFFD')
    .replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

const attrs = (values: Record<string, string | number>) =>
  Object.entries(values)
    .map(([key, value]) => ` ${key}="${escapeXml(String(value))}"`)
    .join('');

function findingCase(report: FileReport, f: Finding): string {
  const name = `${f.ruleId} (${f.start.line}:${f.start.column})`;
  const where = `${report.display}:${f.start.line}:${f.start.column}`;
  const head = `    <testcase${attrs({ classname: report.display, name, file: report.display, line: f.start.line })}`;
  if (f.severity === 'info') return `${head}>\n      <system-out>${escapeXml(`${where}: ${f.message}`)}</system-out>\n    </testcase>`;
  const failure = `<failure${attrs({ message: f.message, type: f.severity })}>${escapeXml(`${where}: ${f.severity}: ${f.message} (${f.ruleId})`)}</failure>`;
  return `${head}>\n      ${failure}\n    </testcase>`;
}

function suite(report: FileReport): { xml: string; tests: number; failures: number; errors: number } {
  const cases: string[] = [];
  let failures = 0;
  let errors = 0;
  if (report.error !== undefined) {
    errors++;
    cases.push(
      `    <testcase${attrs({ classname: report.display, name: 'read' })}>\n      <error${attrs({ message: report.error })}/>\n    </testcase>`,
    );
  }
  for (const f of report.findings) {
    if (f.severity !== 'info') failures++;
    cases.push(findingCase(report, f));
  }
  if (cases.length === 0) cases.push(`    <testcase${attrs({ classname: report.display, name: 'career-articles' })}/>`);
  const head = `  <testsuite${attrs({ name: report.display, tests: cases.length, failures, errors })}>`;
  return { xml: [head, ...cases, '  </testsuite>'].join('\n'), tests: cases.length, failures, errors };
}

export const formatJunit: Formatter = (reports) => {
  const suites = reported(reports).map(suite);
  const total = (key: 'tests' | 'failures' | 'errors') => suites.reduce((sum, s) => sum + s[key], 0);
  const head = `<testsuites${attrs({ name: 'career-articles', tests: total('tests'), failures: total('failures'), errors: total('errors') })}>`;
  return ['<?xml version="1.0" encoding="UTF-8"?>', head, ...suites.map((s) => s.xml), '</testsuites>', ''].join('\n');
};
