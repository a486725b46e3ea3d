import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, closeAllEditors, EXTENSION_ID, ours, workspaceUri } from './helpers';

describe('Activation', () => {
  it('activates and registers every command of its manifest', async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    const manifest = extension.packageJSON as { contributes: { commands: { command: string }[] } };
    const declared = manifest.contributes.commands.map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(declared.length >= 5);
    for (const command of declared) assert.ok(registered.has(command), `${command} is declared but not registered`);
  });

  it('exposes its services, and publishes findings in its own diagnostic collection', async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    // The Node build (the web build is tested separately): the desktop entry point, in a workspace host.
    assert.equal(extension.extensionKind, vscode.ExtensionKind.Workspace);
    const api = extension.exports as Record<string, unknown> & { diagnostics: { collection: vscode.DiagnosticCollection | undefined } };
    assert.deepEqual(Object.keys(api).sort(), ['datasets', 'diagnostics', 'mapRole', 'preview', 'server', 'siteReport', 'statusBar']);
    const article = workspaceUri('articles', 'missing-environment.md');
    try {
      await vscode.window.showTextDocument(article);
      await vscode.commands.executeCommand('careerArticles.lintCurrent');
      // The language server publishes into the client's collection, which exists once it started.
      const collection = api.diagnostics.collection;
      assert.ok(collection, 'the first article started the language server');
      assert.equal(collection.name, 'career-articles');
      const shown = ours(article);
      assert.ok(shown.length > 0, 'no findings for an article missing a section');
      // What the Problems panel shows for the article is exactly what the collection holds.
      assert.deepEqual(
        collection.get(article)?.map((d) => d.message),
        shown.map((d) => d.message),
      );
    } finally {
      await closeAllEditors();
    }
  });
});
