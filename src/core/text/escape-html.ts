// HTML escaping for every page the product writes (the site report, the comparison export) and
// for the text a fix puts inside an HTML element: one table of entities.
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text or an attribute value: the five characters that matter in either. */
export const escapeHtml = (text: string | number): string => String(text).replace(/[&<>"']/g, (c) => ENTITIES[c]!);

/** An element's text only (a heading a fix rewrites): quotes stay as the author wrote them. */
export const escapeHtmlText = (text: string): string => text.replace(/[&<>]/g, (c) => ENTITIES[c]!);
