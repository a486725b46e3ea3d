// The playground's web worker: the web extension's language server (server/browser-main.ts),
// unchanged, so the page answers exactly as the editor does. The page's CSP forbids eval: zod
// is told first not to probe `new Function` (a refused probe is a console error).
import './jitless.js';
import '../server/browser-main.js';
