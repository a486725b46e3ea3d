import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { activateExtension, EXTENSION_ID } from './helpers';

describe('Activation', () => {
  it('activates and registers every command of its manifest', async () => {
    await activateExtension();
    const extension = vscode.extensions.getExtension(EXTENSION_ID)!;
    assert.equal(extension.isActive, true);
    const declared = (extension.packageJSON.contributes.commands as Array<{ command: string }>).map((c) => c.command);
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.ok(declared.length >= 5);
    for (const command of declared) assert.ok(registered.has(command), `${command} is declared but not registered`);
  });

  it('runs in the Node extension host here (the web build is tested separately)', () => {
    assert.equal(typeof process, 'object');
  });
});
