import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { lint, SECTION_KEYS } from '../../src/core/index.js';
import { articleSkeleton, roleText } from '../../src/core/templates/article.js';
import { outlookSentence, requirementsSentence, salarySentence } from '../../src/core/display/describe.js';
import { bundledRoleIndex } from './helpers/dataset.js';

type Seen = { ruleId: string; message: string; data?: Record<string, unknown> };

/** A skeleton's TODO paragraphs are reported, each once, by what they ask for: the rest must be clean. */
const placeholder = (f: Seen) => f.data?.placeholder === true;
const beyondPlaceholders = (findings: Seen[]) => findings.filter((f) => !placeholder(f));

/** Structure findings: the salary rules need real figures, which a skeleton does not have. */
const structure = (findings: Seen[]) =>
  beyondPlaceholders(findings)
    .filter((f) => !f.ruleId.startsWith('salary-'))
    .map((f) => f.message);

const snippets = JSON.parse(readFileSync(new URL('../../snippets/markdown.code-snippets', import.meta.url), 'utf8')) as Record<
  string,
  { prefix: string; body: string[] }
>;

/** Expands the snippet syntax our snippets use, as VS Code would for the given tab-stop values. */
function expand(body: string[], values: Record<string, string>): string {
  return body
    .join('\n')
    .replace(/\$\{(\d+)\/\(\.\*\)\/\$\{1:\/downcase\}(s?)\/\}/g, (_, n: string, s: string) => values[n]!.toLowerCase() + s)
    .replace(/\$\{(\d+)\|([^|]*)\|\}/g, (_, n: string, choices: string) => values[n] ?? choices.split(',')[0]!)
    .replace(/\$\{(\d+):[^}]*\}/g, (_, n: string) => values[n]!)
    .replace(/\$0/g, '');
}

test('the article snippet expands to an article with every standard section and no structure finding', () => {
  const snippet = Object.values(snippets).find((s) => s.prefix === 'career-article')!;
  const text = expand(snippet.body, { 1: 'Product Manager', 2: 'Sales Manager', 3: 'a', 4: 'a' });
  const result = lint(text);
  assert.ok(result.isArticle);
  assert.deepEqual(
    result.article.sections.map((s) => s.key),
    [...SECTION_KEYS],
  );
  assert.deepEqual(structure(result.findings), []);
});

test('every standard section has a snippet whose heading the rules recognise', () => {
  for (const key of SECTION_KEYS) {
    const snippet = Object.values(snippets).find((s) => s.prefix === `career-${key}`);
    assert.ok(snippet, `no career-${key} snippet`);
    const text = `# A vs. B: What Are the Differences?\n\n## A vs. B\n\n${expand(snippet.body, {})}`;
    assert.equal(lint(text).article.sections[0]?.key, key);
  }
});

test('the new-article skeleton names both roles with the right articles and lints clean', () => {
  const text = articleSkeleton(roleText('Accountant'), roleText('Registered Nurse'));
  assert.match(text, /## What is an Accountant\?/);
  assert.match(text, /## What is a Registered Nurse\?/);
  const { findings } = lint(text);
  assert.deepEqual(structure(findings), []);
  // Two definitions and five sections, each with its TODO: seven placeholders, each reported once.
  assert.equal(findings.filter(placeholder).length, 7);
});

test('the skeleton with a dataset salary sentence passes the salary rules too', async () => {
  const dataset = await bundledRoleIndex();
  const [pm] = dataset.match('Product Manager');
  const [sm] = dataset.match('Sales Manager');
  const sentence = salarySentence(
    { role: 'Product Manager', occupation: pm!.occupation },
    { role: 'Sales Manager', occupation: sm!.occupation },
  );
  const text = articleSkeleton(roleText('Product Manager'), roleText('Sales Manager'), { salarySentence: sentence });
  assert.deepEqual(
    beyondPlaceholders(lint(text, { dataset }).findings).map((f) => f.message),
    [],
  );
});

test('the skeleton with dataset requirements and outlook sentences passes every rule, including the EP ones', async () => {
  const dataset = await bundledRoleIndex();
  const picked = (role: string) => ({ role, occupation: dataset.match(role)[0]!.occupation });
  const [np, rn] = [picked('Nurse Practitioner'), picked('Registered Nurse')];
  const requirements = requirementsSentence(np, rn);
  const outlook = outlookSentence(np, rn);
  assert.match(
    requirements ?? '',
    /Nurse practitioners typically need a master's degree .* registered nurses typically need a bachelor's degree/,
  );
  assert.match(outlook ?? '', /nurse practitioners is projected to grow 41% from 2025 to 2035/);
  assert.match(outlook ?? '', /Employment Projections, 2025–35/);
  const text = articleSkeleton(roleText('Nurse Practitioner'), roleText('Registered Nurse'), {
    salarySentence: salarySentence(np, rn),
    requirementsSentence: requirements!,
    outlookSentence: outlook!,
  });
  assert.deepEqual(
    beyondPlaceholders(lint(text, { dataset }).findings).map((f) => `${f.ruleId}: ${f.message}`),
    [],
  );
  // The sentences are what the EP rules read: a wrong level or percent in them is reported.
  const wrong = text.replace("need a master's degree", 'need a doctoral degree').replace('41%', '12%');
  assert.deepEqual(
    beyondPlaceholders(lint(wrong, { dataset }).findings)
      .map((f) => f.ruleId)
      .sort(),
    ['education-mismatch', 'outlook-mismatch'],
  );
});
