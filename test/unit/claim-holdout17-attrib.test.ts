// Role-resolution and attribution classes the seventeenth held-out corpus exposed, each tested on
// names and sentences of our own: a role no name matches whose words several BLS titles write
// (O*NET's names decide), a name filed alike under several occupations (the one whose names write
// it most goes first), a field a source is quoted on with a pay verb, a field one works in, a
// two-word role written solid, and front matter's role key beside an "or" in another key's value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';
import { listedClaims } from './helpers/listed-claims.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

/** Each claim as "words -> role". */
const attributed = async (title: string, body: string) => (await listedClaims(title, body)).map((c) => `${c.text} -> ${c.role}`);

test('a role no name matches, whose words several BLS titles write, is the occupation whose O*NET names write them most', async () => {
  // Continuous Mining Machine Operators' names say "mining machine operator" far more than any other's.
  assert.deepEqual(await socs('Mining Machine Operator'), ['47-5041']);
  // Molding, Coremaking, and Casting Machine Setters, Operators, and Tenders, Metal and Plastic.
  assert.deepEqual(await socs('Molding Machine Tender'), ['51-4072']);
});

test('a name filed alike under several occupations leads with the one whose O*NET names write it most', async () => {
  // Public Relations Specialists write "communication specialist" seven times, Compliance Officers twice.
  assert.equal((await socs('Communication Specialist'))[0], '27-3031');
  // Environmental Engineering Technicians over Environmental Science and Protection Technicians.
  assert.equal((await socs('Pollution Control Technician'))[0], '17-3025');
});

test('a field a source is quoted on pays, makes or earns for its worker', async () => {
  assert.deepEqual(
    await attributed('Air Traffic Controller vs. Airline Pilot', 'per BLS air traffic pays $144k median, not bad for no degree\n'),
    ['$144k -> Air Traffic Controller'],
  );
});

test('a field of two words or more one works in names its worker for the next sentence', async () => {
  assert.deepEqual(
    await attributed(
      'Medical Records Specialist vs. Pharmacy Technician',
      'I have worked in medical records for a decade. BLS says we make a median of $50,250.\n',
    ),
    ['$50,250 -> Medical Records Specialist'],
  );
});

test('a two-word role is written solid', async () => {
  assert.deepEqual(
    await attributed('Dish Washer vs. Line Cook', 'Most dishwashers earn about $33,000 a year, and line cooks about $36,000.\n'),
    ['$33,000 a year -> Dish Washer', '$36,000 -> Line Cook'],
  );
});

test('front matter below the top names its role for its other keys, whatever "or" another key’s value holds', async () => {
  assert.deepEqual(
    await attributed(
      'Court Reporter vs. Medical Transcriptionist',
      '---\noccupation: Medical Transcriptionist\nmedian_pay: "$37,550"\ntraining: "Certificate or associate degree"\n---\n',
    ),
    ['$37,550 -> Medical Transcriptionist'],
  );
});

test('forum clippings: “psychs” for psychologists, “kines” for kinesiology, “hydro” for hydrologic', async () => {
  assert.deepEqual(
    await attributed(
      'Counseling Psychologist vs. Hydrologic Technician',
      'BLS has counseling psychs at a median of $98,000, and hydro techs at $61,000.\n',
    ),
    ['$98,000 -> Counseling Psychologist', '$61,000 -> Hydrologic Technician'],
  );
  assert.deepEqual(await attributed('Kinesiology Professor vs. Nursing Professor', 'kines profs average $88,000 per BLS, not bad\n'), [
    '$88,000 -> Kinesiology Professor',
  ]);
});
