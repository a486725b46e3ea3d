// Role-resolution and attribution classes the nineteenth held-out corpus exposed (common
// occupations under the short forms real sites use), each tested on names and sentences of our
// own: bare letters beside the role's own assistants, a name the other role already holds, a
// manager compared with a field's workers and those workers beside their supervisor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { resolveRole } from '../../src/core/dataset/names/resolve-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { comparisonArticle } from './helpers/claims.js';
import { listedClaims } from './helpers/listed-claims.js';

/** The SOC codes `role` resolves to in a comparison titled `title`. */
const inPair = async (title: string, role: string) =>
  resolveRole(comparisonArticle(title, 'Both jobs are in demand.'), await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('bare letters beside the role’s own aides or assistants spell the title the other is built on', async () => {
  // "PT": psychiatric or pharmacy technicians, or physical therapists; Physical Therapist Aides are a physical therapist's.
  assert.deepEqual(await inPair('PT vs. Physical Therapist Aide', 'PT'), ['29-1123']);
  // Next to an unrelated role the letters stay undecided.
  assert.deepEqual(await inPair('PT vs. Pharmacy Aide', 'PT'), []);
});

test('a name filed under two occupations, one of which the other role names alone, means the other filing', async () => {
  // "Ultrasound Tech" is filed under radiologic technologists (the rules' pick) and sonographers.
  assert.deepEqual(await inPair('Ultrasound Tech vs. Radiologic Technologist', 'Ultrasound Tech'), ['29-2032']);
  assert.equal((await inPair('Ultrasound Tech vs. Dental Hygienist', 'Ultrasound Tech'))[0], '29-2034');
  // A title writing the whole name is the role's too: both roles mean Stockers and Order Fillers.
  assert.equal((await inPair('Stocker vs. Order Filler', 'Stocker'))[0], '53-7065');
});

test('a manager compared with a field’s workers is that field’s first-line supervisor', async () => {
  // "Store Manager" is filed under General and Operations Managers and First-Line Supervisors of Retail Sales Workers.
  assert.deepEqual(await inPair('Store Manager vs. Cashier', 'Store Manager'), ['41-1011']);
  assert.equal((await inPair('Store Manager vs. Software Developer', 'Store Manager'))[0], '11-1021');
  // A supervisor on the other side keeps the manager a manager.
  assert.deepEqual(await inPair('Casino Manager vs. Gaming Supervisor', 'Casino Manager'), ['11-9071']);
});

test('workers beside their first-line supervisor are the filing the supervisor’s title names', async () => {
  // "Sales Associate" is filed under six sales occupations; retail sales workers' supervisors name retail salespersons.
  assert.deepEqual(await inPair('Retail Supervisor vs. Sales Associate', 'Sales Associate'), ['41-2031']);
  assert.notEqual((await inPair('Sales Associate vs. Insurance Underwriter', 'Sales Associate'))[0], '41-2031');
});

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

test('clipped modifiers before the head noun name the one BLS title so written', async () => {
  assert.deepEqual(await socs('Nuc Med Tech'), ['29-2033']);
  assert.deepEqual(await socs('Surg Tech'), ['29-2055']);
  // Written solid: "Netadmin" is a "Net Admin", Network and Computer Systems Administrators.
  assert.deepEqual(await socs('Netadmin'), ['15-1244']);
  // No head noun to read: nothing.
  assert.deepEqual(await socs('Sysop'), []);
});

test('an employer’s name before a role, a word no dataset name writes, leaves the role’s occupation', async () => {
  assert.deepEqual(await socs('Walmart Cashier'), ['41-2011']);
  // "Target" is a word O*NET's names write: it might say which cashier, so nothing is guessed.
  assert.deepEqual(await socs('Target Cashier'), []);
});

test('two names of one job joined by a slash name the occupation both name', async () => {
  assert.deepEqual(await socs('LVN/LPN'), ['29-2061']);
  assert.deepEqual(await socs('Plumber/Pipefitter'), ['47-2152']);
  // Two jobs, not one: nothing.
  assert.deepEqual(await socs('Cook/Dishwasher'), []);
});

/** Each claim as "words -> role". */
const attributed = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} -> ${c.role}`);

test('the head noun of a role’s BLS title names it where the other role’s title does not write it', async () => {
  // Ultrasound Tech (beside radiologic technologists) is Diagnostic Medical Sonographers: "sonographers"
  // is its subject, which the next clause's figure keeps.
  assert.deepEqual(
    await attributed(
      'Ultrasound Tech vs. Radiologic Technologist',
      'About 3% of sonographers are self-employed, and the field employed 91,000 people in May 2025.\n',
    ),
    ['3% -> Ultrasound Tech', 'employed 91,000 -> Ultrasound Tech'],
  );
  // "Drivers" ends Light Truck Drivers but also the other role's title: it names neither role alone.
  assert.deepEqual(
    await attributed('Truck Driver (CDL) vs. Amazon Delivery Driver', 'Long-haul truck drivers earn a median of $57,000 a year.\n'),
    ['$57,000 a year -> Truck Driver (CDL)'],
  );
  // Heavy and Tractor-Trailer Truck Drivers and Light Truck Drivers both write "drivers".
  assert.deepEqual(await attributed('Truck Driver vs. Amazon Delivery Driver', 'Drivers earn a median of $50,000 in most states.\n'), [
    '$50,000 -> null',
  ]);
});

test('a flat charge to clients is a price, not pay', async () => {
  assert.deepEqual(
    await attributed(
      'Financial Advisor vs. Insurance Agent',
      'Our advisors charge a flat $1,800 a year for a full plan, and agents earn a median of $60,000.\n',
    ),
    ['$60,000 -> Insurance Agent'],
  );
});

test('a role’s leading acronym alone names it where the other role’s name does not write it', async () => {
  assert.deepEqual(
    await attributed('CNC Machinist vs. Tool and Die Maker', 'Pay is close: a median of $52,000 for CNC, $60,000 for die makers.\n'),
    ['$52,000 -> CNC Machinist', '$60,000 -> Tool and Die Maker'],
  );
  // Both roles write "CNC": it names neither.
  assert.deepEqual(
    await attributed('CNC Machinist vs. CNC Programmer', 'Pay is close: a median of $52,000 for CNC, $60,000 for programmers.\n'),
    ['$52,000 -> null', '$60,000 -> CNC Programmer'],
  );
});

test('a general head noun of the role’s BLS title names it where it is that title’s alone, never "workers"', async () => {
  // Store Manager beside cashiers is First-Line Supervisors of Retail Sales Workers.
  assert.deepEqual(await attributed('Store Manager vs. Cashier', 'Supervisors earn a median of $48,000, while cashiers earn $30,000.\n'), [
    '$48,000 -> Store Manager',
    '$30,000 -> Cashier',
  ]);
  // Personal Care and Service Workers, All Other: "workers" names no one job.
  assert.deepEqual(
    await attributed('Body Piercer vs. Cosmetologist', 'Piercing pays less. Workers earn a median of $35,000 in most shops.\n'),
    ['$35,000 -> null'],
  );
});
