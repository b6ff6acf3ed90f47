/**
 * A collapsible JSON tree: objects and arrays as `<details>` whose children are built only when
 * opened, so a large context costs nothing until someone looks. Sanitizer markers (bytes, actors,
 * class names) show as such.
 */
import type { Json } from '../inspectionRecords.js';
import { h } from './dom.js';

const scalar = (value: Json): HTMLElement => {
  if (value === null) return h('span', { class: 'json-null' }, 'null');
  switch (typeof value) {
    case 'string':
      return h('span', { class: 'json-string' }, JSON.stringify(value));
    case 'number':
      return h('span', { class: 'json-number' }, String(value));
    case 'boolean':
      return h('span', { class: 'json-boolean' }, String(value));
    default:
      return h('span', {}, String(value));
  }
};

const marker = (value: { [key: string]: Json }): HTMLElement | undefined => {
  if (typeof value['@bytes'] === 'string') return h('span', { class: 'json-bytes' }, `bytes ${value['@bytes']}`);
  if (typeof value['@actor'] === 'string') return h('span', { class: 'json-actor' }, `actor ${value['@actor']}`);
  if (typeof value['@error'] === 'string') return h('span', { class: 'json-error' }, `Error: ${value['@error']}`);
  return undefined;
};

const summary = (value: Json[] | { [key: string]: Json }): string => {
  if (Array.isArray(value)) return `[${value.length}]`;
  const name = typeof value['@class'] === 'string' ? `${value['@class']} ` : '';
  return `${name}{${Object.keys(value).filter((key) => key !== '@class').length}}`;
};

const node = (label: string | undefined, value: Json, open: boolean): HTMLElement => {
  const key = label !== undefined ? h('span', { class: 'json-key' }, `${label}: `) : undefined;
  if (value === null || typeof value !== 'object') return h('div', { class: 'json-leaf' }, key ?? '', scalar(value));
  const special = Array.isArray(value) ? undefined : marker(value);
  if (special) return h('div', { class: 'json-leaf' }, key ?? '', special);
  const details = h('details', { class: 'json-node' }, h('summary', {}, key ?? '', summary(value)));
  const fill = () => {
    if (details.childElementCount > 1) return;
    const entries = Array.isArray(value)
      ? value.map((item, i) => [String(i), item] as const)
      : Object.entries(value).filter(([name]) => name !== '@class');
    details.append(...entries.map(([name, item]) => node(name, item, false)));
  };
  details.addEventListener('toggle', () => {
    if (details.open) fill();
  });
  if (open) {
    details.open = true;
    fill();
  }
  return details;
};

export const jsonTree = (value: Json): HTMLElement => h('div', { class: 'json-tree' }, node(undefined, value, true));
