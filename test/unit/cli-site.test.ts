// Several articles linted together: the cross-article pass runs in the CLI after the
// workers return each article's claims (dist/cli.js as a child process).
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, lintJson, tempFolder } from '../fixtures/cli/harness.js';

const temp = tempFolder();
after(() => temp.remove());

const SITE = join(ROOT, 'test/fixtures/cross-article-salary/not-ok-site');
const name = (file: string) => file.split('/').pop()!;

describe('cross-article-salary in career-articles lint', () => {
  // $148,100 is the current Software Developers mean: that article is not flagged, the others name it.
  test('a folder of five articles gets one finding per article that disagrees, naming the others', () => {
    const { entries } = lintJson(['.'], { cwd: SITE });
    const found = entries.flatMap((e) =>
      e.findings
        .filter((f) => f.ruleId === 'cross-article-salary')
        .map((f) => ({
          file: e.file,
          role: f.data?.role,
          others: (f.data?.others as Array<{ file: string }>).map((o) => name(o.file)).sort(),
        })),
    );
    assert.deepEqual(found, [
      { file: 'data-scientist-vs-product-manager.md', role: 'Product Manager', others: ['product-manager-vs-project-manager.md'] },
      { file: 'product-manager-vs-project-manager.md', role: 'Product Manager', others: ['data-scientist-vs-product-manager.md'] },
      {
        file: 'software-architect-vs-data-scientist.md',
        role: 'Software Architect',
        others: ['enterprise-architect-vs-software-architect.md', 'software-architect-vs-software-engineer.md'],
      },
      {
        file: 'software-architect-vs-software-engineer.md',
        role: 'Software Architect',
        others: ['software-architect-vs-data-scientist.md'],
      },
    ]);
  });

  test('one article alone has nothing to be compared with', () => {
    const { entries } = lintJson(['software-architect-vs-data-scientist.md'], { cwd: SITE });
    assert.equal(entries[0]!.findings.filter((f) => f.ruleId === 'cross-article-salary').length, 0);
  });

  test('the cache keeps the claims, so a cached run finds the same', () => {
    const location = join(temp.path, 'cache.json');
    const first = lintJson(['--cache-location', location, '.'], { cwd: SITE });
    const second = lintJson(['--cache-location', location, '.'], { cwd: SITE });
    assert.deepEqual(second.entries, first.entries);
    assert.equal(second.entries.flatMap((e) => e.findings).filter((f) => f.ruleId === 'cross-article-salary').length, 4);
  });
});
