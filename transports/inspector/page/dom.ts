/** Small DOM helpers for the page: elements built with properties, never from HTML text. */

type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

/** `h('div', { class: 'row', 'data-key': key }, 'text', child)`: attributes, then children. */
export const h = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Node | string | undefined | false)[]
): HTMLElementTagNameMap[K] => {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child !== undefined && child !== false) element.append(child);
  return element;
};

const SVG = 'http://www.w3.org/2000/svg';

export const svg = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: readonly (Node | string)[]
): SVGElementTagNameMap[K] => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, String(value));
  }
  for (const child of children) element.append(child);
  return element;
};

export const byId = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const element = document.getElementById(id);
  if (!element) throw new Error(`the page has no #${id}`);
  return element as T;
};

/** Sets an attribute only when it changes (attribute writes are what a big tree pays for). */
export const setData = (element: Element, name: string, value: string): void => {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
};

export const setText = (element: Element, text: string): void => {
  if (element.textContent !== text) element.textContent = text;
};

/** Milliseconds as `12.3 s` or `450 ms`. */
export const formatTime = (t: number): string => (t >= 1000 ? `${(t / 1000).toFixed(2)} s` : `${t.toFixed(1)} ms`);
