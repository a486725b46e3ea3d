// "1 error, 2 warnings" for the client's status bar: the core's wording, reached through
// shared/ as every client import of the core is (no pluraliser needed for three fixed nouns).
export { severityCounts, totalsText } from '../core/text/severity-counts.js';
