// The rule id of a diagnostic links to the rule's page shipped with the extension (works offline).
import * as vscode from 'vscode';

export function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${ruleId}.md`);
}
