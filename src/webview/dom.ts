// The page's only way to make elements. Children given as strings become text nodes, and
// there is no parameter for HTML: article text can never be parsed as markup here.

type Child = Node | string | undefined | false | null;

export interface Props {
  class?: string;
  /** Shown as a tooltip; an attribute value, never parsed. */
  title?: string;
  /** data-* attributes. */
  data?: Record<string, string>;
  role?: string;
  label?: string;
  tabIndex?: number;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  if (props.title) element.title = props.title;
  if (props.role) element.setAttribute('role', props.role);
  if (props.label) element.setAttribute('aria-label', props.label);
  if (props.tabIndex !== undefined) element.tabIndex = props.tabIndex;
  for (const [key, value] of Object.entries(props.data ?? {})) element.dataset[key] = value;
  for (const child of children) {
    if (child === undefined || child === false || child === null) continue;
    element.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return element;
}

/** Places an element along the chart axis. Set through the CSSOM, which the CSP allows (style attributes it does not). */
export function place(element: HTMLElement, left: number, width?: number): HTMLElement {
  element.style.left = `${Math.min(100, Math.max(0, left))}%`;
  if (width !== undefined) element.style.width = `${Math.min(100, Math.max(0, width))}%`;
  return element;
}
