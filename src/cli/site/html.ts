// The site report as one self-contained HTML page: no request leaves it (no fonts, images or
// scripts from elsewhere), its one style and one script are inline and allowed by their
// SHA-256 hashes in the page's CSP, and every text from an article is escaped (the body is
// core/report/html.ts, which VS Code's webview shows too).
import type { SiteReport } from '../../core/report/model.js';
import { reportBody } from '../../core/report/html.js';
import { escapeHtml } from '../../core/text/escape-html.js';
import { PAGE_SCRIPT, PAGE_STYLE } from '../../core/report/page-script.js';
import { nodeCrypto } from '../../node/crypto.js';

const sha256 = (text: string) => `'sha256-${nodeCrypto().createHash('sha256').update(text).digest('base64')}'`;

export function renderHtml(report: SiteReport, title = 'Career Articles site report'): string {
  const csp = `default-src 'none'; style-src ${sha256(PAGE_STYLE)}; script-src ${sha256(PAGE_SCRIPT)}; img-src 'none'; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="generator" content="career-articles">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title><style>${PAGE_STYLE}</style></head>
<body>${reportBody(report, title)}
<script>${PAGE_SCRIPT}</script></body></html>
`;
}
