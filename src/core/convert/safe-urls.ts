// What an imported page may carry into the Markdown: links to the web (http, https), mail
// links, and links and images inside the site (relative paths, #fragments). A link with any
// other scheme (javascript:, data:, vbscript:, file:) keeps its text and loses its target; an
// image from elsewhere (http(s)://, //host/, data:) is replaced by its alt text, so the article
// loads nothing from a server when it is previewed. Counted, so the import can say what it did.
import type { Parent, Root, RootContent, Text } from 'mdast';

export interface UrlChanges {
  /** Links kept as their text. */
  links: number;
  /** Remote images replaced by their alt text (or dropped when they have none). */
  images: number;
}

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
const SAFE_LINK_SCHEMES = new Set(['http', 'https', 'mailto']);

/** Characters a browser ignores in a URL's scheme (java\tscript:): controls and spaces. */
const schemeOf = (url: string) => SCHEME.exec(url.replace(/[\p{Cc}\s]/gu, ''))?.[1]?.toLowerCase();

const isSafeLink = (url: string) => {
  const scheme = schemeOf(url);
  return scheme === undefined || SAFE_LINK_SCHEMES.has(scheme);
};

const isLocalImage = (url: string) => schemeOf(url) === undefined && !url.trim().startsWith('//');

/** Whether any link or image of `root` would be changed: most pages have none, and are not copied. */
export function hasUnsafeUrls(root: Root): boolean {
  const stack: Array<Root | RootContent> = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if ((node.type === 'link' || node.type === 'definition') && !isSafeLink(node.url)) return true;
    if (node.type === 'image' && !isLocalImage(node.url)) return true;
    if ('children' in node) stack.push(...(node.children as RootContent[]));
  }
  return false;
}

/** Rewrites `root` in place (give it a tree of its own) and says how many links and images changed. */
export function dropUnsafeUrls(root: Root): UrlChanges {
  const changes: UrlChanges = { links: 0, images: 0 };
  // Iterative: an imported page may be nested thousands deep.
  const parents: Parent[] = [root];
  for (let parent = parents.pop(); parent; parent = parents.pop()) {
    const children: RootContent[] = [];
    // A stack of what is left to look at, first child on top: an unwrapped link's own children
    // (an image inside a javascript: link) are looked at in its place.
    const pending = [...parent.children].reverse();
    for (let child = pending.pop(); child; child = pending.pop()) {
      if (child.type === 'link' && !isSafeLink(child.url)) {
        changes.links++;
        pending.push(...[...child.children].reverse());
        continue;
      }
      if (child.type === 'image' && !isLocalImage(child.url)) {
        changes.images++;
        if (child.alt) children.push({ type: 'text', value: child.alt } satisfies Text);
        continue;
      }
      if (child.type === 'definition' && !isSafeLink(child.url)) {
        changes.links++;
        continue;
      }
      children.push(child);
      if ('children' in child) parents.push(child);
    }
    parent.children = children;
  }
  return changes;
}

/** "2 links kept as text, 1 remote image dropped" (or undefined when nothing changed). */
export function describeUrlChanges({ links, images }: UrlChanges): string | undefined {
  const parts = [
    links > 0 && `${links} ${links === 1 ? 'link' : 'links'} with a scheme other than http(s) or mailto kept as text`,
    images > 0 && `${images} remote ${images === 1 ? 'image' : 'images'} dropped (alt text kept)`,
  ].filter((part): part is string => typeof part === 'string');
  return parts.length > 0 ? parts.join(', ') : undefined;
}
