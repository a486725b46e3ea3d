// Role-resolution classes the seventeenth held-out corpus exposed, each tested on names of our own:
// a role no name matches whose words several BLS titles write (O*NET's names decide), and a name
// filed alike under several occupations (the one whose names write it most goes first).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { matchRole } from '../../src/core/dataset/names/match-role.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const socs = async (role: string) => matchRole(await bundledRoleIndex(), role).matches.map((m) => m.occupation.soc);

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
