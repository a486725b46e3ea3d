import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attributeTableCell, attributeTableColumns, attributeTableRow } from '../../src/core/claims/table.js';

const ROLES = ['Product Manager', 'Sales Manager'];

describe('attributeTableRow', () => {
  const cases: Array<[string, string[], number | undefined]> = [
    ['a row whose first cell names a role', ['Product Manager', '$98,439'], 0],
    ['a first cell naming the role in the plural', ['Sales managers', '$160,930'], 1],
    ['a first cell naming the role in the possessive', ["Sales manager's median", '$160,930'], 1],
    ['a row whose first cell names no role but another cell does', ['2024', 'Sales Manager', '$160,930'], 1],
    ['a row naming no role', ['Median salary', '$98,439'], undefined],
    ['a first cell naming both roles and no other cell naming one', ['Product Manager vs. Sales Manager', '$98,439'], undefined],
    ['a row naming each role in a different cell after the first', ['', 'Product Manager', 'Sales Manager'], undefined],
    ['a first cell naming one role while another cell names the other', ['Product Manager', 'reports to a Sales Manager'], 0],
    ['a role name split across two cells', ['Sales', 'Manager'], undefined],
    ['an empty row', [], undefined],
  ];
  for (const [name, cells, expected] of cases) {
    it(`attributes ${name} to ${expected === undefined ? 'no role' : ROLES[expected]}`, () => {
      assert.equal(attributeTableRow(cells, ROLES), expected);
    });
  }
});

describe('attributeTableColumns', () => {
  it('gives each header cell that names exactly one role that role', () => {
    assert.deepEqual(attributeTableColumns(['', 'Product Manager', 'Sales managers', 'Both roles'], ROLES), [undefined, 0, 1, undefined]);
  });
});

describe('attributeTableCell', () => {
  it('attributes a cell to the role heading its column in a table with one column per role', () => {
    const header = ['', 'Product Manager', 'Sales Manager'];
    assert.equal(attributeTableCell(header, ['Median salary', '$98,439', '$160,930'], 2, ROLES), 1);
  });

  it('attributes a cell to its row role when its column header names no role', () => {
    assert.equal(attributeTableCell(['Role', 'Median'], ['Sales Manager', '$160,930'], 1, ROLES), 1);
  });

  it('attributes a cell to no role when neither its column nor its row names one', () => {
    assert.equal(attributeTableCell(['Year', 'Median'], ['2024', '$160,930'], 1, ROLES), undefined);
  });
});
