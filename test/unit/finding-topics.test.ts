// Consumers read what a finding is about (its topic) and its topic's typed data, never its rule
// id: every rule of the registry declares a topic, the engine stamps it on each finding, a
// rule's data is checked against its topic's shape when it compiles, and the hosts' readers
// (the preview's rows and its insert fixes, the server's role texts) find what they need by it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RULES, findRule, lint } from '../../src/core/index.js';
import { defineRule, defineSiteRule } from '../../src/core/rule.js';
import { about, missingDefinition, missingSection } from '../../src/core/finding-data.js';
import { rowOfFinding } from '../../src/core/preview/findings.js';
import type { Finding } from '../../src/core/types.js';
import { missingFix } from '../../src/server/missing-fix.js';
import { roleHit } from '../../src/server/role-text.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const EXAMPLE = readFileSync(new URL('../../examples/software-developer-vs-web-developer.md', import.meta.url), 'utf8');
/** The example without its Work Environment section and without the Web Developer definition. */
const BROKEN = EXAMPLE.replace(/### Work Environment\n\n[^\n]+\n/, '').replace(/## What is a Web Developer\?\n\n[^\n]+\n/, '');

test('every rule of the registry declares a topic, and each finding carries its rule’s topic', async () => {
  for (const rule of RULES) assert.ok(rule.topic, `${rule.id} declares no topic`);
  const { findings } = lint(BROKEN, { dataset: await bundledRoleIndex() });
  assert.ok(findings.length >= 2);
  for (const f of findings) assert.equal(f.topic, findRule(f.ruleId)?.topic, `${f.ruleId}: ${f.message}`);
});

test('a missing section and a missing definition are read by topic and data, with the fixes that insert them', () => {
  const { findings } = lint(BROKEN);
  assert.deepEqual(
    findings.flatMap((f) => missingSection(f) ?? []),
    ['environment'],
  );
  assert.deepEqual(
    findings.flatMap((f) => missingDefinition(f) ?? []),
    ['Web Developer'],
  );
  const roles: [string, string] = ['Software Developer', 'Web Developer'];
  const section = missingFix(findings, roles, { row: 'environment' });
  assert.match(section?.text ?? '', /Work Environment/);
  const definition = missingFix(findings, roles, { row: 'definitions', column: 1 });
  assert.match(definition?.text ?? '', /What is a Web Developer\?/);
  assert.equal(missingFix(findings, roles, { row: 'duties' }), undefined);
  assert.equal(missingFix(findings, roles, { row: 'definitions', column: 0 }), undefined);
});

test('a finding is placed in the preview by its topic: an unknown role in the salary row, a title problem in the header', () => {
  const { article } = lint(EXAMPLE);
  const at = { line: 7, column: 1, offset: EXAMPLE.indexOf('# Software') };
  const finding = (topic: Finding['topic']): Finding => ({
    ruleId: 'any',
    topic,
    messageId: 'x',
    message: '',
    severity: 'info',
    start: at,
    end: at,
  });
  assert.equal(rowOfFinding(article, finding('role')), 'salary');
  assert.equal(rowOfFinding(article, finding('title')), 'header');
  assert.equal(about(finding('role'), 'title'), undefined);
});

test('a rule reports its topic’s data shape, and a site rule has no check', () => {
  const rule = defineRule({
    id: 'typed-data-probe',
    topic: 'structure',
    description: 'Type test.',
    severity: 'info',
    fixable: false,
    options: z.object({}),
    messages: { missing: 'Missing' },
    check({ report }) {
      report({ messageId: 'missing', start: 0, end: 0, data: { section: 'skills' } });
      // @ts-expect-error a structure finding names its section, not a role.
      report({ messageId: 'missing', start: 0, end: 0, data: { role: 'Nurse' } });
    },
  });
  assert.equal(rule.topic, 'structure');
  const site = defineSiteRule({
    id: 'site-probe',
    topic: 'consistency',
    description: 'Type test.',
    severity: 'info',
    fixable: false,
    scope: 'site',
    options: z.object({}),
    messages: { x: 'X' },
  });
  assert.equal('check' in site, false);
  assert.equal(findRule('cross-article-salary')?.scope, 'site');
  assert.equal('check' in findRule('cross-article-salary')!, false);
});

test('the server words a role hit from the dataset: summary, citation and the salary sentence the client inserts', async () => {
  const index = await bundledRoleIndex();
  const [match] = index.searchMatches('software developer', 1);
  assert.ok(match);
  const hit = roleHit(match);
  assert.match(hit.summary, /^Mean \$[\d,]+ · Median \$[\d,]+ · 10th–90th \$[\d,]+–\$[\d,]+$/);
  assert.equal(hit.citation, `${match.occupation.source} ${match.occupation.period}`.trim());
  assert.match(
    hit.salarySentence ?? '',
    new RegExp(`^Software developers earn an average salary of \\$[\\d,]+ per year \\(${hit.citation}\\)\\.$`),
  );
});
