// Failure classes the second held-out corpus exposed (claims/salary-verdicts.ts, role-forms.ts,
// outlook-claims.ts), each tested on occupations that corpus does not use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseArticle } from '../../src/core/lint.js';
import { salaryVerdicts, statusOf } from '../../src/core/claims/salary-verdicts.js';
import { wageHistory } from '../../src/core/dataset/bundled.js';
import { matchRole } from '../../src/core/dataset/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const SETTINGS = { tolerance: 0.05, otherSources: 'off' as const };

async function salaryStatuses(role: string, other: string, body: string) {
  const dataset = await bundledRoleIndex();
  const article = parseArticle(`# ${role} vs. ${other}: What Are the Differences?\n\n${body}\n`);
  return salaryVerdicts(article, dataset, SETTINGS).map((j) => ({ role: j.claim.role, status: statusOf(j.outcome) }));
}

test('a stated year whose figure is that release’s own is out of date, though a neighbouring occupation’s current figure is close', async () => {
  const dataset = await bundledRoleIndex();
  for (const role of ['Middle School Teacher', 'Social Worker']) {
    const matches = matchRole(dataset, role).matches;
    const [current, older] = wageHistory(matches[0]!.occupation);
    const old = older!.wages.median!;
    assert.ok(Math.abs(current!.wages.median! - old) / old > 0.005, `${role}: the releases differ`);
    const near = matches.slice(1).some((m) => Math.abs(m.occupation.wages.median! - old) / old <= SETTINGS.tolerance);
    assert.ok(near, `${role}: another candidate's current median is within tolerance of the older figure`);
    const body = `${role}s were paid a median of $${old.toLocaleString('en-US')} in ${older!.release.period}.`;
    assert.deepEqual(await salaryStatuses(role, 'Librarian', body), [{ role, status: 'outdated' }], role);
  }
});
