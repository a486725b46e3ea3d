// One article model from three syntaxes, checked on the project's own corpus (test/corpus):
// the same article as Markdown, as text copied out of a career site's page (navigation lines
// and all) and as a saved page (header, nav, scripts, footer) gives the same roles, sections
// and findings, at the right place in each file; fixes are written in the file's own syntax;
// `import` turns text and pages back into the Markdown; a page that lost its title still
// names its roles.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixAll, lint, looksLikeArticle, syntaxOf, type Finding, type LintOptions } from '../../src/core/index.js';
import { readerOptions } from '../../src/core/readers.js';
import { articleToMarkdown } from '../../src/core/convert/to-markdown.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const CORPUS = new URL('../corpus/', import.meta.url).pathname;
const FORMS = new URL('../fixtures/workspace/forms/', import.meta.url).pathname;
const read = (file: string) => readFileSync(file.startsWith('/') ? file : join(CORPUS, file), 'utf8');

async function options(file: string): Promise<LintOptions> {
  return { dataset: await bundledRoleIndex(), ...readerOptions(syntaxOf(file)) };
}

async function lintFile(file: string) {
  return lint(read(file), await options(file));
}

/** What a finding says, without where: the same article in two syntaxes has other offsets. */
const said = (findings: Finding[]) => findings.map((f) => `${f.ruleId}: ${f.message}`);

