// The CLI end to end on the article structure: inspect, required sections, synonyms,
// section order and --fix inserting what is missing. Runs the built dist/cli.js.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  CLEAN,
  SECTION_HEADINGS,
  cleanText,
  lintJson,
  renameHeading,
  runCli,
  swapSections,
  tempFolder,
  withoutSection,
  write,
} from '../fixtures/cli/harness.js';

const temp = tempFolder();
after(() => temp.remove());

describe('career-articles inspect', () => {
  test('reports both roles and all five section keys of the clean example', () => {
    const run = runCli(['inspect', CLEAN]);
    assert.equal(run.code, 0, run.stderr);
    const summary = JSON.parse(run.stdout) as {
      title: string;
      roles: string[];
      definitions: unknown[];
      sections: Array<{ key: string; heading: string; line: number; words: number }>;
    };
    assert.equal(summary.title, 'Product Manager vs. Sales Manager: What Are the Differences?');
    assert.deepEqual(summary.roles, ['Product Manager', 'Sales Manager']);
    assert.equal(summary.definitions.length, 2);
    assert.deepEqual(
      summary.sections.map((s) => s.key),
      ['duties', 'requirements', 'environment', 'skills', 'salary'],
    );
    for (const section of summary.sections) assert.ok(section.line > 0 && section.words > 0);
  });

  test('lists every claim with its kind, role, source, place and the verdict the rules give it', () => {
    const file = write(
      temp.path,
      'claims.md',
      [
        '# Dental Hygienist vs. Dental Assistant: What Are the Differences?',
        '',
        'Dental hygienists in Texas earn $90,000, and according to Glassdoor dental assistants earn $48,000.',
        '',
        'Employment of dental hygienists is projected to grow 70 percent from 2025 to 2035.',
        '',
      ].join('\n'),
    );
    const run = runCli(['inspect', file]);
    assert.equal(run.code, 0, run.stderr);
    const { claims } = JSON.parse(run.stdout) as { claims: Array<Record<string, unknown>> };
    assert.deepEqual(
      claims.map(({ kind, statistic, role, year, place, source, line, column, text, verdict }) => ({
        kind,
        statistic,
        role,
        year,
        place,
        source,
        line,
        column,
        text,
        verdict,
      })),
      [
        {
          kind: 'salary',
          statistic: 'unspecified',
          role: 'Dental Hygienist',
          year: null,
          place: 'Texas',
          source: null,
          line: 3,
          column: 33,
          text: '$90,000',
          verdict: 'unchecked',
        },
        {
          kind: 'salary',
          statistic: 'unspecified',
          role: 'Dental Assistant',
          year: null,
          place: null,
          source: 'Glassdoor',
          line: 3,
          column: 92,
          text: '$48,000',
          verdict: 'unchecked',
        },
        {
          kind: 'outlook-percent',
          statistic: 'percent',
          role: 'Dental Hygienist',
          year: 2035,
          place: null,
          source: null,
          line: 5,
          column: 54,
          text: '70 percent',
          verdict: 'mismatch',
        },
      ],
    );
  });

  test('recognises synonym headings as the standard sections', () => {
    let text = cleanText();
    const synonyms: Array<[string, string]> = [
      ['Job Duties', 'Responsibilities'],
      ['Job Requirements', 'Qualifications'],
      ['Work Environment', 'Working Conditions'],
      ['Skills', 'Key Skills'],
      ['Salary', 'Compensation'],
    ];
    for (const [from, to] of synonyms) text = renameHeading(text, from, to);
    const file = write(temp.path, 'synonyms.md', text);

    const summary = JSON.parse(runCli(['inspect', file]).stdout) as { sections: Array<{ key: string; heading: string }> };
    assert.deepEqual(
      summary.sections.map((s) => [s.key, s.heading]),
      synonyms.map(([, to], i) => [Object.keys(SECTION_HEADINGS)[i], to]),
    );

    const { code, entries } = lintJson([file]);
    assert.equal(code, 0);
    const structural = entries.flatMap((e) => e.findings).filter((f) => f.ruleId === 'required-sections' || f.ruleId === 'section-order');
    assert.deepEqual(structural, []);
  });
});

describe('career-articles lint on sections', () => {
  for (const [key, heading] of Object.entries(SECTION_HEADINGS)) {
    test(`reports exactly one required-sections finding naming \`${key}\` when the ${heading} section is removed`, () => {
      const file = write(temp.path, `without-${key}.md`, withoutSection(cleanText(), heading));
      const { code, entries } = lintJson([file]);
      assert.equal(code, 1);
      const missing = entries.flatMap((e) => e.findings).filter((f) => f.ruleId === 'required-sections');
      assert.equal(missing.length, 1, JSON.stringify(missing));
      assert.equal(missing[0]!.data?.section, key);
      assert.equal(missing[0]!.severity, 'error');
    });
  }

  test('reports exactly one section-order finding when two sections are swapped', () => {
    const file = write(temp.path, 'swapped.md', swapSections(cleanText(), 'Work Environment', 'Skills'));
    const { entries } = lintJson([file]);
    const order = entries.flatMap((e) => e.findings).filter((f) => f.ruleId === 'section-order');
    assert.equal(order.length, 1, JSON.stringify(order));
    assert.equal(order[0]!.data?.section, 'environment');
  });

  test('--fix inserts the missing sections and a second lint reports none missing', () => {
    const text = withoutSection(withoutSection(cleanText(), 'Work Environment'), 'Salary');
    const file = write(temp.path, 'to-fix.md', text);
    assert.equal(lintJson([file]).entries[0]!.findings.filter((f) => f.ruleId === 'required-sections').length, 2);

    runCli(['lint', '--fix', file]);
    const fixed = readFileSync(file, 'utf8');
    assert.match(fixed, /^### Work Environment$/m);
    assert.match(fixed, /^### Salary$/m);
    assert.ok(fixed.indexOf('### Work Environment') < fixed.indexOf('### Skills'), 'inserted in the standard order');

    const again = lintJson([file]);
    assert.deepEqual(
      again.entries[0]!.findings.filter((f) => f.ruleId === 'required-sections'),
      [],
    );
  });

  test('--fix reports the findings that remain after fixing', () => {
    const file = write(
      temp.path,
      'remaining.md',
      swapSections(withoutSection(cleanText(), 'Job Requirements'), 'Work Environment', 'Skills'),
    );
    const { entries } = lintJson(['--fix', file]);
    const rules = entries[0]!.findings.map((f) => f.ruleId);
    assert.ok(rules.includes('section-order'), 'section order needs the author, so it remains');
    assert.ok(!rules.includes('required-sections'), 'the missing section was inserted');
    assert.match(readFileSync(file, 'utf8'), /^### Job Requirements$/m);
  });
});
