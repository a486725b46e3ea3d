// The one function that builds the preview page's HTML shell. It holds no article content
// (that arrives later by message, as text); the CSP allows our stylesheet and our script,
// the script only with a nonce made fresh for this render.
import * as vscode from 'vscode';

export const VIEW_TYPE = 'careerArticles.preview';

/** Webview options: scripts on, resources only from the extension's media folder. */
export function webviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return { enableScripts: true, enableCommandUris: false, localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'media')] };
}

/** 128 random bits, base64: from Web Crypto, present in Node 20 and in web workers alike. */
export function createNonce(): string {
  const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

export function pageShell(webview: vscode.Webview, extensionUri: vscode.Uri, nonce = createNonce()): string {
  const media = (file: string) => webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', file)).toString();
  const csp = [
    "default-src 'none'",
    `style-src ${webview.cspSource}`,
    `script-src 'nonce-${nonce}'`,
    `img-src ${webview.cspSource} data:`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="${media('preview.css')}">
<title>Career Articles Preview</title>
</head>
<body>
<nav class="toolbar" aria-label="Export">
<button type="button" id="copy-html" class="secondary">Copy as HTML</button>
<button type="button" id="save-html" class="secondary">Save as HTML</button>
</nav>
<main id="root"><p class="empty">Loading the article…</p></main>
<script nonce="${nonce}" src="${media('preview.js')}"></script>
</body>
</html>`;
}
