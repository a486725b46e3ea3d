// DocumentStates answers a query with the lint of the text the document has now. The open
// document is one object that edits update in place, so a lint of the old text that is still
// running when an edit arrives must neither answer nor be published (seen once on a busy CI
// machine: a findings request after an edit got the findings of the text before it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentStates, type Linted } from '../../src/server/documents.js';
import type { Snapshot } from '../../src/server/protocol.js';

/** A lint the test finishes by hand, one per run, in order. */
function manualLints() {
  const runs: { text: string; finish: () => void }[] = [];
  const lint = (doc: TextDocument) => {
    const text = doc.getText();
    return new Promise<Linted>((resolve) => {
      runs.push({ text, finish: () => resolve({ doc, snapshot: { findings: [{ text }] } as unknown as Snapshot }) });
    });
  };
  return { runs, lint };
}
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
const textOf = (linted: Linted) => (linted.snapshot?.findings[0] as unknown as { text: string }).text;

test('a lint of the old text still running when an edit arrives answers no query and is not published', async () => {
  const { runs, lint } = manualLints();
  const published: string[] = [];
  const states = new DocumentStates(10_000, lint, (linted) => published.push(textOf(linted)));
  const doc = TextDocument.create('file:///a.md', 'markdown', 1, 'old');
  states.schedule(doc, 0);
  await tick();
  assert.equal(runs.length, 1);
  TextDocument.update(doc, [{ text: 'new' }], 2);
  const answer = states.current(doc);
  await tick();
  runs[0]!.finish();
  await tick();
  assert.deepEqual(published, [], 'the old text is not published under the new version');
  assert.equal(runs.length, 2, 'the waiting query starts one lint of the new text');
  assert.equal(runs[1]!.text, 'new');
  runs[1]!.finish();
  const linted = await answer;
  assert.equal(linted.version, 2);
  assert.equal(textOf(linted), 'new');
  assert.deepEqual(published, ['new']);
});

test('a query for the current version is answered by the lint of that version only', async () => {
  const { runs, lint } = manualLints();
  const states = new DocumentStates(10_000, lint, () => undefined);
  const doc = TextDocument.create('file:///b.md', 'markdown', 1, 'one');
  const first = states.current(doc);
  await tick();
  runs[0]!.finish();
  assert.equal(textOf(await first), 'one');
  assert.equal(states.current(doc) instanceof Promise, true);
  assert.equal(textOf(await states.current(doc)), 'one', 'the latest result of this version answers at once');
  assert.equal(runs.length, 1);
});

test('a query waiting on a lint that an edit superseded is answered, even when no edit schedules a lint (lint on save)', async () => {
  const { runs, lint } = manualLints();
  const states = new DocumentStates(10_000, lint, () => undefined);
  const doc = TextDocument.create('file:///c.md', 'markdown', 1, 'one');
  const answer = states.current(doc);
  await tick();
  TextDocument.update(doc, [{ text: 'two' }], 2);
  runs[0]!.finish();
  await tick();
  assert.equal(runs.length, 2);
  runs[1]!.finish();
  const linted = await answer;
  assert.equal(linted.version, 2);
  assert.equal(textOf(linted), 'two');
});
