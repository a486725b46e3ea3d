// Findings as LSP diagnostics: related information is a place in a document with a sentence,
// never a web page shown as a file position (VS Code writes a URI location as "oes291141.htm(1, 1): …").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, resolveConfig } from '../../src/core/index.js';
import { toDiagnostic, type DiagnosticData } from '../../src/server/convert.js';
import { bundledRoleIndex } from './helpers/dataset.js';

const ARTICLE = `# Registered Nurse vs. Nurse Practitioner: What Are the Differences?

Registered nurses earn an average salary of $83,000 per year, according to the BLS.
`;

test('a salary finding keeps its message and carries its source page as data, not as a URI related location', async () => {
  const dataset = await bundledRoleIndex();
  const result = lint(ARTICLE, { dataset, config: resolveConfig({}) });
  const finding = result.findings.find((f) => f.ruleId === 'salary-mismatch')!;
  const doc = TextDocument.create('file:///a.md', 'markdown', 1, ARTICLE);
  const diagnostic = toDiagnostic(doc, finding);
  assert.equal(diagnostic.message, finding.message, 'one message on every host');
  assert.deepEqual((diagnostic.data as DiagnosticData).sources, [
    {
      message: 'Registered Nurses (29-1141), BLS OEWS May 2025; matched by title "Registered Nurses"',
      url: 'https://www.bls.gov/oes/2025/may/oes291141.htm',
    },
  ]);
  assert.equal(diagnostic.relatedInformation, undefined, 'no web page shown as "oes291141.htm(1, 1)"');
});

test('a place in the same document stays related information, with its message', () => {
  const text = 'one\ntwo\n';
  const doc = TextDocument.create('file:///a.md', 'markdown', 1, text);
  const at = (offset: number) => ({ line: 2, column: 1, offset });
  const diagnostic = toDiagnostic(doc, {
    ruleId: 'probe',
    messageId: 'probe',
    message: 'Probe',
    severity: 'warning',
    start: at(0),
    end: at(3),
    related: [{ message: 'The section is here', start: at(4), end: at(7) }],
  });
  assert.equal(diagnostic.message, 'Probe');
  assert.deepEqual(diagnostic.relatedInformation, [
    {
      location: { uri: 'file:///a.md', range: { start: { line: 1, character: 0 }, end: { line: 1, character: 3 } } },
      message: 'The section is here',
    },
  ]);
});
