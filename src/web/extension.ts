// The web extension (vscode.dev, github.dev): the same composition root. Everything it
// uses reads files through workspace.fs, so no Node API is needed.
export { activate, deactivate } from '../extension.js';
