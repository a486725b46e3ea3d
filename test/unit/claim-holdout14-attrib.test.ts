// Attribution and role-resolution classes the fourteenth held-out corpus exposed
// (dataset/names/match-role.ts, match-rules.ts; claims/named-mentions.ts, head-mentions.ts,
// role-forms.ts, short-forms.ts, claim-roles.ts, table.ts), each tested on sentences of our own.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';
import { listedClaims } from './helpers/listed-claims.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** Each claim of `body` under "A vs. B" as its words and the role it is given (null: none). */
const roles = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => [c.text, c.role]);

test('a name filed under one occupation whose BLS title writes its modifiers is that occupation’s, whatever its head', async () => {
  // Filed only under Explosives Workers, Ordnance Handling Experts, and Blasters; Psychiatric Aides.
  assert.deepEqual(await socs('Explosive Technician'), ['47-5032']);
  assert.deepEqual(await socs('Psychiatric Attendant'), ['31-1133']);
  // A title that writes none of the modifiers stays weak.
  assert.deepEqual(await socs('Network Contractor'), []);
});

test('a filing whose BLS title writes every modifier beats agreeing ones whose titles write none', async () => {
  // Filed also under medical records specialists; under cashiers; under machinists.
  assert.deepEqual(await socs('Health Information Specialist'), ['29-9021']);
  assert.deepEqual(await socs('Fast Food Cashier'), ['35-3023']);
  assert.deepEqual(await socs('Tool and Die Machinist'), ['51-4111']);
});

test('a title writing another form of the role’s word counts as writing it ("accounts", "accounting")', async () => {
  assert.deepEqual(await socs('Accounts Payable Clerk'), ['43-3031']);
  assert.deepEqual(await socs('Audio Installer'), ['49-2097']);
});

test('of a role’s several occupations, the one of the other role’s kind ("…, Wood")', async () => {
  const dataset = await bundledRoleIndex();
  const soc = (title: string, role: string) =>
    resolveRole(comparisonArticle(title, 'Both trades shape parts.'), dataset, role).matches.map((m) => m.occupation.soc);
  assert.deepEqual(soc('Wood Model Maker vs. Patternmaker', 'Patternmaker'), ['51-7032']);
  // Next to a role of no such kind, all of O*NET's filings stay.
  assert.equal(soc('Patternmaker vs. Fashion Designer', 'Patternmaker').length, 3);
});

test('of several filings, the one whose O*NET names usually write the role’s modifier', async () => {
  // "marine" in 7 of the motorboat mechanics' 20 names, 3 of the machinery mechanics' 209.
  assert.deepEqual(await socs('Marine Mechanic'), ['49-3051']);
  // A general-worker title with a comma ("…, General") still names workers: it leads, and the others stay.
  assert.equal((await socs('Maintenance Technician'))[0], '49-9071');
  assert.equal((await socs('Maintenance Mechanic'))[0], '49-9071');
});

test('a clause whose subject is a verb away reads the role its sentence named by an O*NET name', async () => {
  const found = await roles(
    'Heat Treater vs. Welder',
    'Case hardeners make around $47k a year, and most need a high school diploma.\n\nAnnealers held about 20,000 jobs, and employment was projected to drop 6 percent from 2024 to 2034.\n',
  );
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Heat Treater', 'Heat Treater', 'Heat Treater', 'Heat Treater'],
  );
});

test('"these <head noun>" after an earlier sentence points back; opening a paragraph, forward', async () => {
  const back = await roles(
    'Pediatrician vs. Emergency Medicine Physician',
    'Employment of general pediatricians is projected to grow 3 percent from 2025 to 2035. About 1,200 openings for these physicians are projected each year, on average, over the decade.\n',
  );
  assert.deepEqual(back.at(-1), ['About 1,200 openings', 'Pediatrician']);
  const forward = await roles('Pediatrician vs. Emergency Medicine Physician', 'These physicians typically earn $310,000 a year.\n');
  assert.deepEqual(forward, [['$310,000 a year', 'Emergency Medicine Physician']]);
});

test('doctors’ clipped specialties and one part of a hyphenated role name them', async () => {
  const clipped = await roles(
    'Dermatologist vs. Neurologist',
    'per BLS derm averages $420k and neuro averages $270k. call is the difference',
  );
  assert.deepEqual(
    clipped.map(([, role]) => role),
    ['Dermatologist', 'Neurologist'],
  );
  const surgeon = await roles('Orthopedic Surgeon vs. Urologist', 'honestly ortho pulls like $600k per BLS');
  assert.deepEqual(
    surgeon.map(([, role]) => role),
    ['Orthopedic Surgeon'],
  );
  const part = await roles('Urologist vs. OB-GYN', 'per BLS uro averages $430k while OB averages $310k');
  assert.deepEqual(
    part.map(([, role]) => role),
    ['Urologist', 'OB-GYN'],
  );
});

test('an operator’s machine may go unsaid; a long BLS title may lose its first modifier', async () => {
  // Both roles are operators, so the bare head names neither: the modifiers must match without "machine".
  const unsaid = await roles(
    'Food Cooking Machine Operator vs. Sewing Machine Operator',
    'Food cooking operators average $20.10 an hour, while sewing operators average $17.40.',
  );
  assert.deepEqual(
    unsaid.map(([, role]) => role),
    ['Food Cooking Machine Operator', 'Sewing Machine Operator'],
  );
  const tail = await roles(
    'Ramp Supervisor vs. Flight Attendant',
    'Cargo handling supervisor jobs were projected to grow 4% from 2024 to 2034.',
  );
  assert.deepEqual(
    tail.map(([, role]) => role),
    ['Ramp Supervisor'],
  );
});

test('a table row labelled by an O*NET name of a role’s occupation', async () => {
  const found = await roles(
    'Heat Treater vs. Welder',
    '| Job | Median pay (2025) |\n|---|---|\n| Annealing furnace operator | $48,100 |\n| Welder | $51,000 |\n',
  );
  assert.deepEqual(
    found.map(([, role]) => role),
    ['Heat Treater', 'Welder'],
  );
});
