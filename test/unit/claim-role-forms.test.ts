// A claim's role when its sentence names the role loosely (claims/role-forms.ts), and the quartile a
// "bottom quarter" states (claims/figure-context.ts).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { attributeFigures } from '../../src/core/claims/attribution.js';
import { findSalaryFigures } from '../../src/core/claims/expressions.js';
import { initialism } from '../../src/core/claims/role-forms.js';
import { figureContext } from '../../src/core/claims/figure-context.js';

function owners(text: string, roles: string[]): Array<string | undefined> {
  const figures = findSalaryFigures(text);
  return attributeFigures(text, figures, roles).map((i) => (i === undefined ? undefined : roles[i]));
}

test('initialisms name a role in plural and possessive forms', () => {
  assert.equal(initialism('Occupational Therapy Assistant'), 'OTA');
  assert.equal(initialism('Electrician'), undefined);
  const roles = ['Occupational Therapy Assistant', 'Physical Therapist Assistant'];
  assert.deepEqual(owners('OTAs bring in $64,000 a year, and PTAs’ pay sits near $58,000.', roles), roles);
});

test('credential letters before the initials, but not a different three-letter initialism', () => {
  const roles = ['Emergency Medical Technician', 'Physician Assistant'];
  assert.deepEqual(owners('AEMTs report a typical salary of $44,000.', roles), ['Emergency Medical Technician']);
  assert.deepEqual(owners('A CPA in the same city makes $90,000.', roles), [undefined]);
});

test('modifiers with a family noun and coordinated titles name the role', () => {
  const roles = ['Diesel Technician', 'Wind Turbine Technician'];
  assert.deepEqual(owners('Diesel mechanics usually earn about $60,000.', roles), ['Diesel Technician']);
  const nurses = ['Licensed Practical Nurse', 'Registered Nurse'];
  assert.deepEqual(owners('Licensed practical and licensed vocational nurses earn $62,000.', nurses), ['Licensed Practical Nurse']);
});

test('the role the sentence names wins over the one named earlier in the paragraph', () => {
  const roles = ['Registered Nurse', 'Licensed Practical Nurse'];
  assert.deepEqual(owners('Registered nurses need a degree, but LPNs start sooner and earn $58,000.', roles), ['Licensed Practical Nurse']);
});

test('a bottom or top quarter states the 25th or 75th percentile', () => {
  const sentence = 'The lowest quarter of dispatchers make under $39,500, and the upper fourth clear $58,200.';
  const first = sentence.indexOf('$39,500');
  const second = sentence.indexOf('$58,200');
  assert.equal(figureContext(sentence, first, first + 7, 0).percentile, 25);
  assert.equal(figureContext(sentence, second, second + 7, first + 7).percentile, 75);
  assert.equal(figureContext('A quarter of them make $40,000.', 23, 30, 0).percentile, undefined);
});
