// The five standard sections' keys, in their standard order, for the client (the status bar
// counts them): the core's own list, reached through shared/ as every client import of the core is.
export { SECTION_KEYS, type SectionKey } from '../core/model/sections.js';