describe('the same article in three syntaxes', () => {
  for (const form of ['product-vs-sales.txt', 'product-vs-sales.html', 'product-vs-sales-no-main.html']) {
    test(`${form} gives the roles, the five sections and the findings of its Markdown form`, async () => {
      const markdown = await lintFile('product-vs-sales.md');
      const other = await lintFile(form);
      assert.equal(other.isArticle, true);
      assert.deepEqual(other.article.roles, ['Product Manager', 'Sales Manager']);
      assert.deepEqual(
        other.article.sections.map((s) => s.key),
        ['duties', 'requirements', 'environment', 'skills', 'salary'],
      );
      assert.deepEqual(
        other.article.sections.map((s) => s.words),
        markdown.article.sections.map((s) => s.words),
      );
      assert.deepEqual(said(other.findings), said(markdown.findings));
      assert.equal(other.findings.filter((f) => f.ruleId === 'salary-mismatch').length, 2);
    });

    test(`${form}: every finding points at the words it points at in the Markdown`, async () => {
      const text = read(form);
      const markdown = await lintFile('product-vs-sales.md');
      const other = await lintFile(form);
      const words = (source: string, f: Finding) => source.slice(f.start.offset, f.end.offset).replace(/<[^>]*>|^#+ /g, '');
      assert.deepEqual(
        other.findings.map((f) => words(text, f)),
        markdown.findings.map((f) => words(read('product-vs-sales.md'), f)),
      );
      const salary = other.findings.find((f) => f.ruleId === 'salary-mismatch')!;
      const line = text.split('\n')[salary.start.line - 1]!;
      assert.equal(line.slice(salary.start.column - 1, salary.start.column - 1 + 7), '$98,439');
    });
  }

  test('the navigation lines of the site and the chrome of the page are not part of the article', async () => {
    for (const form of ['product-vs-sales.txt', 'product-vs-sales.html', 'product-vs-sales-no-main.html']) {
      const { article } = await lintFile(form);
      const headings = article.headings.map((h) => h.text);
      assert.equal(headings.length, 9, form);
      assert.ok(!headings.some((h) => /Career Guide|Related|Accounting Assistant|Enterprise Architect/.test(h)), form);
      assert.ok(!article.sections.at(-1)!.text.includes('Previous'), form);
      assert.ok(!JSON.stringify(article.tree).includes('dataLayer'), form);
    }
  });
});

describe('articles that lost their title', () => {
  for (const form of ['product-vs-sales-no-title.md', 'product-vs-sales-no-title.txt']) {
    test(`${form} takes its roles from its headings and gets one title-format finding, otherwise the same`, async () => {
      const whole = await lintFile('product-vs-sales.md');
      const lost = await lintFile(form);
      assert.equal(lost.isArticle, true);
      assert.deepEqual(lost.article.roles, ['Product Manager', 'Sales Manager']);
      assert.equal(lost.article.rolesFrom, 'comparison');
      const title = lost.findings.filter((f) => f.ruleId === 'title-format');
      assert.deepEqual(said(title), [
        'title-format: Missing title, expected `Product Manager vs. Sales Manager: What Are the Differences?`',
      ]);
      assert.deepEqual(said(lost.findings.filter((f) => f.ruleId !== 'title-format')), said(whole.findings));
    });
  }

  test('the title fix writes the standard title where the title was, in Markdown and in text', async () => {
    const markdown = fixAll(read('product-vs-sales-no-title.md'), await options('x.md'));
    assert.equal(markdown.text, read('product-vs-sales.md'));
    const text = fixAll(read('product-vs-sales-no-title.txt'), await options('x.txt'));
    assert.equal(text.text, read('product-vs-sales-no-title.fixed.txt'));
    assert.equal(fixAll(text.text, await options('x.txt')).applied, 0);
  });

  test('roles come from the two definitions when the comparison heading is lost too', () => {
    const text = read('product-vs-sales-no-title.md').replace('## Product Manager vs. Sales Manager\n\n', '');
    const { article, isArticle } = lint(text);
    assert.equal(isArticle, true);
    assert.equal(article.rolesFrom, 'definitions');
    assert.deepEqual(article.roles, ['Product Manager', 'Sales Manager']);
  });

  test('a note with one "vs." heading, or a FAQ of "What is …?" questions, is not an article', () => {
    assert.equal(lint('## Tabs vs. Spaces\n\nWe use spaces.\n').isArticle, false);
    assert.equal(lint('## What is a token?\n\nA string.\n\n## What is a session?\n\nA login.\n').isArticle, false);
  });
});

describe('fixes in the source syntax', () => {
  for (const file of ['editor-vs-copywriter-lost-headings.txt', 'accountant-vs-auditor-article.html', 'chef-vs-cook-one-line.html']) {
    test(`${file} is fixed into its .fixed file, and fixing that again changes nothing`, async () => {
      const fixed = fixAll(read(file), await options(file));
      assert.ok(fixed.applied >= 3);
      assert.equal(fixed.text, read(file.replace(/\.(\w+)$/, '.fixed.$1')));
      assert.equal(fixAll(fixed.text, await options(file)).text, fixed.text);
      assert.deepEqual(
        fixed.result.findings.filter((f) => f.ruleId === 'required-sections'),
        [],
      );
    });
  }

  test('a heading fix in HTML replaces the words inside the tag, escaped', async () => {
    const page = '<main>\n  <h1>Sales &amp; Marketing Manager vs. Accountant</h1>\n  <p>Intro.</p>\n</main>\n';
    const fixed = fixAll(page, { ...(await options('x.html')), config: undefined });
    assert.match(fixed.text, /<h1>Sales &amp; Marketing Manager vs\. Accountant: What Are the Differences\?<\/h1>/);
  });
});

describe('import', () => {
  for (const form of ['product-vs-sales.txt', 'product-vs-sales.html', 'product-vs-sales-no-main.html']) {
    test(`${form} becomes the Markdown article, whose lint equals the source's`, async () => {
      const source = await lintFile(form);
      const markdown = articleToMarkdown(source.article);
      assert.equal(markdown, read('product-vs-sales.md'));
      const again = lint(markdown, await options('x.md'));
      assert.deepEqual(said(again.findings), said(source.findings));
    });
  }

  for (const form of ['editor-vs-copywriter-lost-headings.txt', 'chef-vs-cook-one-line.html', 'product-vs-sales-no-title.txt']) {
    test(`${form} imports to Markdown with the same findings`, async () => {
      const source = await lintFile(form);
      const again = lint(articleToMarkdown(source.article), await options('x.md'));
      assert.deepEqual(said(again.findings), said(source.findings));
    });
  }
});

describe('what is and is not an article', () => {
  const cases: Array<[string, boolean]> = [
    [join(FORMS, 'registered-nurse-vs-medical-assistant.txt'), true],
    [join(FORMS, 'accountant-vs-auditor.html'), true],
    [join(FORMS, 'meeting-notes.txt'), false],
    [join(FORMS, 'about.html'), false],
    ['shopping-notes.txt', false],
  ];
  for (const [file, expected] of cases) {
    const name = file.split('/').pop()!;
    test(`${name} ${expected ? 'looks like an article and is one' : 'neither looks like an article nor is one'}`, async () => {
      const text = read(file);
      assert.equal(looksLikeArticle(text, syntaxOf(file)), expected);
      assert.equal((await lintFile(file)).isArticle, expected);
    });
  }

  test('a file without a known extension is read as HTML when it opens like a page', () => {
    assert.equal(syntaxOf('page', '<!DOCTYPE html>\n<html>'), 'html');
    assert.equal(syntaxOf('NOTES', 'Hello'), 'markdown');
    assert.equal(syntaxOf('a/b.HTM'), 'html');
    assert.equal(syntaxOf('a.d/README'), 'markdown');
  });
});

describe('the plain-text reader', () => {
  const headings = (text: string) =>
    lint(text, { syntax: 'text' }).article.headings.map((h) => `${h.depth} ${h.text} @${h.start.line}:${h.start.column}`);

  test('reads heading lines by their pattern, a heading run into its paragraph, and indented lines at their own column', () => {
    const text = [
      'Nurse vs. Doctor: What Are the Differences?',
      '',
      'What is a Nurse?',
      'A nurse cares for patients.',
      '',
      '  Nurse vs. Doctor',
      '',
      'Responsibilities',
      '',
      'Nurses and doctors treat patients.',
      '',
      'Where They Work Most Days',
      '',
      'Previous: Chef vs. Cook: What Are the Differences?',
    ].join('\n');
    assert.deepEqual(headings(text), [
      '1 Nurse vs. Doctor: What Are the Differences? @1:1',
      '2 What is a Nurse? @3:1',
      '2 Nurse vs. Doctor @6:3',
      '3 Responsibilities @8:1',
      '3 Where They Work Most Days @12:1',
    ]);
  });

  test('a title right under "Job Search" is the title; one under "Next" is the next article', () => {
    const text = 'Job Search\nNurse vs. Doctor: What Are the Differences?\n\nIntro.\n\nNext\nChef vs. Cook: What Are the Differences?\n';
    assert.deepEqual(headings(text), ['1 Nurse vs. Doctor: What Are the Differences? @2:1']);
  });

  test('a sentence with "vs." or a question is a paragraph, not a heading', () => {
    assert.deepEqual(headings('Nurses vs. doctors: who earns more is a common question.\n\nIs it worth it?\n'), []);
  });

  test('a suppression comment inside a page silences the finding on the next line', async () => {
    const page = read(join(FORMS, 'accountant-vs-auditor.html'));
    const opts = await options('x.html');
    assert.equal(lint(page, opts).findings.filter((f) => f.ruleId === 'required-sections').length, 1);
    const silenced = page.replace(
      '    <h2>Accountant vs. Auditor</h2>',
      '    <!-- career-articles-disable-next-line required-sections -->\n    <h2>Accountant vs. Auditor</h2>',
    );
    assert.equal(lint(silenced, opts).findings.filter((f) => f.ruleId === 'required-sections').length, 0);
  });
});
