// SARIF 2.1.0 for code-scanning services (GitHub, Azure DevOps): one run, every rule
// described with its docs link, one result per finding. Files that could not be read
// become tool execution notifications, so the upload still shows they were skipped.
import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Log, Notification, ReportingDescriptor, Result } from 'sarif';
import type { Severity } from '../../core/types.js';
import { RULES } from '../../core/rules/index.js';
import { version } from '../../../package.json';
import { reported, skippedReason, type Formatter } from '../report.js';

const SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://github.com/career-articles/career-articles';
const SRCROOT = '%SRCROOT%';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note' };

function ruleDescriptors(): ReportingDescriptor[] {
  return RULES.map((rule) => ({
    id: rule.id,
    shortDescription: { text: rule.description },
    fullDescription: { text: rule.fixable ? `${rule.description} Fixable with \`career-articles lint --fix\`.` : rule.description },
    helpUri: rule.url,
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { fixable: rule.fixable, usesDataset: rule.usesDataset === true },
  }));
}

/** Inside the working folder: a relative, percent-encoded URI; elsewhere an absolute file URI. */
function artifactLocation(cwd: string, file: string) {
  const rel = relative(cwd, file);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return { uri: pathToFileURL(file).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export const formatSarif: Formatter = (reports, { cwd }) => {
  const results: Result[] = [];
  const notifications: Notification[] = [];
  // A file that is not an article is a note: the upload shows it was read and left alone.
  for (const report of reports) {
    const skipped = skippedReason(report);
    if (skipped === undefined) continue;
    notifications.push({
      level: 'note',
      message: { text: `${report.display}: ${skipped}; skipped` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(cwd, report.path) } }],
      properties: { skipped },
    });
  }
  for (const report of reported(reports)) {
    const location = artifactLocation(cwd, report.path);
    if (report.error !== undefined) {
      notifications.push({
        level: 'error',
        message: { text: `${report.display}: ${report.error}` },
        locations: [{ physicalLocation: { artifactLocation: location } }],
      });
    }
    for (const finding of report.findings) {
      const ruleIndex = RULES.findIndex((rule) => rule.id === finding.ruleId);
      results.push({
        ruleId: finding.ruleId,
        ...(ruleIndex >= 0 && { ruleIndex }),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: location,
              region: {
                startLine: finding.start.line,
                startColumn: finding.start.column,
                endLine: finding.end.line,
                endColumn: finding.end.column,
              },
            },
          },
        ],
      });
    }
  }
  const root = pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href;
  const log: Log = {
    $schema: SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'career-articles', version, informationUri: INFORMATION_URI, rules: ruleDescriptors() } },
        invocations: [{ executionSuccessful: notifications.every((n) => n.level !== 'error'), toolExecutionNotifications: notifications }],
        originalUriBaseIds: { [SRCROOT]: { uri: root.endsWith('/') ? root : `${root}/` } },
        // Finding columns count UTF-16 code units, as JavaScript strings do.
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
