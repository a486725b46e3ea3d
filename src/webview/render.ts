// The comparison table: the two roles as columns, the definitions and the five standard
// sections as rows, each row with its findings count. Built with createElement and text
// nodes only (see dom.ts), and rebuilt whole on every render: an article is small.
import type { LineRange, PreviewCell, PreviewFinding, PreviewModel, PreviewRow, RowId } from '../shared/preview-model.js';
import { findingsLabel, type FindingsScope } from '../shared/preview-model.js';
import { h } from './dom.js';
import { salaryChart } from './chart.js';

export interface Actions {
  reveal: (lines: LineRange) => void;
  insertMissing: (row: RowId, column?: 0 | 1) => void;
  /** Rows whose findings list is open survive re-renders. */
  expanded: Set<string>;
}

function findingsList(id: string, findings: PreviewFinding[], actions: Actions, scope: FindingsScope): HTMLElement {
  const worst = findings.some((f) => f.severity === 'error')
    ? 'error'
    : findings.some((f) => f.severity === 'warning')
      ? 'warning'
      : 'info';
  const details = h('details', { class: `findings ${findings.length ? worst : 'none'}`, data: { findings: String(findings.length) } });
  details.open = actions.expanded.has(id) && findings.length > 0;
  details.addEventListener('toggle', () => (details.open ? actions.expanded.add(id) : actions.expanded.delete(id)));
  const summary = h(
    'summary',
    {
      title: findings.map((f) => `${f.ruleId}: ${f.message}`).join('\n') || findingsLabel(0, scope),
      label: findingsLabel(findings.length, scope),
    },
    findings.length ? h('span', { class: 'badge' }, String(findings.length)) : undefined,
    h('span', { class: 'badge-label' }, findingsLabel(findings.length, scope, false)),
  );
  const list = h('ul');
  for (const f of findings) {
    const item = h(
      'li',
      { class: `finding ${f.severity}`, tabIndex: 0 },
      h('span', { class: 'rule' }, f.ruleId),
      h('span', { class: 'where' }, ` line ${f.lines.startLine}`),
      h('div', { class: 'message' }, f.message),
    );
    item.addEventListener('click', () => actions.reveal(f.lines));
    list.append(item);
  }
  details.append(summary, list);
  return details;
}

function cellElement(row: PreviewRow, cell: PreviewCell, column: 0 | 1, role: string, actions: Actions): HTMLElement {
  const element = h('div', { class: 'cell', role: 'cell', data: { column: String(column), role } });
  if (row.salary) element.append(salaryChart(row.salary.axis, row.salary.roles[column], actions.reveal));
  if (cell.caption) element.append(h('div', { class: 'caption' }, cell.caption));
  if (cell.missing) {
    element.classList.add('missing');
    element.append(h('p', { class: 'missing-note' }, `No “What is …?” definition of ${role}.`));
    if (cell.fixable) element.append(insertButton('Insert definition', () => actions.insertMissing(row.id, column)));
    return element;
  }
  const text = h('div', { class: 'sentences' });
  for (const s of cell.sentences) {
    const sentence = h(
      'p',
      {
        class: `sentence${s.shared ? ' shared' : ''}`,
        tabIndex: 0,
        title: `Lines ${s.lines.startLine}–${s.lines.endLine}`,
        data: { startLine: String(s.lines.startLine) },
      },
      s.shared ? h('span', { class: 'shared-tag', title: 'Names both roles, or neither: shown in both columns' }, 'both') : undefined,
      s.text,
    );
    sentence.addEventListener('click', (event) => {
      event.stopPropagation();
      actions.reveal(s.lines);
    });
    sentence.addEventListener('keydown', (event) => event.key === 'Enter' && actions.reveal(s.lines));
    text.append(sentence);
  }
  if (cell.sentences.length === 0) text.append(h('p', { class: 'empty-note' }, `Nothing in this section names ${role}.`));
  element.append(text);
  const lines = cell.lines;
  if (lines) element.addEventListener('click', () => actions.reveal(lines));
  return element;
}

function insertButton(text: string, onClick: () => void): HTMLButtonElement {
  const button = h('button', { class: 'insert' }, text);
  button.type = 'button';
  button.addEventListener('click', (event) => {
    event.stopPropagation();
    button.disabled = true;
    onClick();
  });
  return button;
}

/** The section's reading ease under its label, its other numbers as the tooltip. */
function sectionReadingEase(row: PreviewRow): HTMLElement | undefined {
  const readability = row.readability;
  if (!readability || readability.numbers.readingEase === null) return undefined;
  return h('div', { class: 'row-readability', title: readability.text }, `Reading ease ${readability.numbers.readingEase}`);
}

function rowElement(model: PreviewModel, row: PreviewRow, actions: Actions): HTMLElement {
  const label = h(
    'div',
    { class: 'label', role: 'rowheader' },
    h('div', { class: 'label-text' }, row.label),
    sectionReadingEase(row),
    findingsList(row.id, row.findings, actions, row.id === 'definitions' ? 'definitions' : 'section'),
  );
  const element = h(
    'div',
    { class: `row${row.missing ? ' missing' : ''}${row.salary ? ' salary' : ''}`, role: 'row', data: { row: row.id } },
    label,
  );
  if (row.missing) {
    const gap = h(
      'div',
      { class: 'cell gap', role: 'cell' },
      h('p', { class: 'missing-note' }, `Missing section: the article has no “${row.label}” section.`),
    );
    if (row.fixable) gap.append(insertButton(`Insert “${row.label}” section`, () => actions.insertMissing(row.id)));
    element.append(gap);
    return element;
  }
  element.append(cellElement(row, row.cells[0], 0, model.roles[0], actions), cellElement(row, row.cells[1], 1, model.roles[1], actions));
  return element;
}

/** The article's readability numbers under the title, as text the extension made (the page computes nothing). */
function readabilityLine(model: PreviewModel): HTMLElement | undefined {
  const readability = model.header.readability;
  return (
    readability &&
    h('div', { class: 'readability', title: 'Flesch reading ease (higher is easier), long sentences, passive voice' }, readability.text)
  );
}

export function renderModel(model: PreviewModel, actions: Actions): HTMLElement[] {
  const heading = h('h1', { class: 'title', tabIndex: 0 }, model.title);
  const titleLines = model.header.lines;
  if (titleLines) heading.addEventListener('click', () => actions.reveal(titleLines));
  const meta = h(
    'div',
    { class: 'meta' },
    `${model.fileName} · ${findingsLabel(model.findingCount, 'article')}`,
    model.onSaveOnly ? h('span', { class: 'save-only' }, ' · large file: updates on save') : undefined,
  );
  const header = h(
    'section',
    { class: 'header', data: { row: 'header' } },
    heading,
    meta,
    readabilityLine(model),
    findingsList('header', model.header.findings, actions, 'title'),
  );
  const columns = h(
    'div',
    { class: 'row columns', role: 'row' },
    h('div', { class: 'label', role: 'columnheader' }),
    ...model.roles.map((role) => h('div', { class: 'column-head', role: 'columnheader' }, role)),
  );
  const table = h('div', { class: 'table', role: 'table', label: `${model.roles[0]} and ${model.roles[1]} side by side` }, columns);
  for (const row of model.rows) table.append(rowElement(model, row, actions));
  return [header, table];
}
