// The preview's attribution by grammar (issue #31, item 5): which column a sentence goes in.
// A table of real-site-like sentences for the pure helper, then the model on an article and
// on every example and fixture: no sentence is shown twice in a row unless it is about both.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lint, resolveConfig } from '../../src/core/index.js';
import { attributeSentences, type Attribution } from '../../src/core/preview/attribution.js';
import { buildPreviewModel } from '../../src/core/preview/model.js';
import { exportHtml } from '../../src/core/preview/export-html.js';
import { findingsLabel } from '../../src/core/preview/labels.js';
import type { PreviewModel } from '../../src/core/preview/types.js';
import { ROOT } from '../fixtures/cli/harness.js';

const PM_SM: [string, string] = ['Product Manager', 'Sales Manager'];
const RN_NP: [string, string] = ['Registered Nurse', 'Nurse Practitioner'];

const CASES: Array<{ name: string; roles: [string, string]; sentences: Array<[string, Attribution]> }> = [
  {
    name: '“they” after a sentence about one role is about that role',
    roles: PM_SM,
    sentences: [
      ['Sales managers are responsible for leading a team of sales representatives.', 1],
      ['They also need to be able to develop relationships with potential customers and close deals.', 1],
    ],
  },
  {
    name: '“these professionals”, “their” and a lead-in before “they” carry the role too',
    roles: PM_SM,
    sentences: [
      ['A product manager is responsible for the strategy and roadmap of a product.', 0],
      ['These professionals work closely with engineering and design teams.', 0],
      ['Their day is split between customer calls and planning meetings.', 0],
      ['In addition, they track adoption after each release.', 0],
    ],
  },
  {
    name: 'a sentence naming both roles is about both, and so is a pronoun after it',
    roles: PM_SM,
    sentences: [
      ['Product managers and sales managers both work with customers.', 'both'],
      ['They need strong communication skills.', 'both'],
    ],
  },
  {
    name: 'a sentence naming neither role, without a pronoun subject, is about both',
    roles: PM_SM,
    sentences: [
      ['Sales managers set quotas for their teams.', 1],
      ['Both roles require a bachelor’s degree.', 'both'],
      ['Communication is essential in any customer-facing job.', 'both'],
    ],
  },
  {
    name: '“they” naming the other role too is about both',
    roles: PM_SM,
    sentences: [
      ['Sales managers travel often.', 1],
      ['They also earn less than product managers in most industries.', 'both'],
    ],
  },
  {
    name: 'a pronoun opening a section, with no role before it, is about both',
    roles: PM_SM,
    sentences: [['They must be organised.', 'both']],
  },
  {
    name: 'initialisms are the roles they stand for (as the claim engine reads them)',
    roles: RN_NP,
    sentences: [
      ['RNs administer medication and monitor patients.', 0],
      ['They work in shifts.', 0],
      ['NPs can diagnose conditions and prescribe treatment.', 1],
    ],
  },
  {
    name: 'a sentence whose subject is one role is about it, though it names the other in passing',
    roles: RN_NP,
    sentences: [
      [
        'A nurse practitioner needs a master’s or doctoral degree in nursing and a national certification on top of the registered nurse license.',
        1,
      ],
      ['They must also keep up with clinical guidelines.', 1],
    ],
  },
  {
    name: 'a sentence comparing its subject with the other role is about both',
    roles: RN_NP,
    sentences: [
      ['Registered nurses earn $101,420 a year, while nurse practitioners earn $135,540.', 'both'],
      ['Nurse practitioners usually earn more than registered nurses.', 'both'],
      ['Most registered nurses, like nurse practitioners, work in hospitals.', 'both'],
    ],
  },
  {
    name: '“the job market” is not an anaphor',
    roles: PM_SM,
    sentences: [
      ['Sales managers lead teams.', 1],
      ['The job market for managers is strong.', 'both'],
    ],
  },
];

