// The hover and the preview show projection claims' verdicts (outlook percent and wording, counts)
// read from outlook-mismatch's one judgement (session/hover.ts, preview/outlook-claims.ts): they
// agree with lint under the config's own tolerance, and lead with BLS's figure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, resolveConfig } from '../../src/core/index.js';
import { buildPreviewModel } from '../../src/core/preview/model.js';
import { hoverAt, hoverTable } from '../../src/session/hover.js';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

async function article() {
  const dataset = await bundledRoleIndex();
  const outlook = matchRole(dataset, 'Dental Hygienist').matches[0]!.occupation.outlook!;
  const stated = Math.round(outlook.changePercent) + 4;
  const openings = Math.round(outlook.openingsPerYear * 1000).toLocaleString('en-US');
  const text = `# Dental Hygienist vs. Dental Assistant: What Are the Differences?

## Job Outlook

Employment of dental hygienists is projected to grow ${stated} percent from ${outlook.release.year} to ${outlook.release.targetYear}, with about ${openings} openings each year.
`;
  return { dataset, outlook, text, percent: `${stated} percent`, openings: `about ${openings} openings` };
}

/** [lint warns, hover's first line, preview's verdict] for the claim at `raw`. */
async function consumers(tolerance: number, pick: (a: Awaited<ReturnType<typeof article>>) => string) {
  const a = await article();
  const raw = pick(a);
  const config = resolveConfig({ rules: { 'outlook-mismatch': { tolerance } } });
  const result = lint(a.text, { dataset: a.dataset, config });
  const at = a.text.indexOf(raw);
  const warns = result.findings.some((f) => f.ruleId === 'outlook-mismatch' && f.start.offset <= at && at < f.end.offset);
  const hover = hoverAt(hoverTable(result, a.dataset, config), at)?.markdown.split('\n')[0] ?? '';
  const outcome = buildPreviewModel({ result, dataset: a.dataset, config, uri: 'file:///a.md', fileName: 'a.md', version: 1 });
  assert.ok(outcome.ok);
  const chart = outcome.model.rows.find((r) => r.id === 'salary')!.salary!;
  const shown = chart.roles[0].outlook?.claims?.find((c) => c.raw === raw);
  return { warns, hover, preview: shown?.verdict, detail: shown?.detail, outlook: a.outlook };
}

test('an outlook percent’s hover leads with its verdict and BLS’s change, as lint and the preview judge it', async () => {
  const strict = await consumers(2, (a) => a.percent);
  const change = `${strict.outlook.changePercent > 0 ? '+' : ''}${strict.outlook.changePercent}%`;
  assert.equal(strict.warns, true);
  assert.match(strict.hover, /^\$\(warning\) Article `\d+ percent` · BLS projected change /);
  assert.ok(strict.hover.includes(change), strict.hover);
  assert.equal(strict.preview, 'mismatch');
  const loose = await consumers(10, (a) => a.percent);
  assert.deepEqual([loose.warns, loose.preview], [false, 'current']);
  assert.match(loose.hover, /^\$\(pass\) Article `\d+ percent` · BLS projected change .* · in line · BLS Employment Projections /);
});

test('an openings count’s hover and preview line give BLS’s openings a year', async () => {
  const { hover, preview, detail, warns } = await consumers(2, (a) => a.openings);
  assert.equal(warns, false);
  assert.match(hover, /^\$\(pass\) Article `about [\d,]+ openings` · BLS openings [\d,]+ openings a year · in line/);
  assert.equal(preview, 'current');
  assert.match(detail ?? '', /^in line · BLS openings [\d,]+ openings a year$/);
});
