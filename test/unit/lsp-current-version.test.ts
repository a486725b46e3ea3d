// The server answers a document's queries from the lint of its current version: the open
// document is one object that each edit updates in place, so a result must remember the version
// it was computed for (found by the playground page, which asks for findings right after an edit).
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { FINDINGS_REQUEST, type FindingsResponse } from '../../src/shared/lsp-protocol.js';
import { cleanText, flawedText, tempFolder } from '../fixtures/cli/harness.js';
import { answered, startClient } from './helpers/lsp-client.js';

const temp = tempFolder();
after(() => temp.remove());

test('findings asked right after an edit are those of the edited text, not of the text before it', async () => {
  const client = await startClient({ root: temp.path, initializationOptions: { timeBudgetMs: 120_000 } });
  try {
    const uri = client.open(join(temp.path, 'a.md'), flawedText());
    const ask = () => client.connection.sendRequest<FindingsResponse>(FINDINGS_REQUEST, { textDocument: { uri } });
    const before = await answered(ask(), 'findings of version 1');
    assert.ok(before.findings.length > 0);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: cleanText() }],
    });
    const afterEdit = await answered(ask(), 'findings of version 2');
    assert.equal(afterEdit.version, 2);
    assert.deepEqual(
      afterEdit.findings.map((f) => f.ruleId),
      [],
    );
  } finally {
    await client.stop();
  }
});