for (const { name, roles, sentences } of CASES) {
  test(`attribution: ${name}`, () => {
    assert.deepEqual(
      attributeSentences(
        sentences.map(([text]) => text),
        roles,
      ),
      sentences.map(([, column]) => column),
    );
  });
}

function previewOf(text: string, fileName: string): PreviewModel | undefined {
  const config = resolveConfig({});
  const result = lint(text, { config });
  const outcome = buildPreviewModel({ result, dataset: undefined, config, uri: `file:///${fileName}`, fileName, version: 1 });
  return outcome.ok ? outcome.model : undefined;
}

const ARTICLE = `# Product Manager vs. Sales Manager: What Are the Differences?

## Product Manager vs. Sales Manager

### Job Duties

Product managers decide what a team builds next and write the requirements for it. Sales managers are responsible for leading a team of sales representatives. They also need to be able to develop relationships with potential customers and close deals. Both roles report to senior leadership.

### Skills

These professionals need resilience. Product managers need analytical thinking.
`;

test('the preview puts “They also need to … close deals.” after a Sales Manager sentence in the Sales Manager column only', () => {
  const model = previewOf(ARTICLE, 'site.md')!;
  const duties = model.rows.find((r) => r.id === 'duties')!;
  const text = (column: 0 | 1) => duties.cells[column].sentences.map((s) => `${s.shared ? 'BOTH ' : ''}${s.text}`);
  assert.deepEqual(text(0), [
    'Product managers decide what a team builds next and write the requirements for it.',
    'BOTH Both roles report to senior leadership.',
  ]);
  assert.deepEqual(text(1), [
    'Sales managers are responsible for leading a team of sales representatives.',
    'They also need to be able to develop relationships with potential customers and close deals.',
    'BOTH Both roles report to senior leadership.',
  ]);
  // A pronoun never reaches into another section: Skills opens with it, so it is about both.
  const skills = model.rows.find((r) => r.id === 'skills')!;
  assert.deepEqual(
    skills.cells[1].sentences.map((s) => [s.text, s.shared]),
    [['These professionals need resilience.', true]],
  );
});

test('no sentence is shown twice in a row’s cells unless it is marked as about both, in every example and fixture', () => {
  const fixtures = join(ROOT, 'test/fixtures');
  const files = [
    ...readdirSync(join(ROOT, 'examples')).map((f) => join(ROOT, 'examples', f)),
    ...readdirSync(fixtures, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) =>
        readdirSync(join(fixtures, d.name))
          .filter((f) => f.endsWith('.md'))
          .map((f) => join(fixtures, d.name, f)),
      ),
  ];
  let rows = 0;
  for (const file of files) {
    const model = previewOf(readFileSync(file, 'utf8'), file);
    if (!model) continue;
    for (const row of model.rows.filter((r) => r.id !== 'definitions')) {
      rows++;
      const [a, b] = row.cells.map((c) => c.sentences);
      for (const s of a!) {
        const twin = b!.find((t) => t.text === s.text && t.lines.startLine === s.lines.startLine);
        assert.equal(Boolean(twin), s.shared, `${file} ${row.id}: “${s.text}”`);
      }
      for (const s of b!.filter((t) => t.shared))
        assert.ok(
          a!.some((t) => t.text === s.text),
          `${file} ${row.id}: “${s.text}”`,
        );
    }
  }
  assert.ok(rows > 100, `only ${rows} rows read`);
});

test('the header’s count says it is the article’s, and a row’s count says whose it is', () => {
  assert.equal(findingsLabel(5, 'article'), '5 findings in the article');
  assert.equal(findingsLabel(0, 'title'), 'no findings on the title');
  assert.equal(findingsLabel(1, 'section', false), 'finding in this section');
  const model = previewOf(ARTICLE, 'site.md')!;
  assert.ok(model.findingCount > 0);
  const html = exportHtml(model);
  assert.ok(html.includes(`site.md · ${model.findingCount} findings in the article`), html.slice(0, 400));
  assert.match(html, /title="(?:no|\d+) findings? in the definitions"/);
});
