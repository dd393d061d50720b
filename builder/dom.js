// @ts-check
/**
 * The builder's one element factory, shared by the checker and the editor:
 * the page runs under a strict CSP with Trusted Types, so every node is made
 * with the DOM and every string becomes a text node, never markup.
 */
import { t } from './language.js';

/** @typedef {Node | string | false | null | undefined} Child */

/**
 * `h('p', { class: 'fix' }, 'text', child)`: an attribute that is
 * `undefined` or `false` is left out, `true` is written empty.
 *
 * @param {string} tag
 * @param {Record<string, string | boolean | number | undefined>} [attributes]
 * @param {...Child} children
 * @returns {HTMLElement}
 */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  element.append(.../** @type {(Node | string)[]} */ (children.filter((child) => child !== false && child !== null && child !== undefined)));
  return element;
}

/**
 * An element whose text is the strings.js text `key`, kept in the builder's
 * language when it changes (language.js rewrites every `data-i18n`).
 *
 * @param {string} tag
 * @param {string} key
 * @param {Record<string, string | boolean | number | undefined>} [attributes]
 */
export const text = (tag, key, attributes = {}) => h(tag, { ...attributes, 'data-i18n': key }, t(key));
