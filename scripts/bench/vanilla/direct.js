/**
 * The second baseline: the widget's finished shadow DOM written directly,
 * as the least a page could do to show it. The runner renders each widget
 * once, takes its shadow root's HTML (Lit's comment markers left out), the
 * values it set as properties and the attributes it put on its host, and
 * hands them to this page; a run then reads the feed (one request and one
 * `JSON.parse` per URL, as the hand-written baseline does), attaches a
 * shadow root that adopts the widget's own CSS as constructed style sheets
 * and sets its `innerHTML`. No text is formatted, nothing is validated:
 * the ratio against this baseline is the whole price of building the view.
 */
import { shadowFor } from './dom.js';

/** @typedef {{ html: string, host: [string, string][], values: string[] }} DirectMarkup */

/** @type {Record<string, DirectMarkup>} */
const markupByTag = {};

/** @param {Record<string, DirectMarkup>} markup  by widget tag */
export function setDirectMarkup(markup) {
  Object.assign(markupByTag, markup);
}

/** The form fields whose values a widget sets as properties, in document order. */
export const VALUE_FIELDS = 'textarea, input, progress';

/**
 * What `renderDirect` needs of a rendered widget, taken in the page that rendered it.
 *
 * @param {Element} widget
 * @returns {DirectMarkup}
 */
export function directMarkupOf(widget) {
  const root = /** @type {ShadowRoot} */ (widget.shadowRoot);
  return {
    html: root.innerHTML.replace(/<!--[^]*?-->/g, ''),
    host: [...widget.attributes].map(({ name, value }) => [name, value]),
    values: [...root.querySelectorAll(VALUE_FIELDS)].map((field) => String(/** @type {HTMLInputElement} */ (field).value)),
  };
}

async function loadFeed(url) {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  return JSON.parse(await response.text());
}

/**
 * Renders every host (already in the document) from its widget's markup,
 * once its feed has been read. `tagOf(host)` names the widget it stands for.
 *
 * @param {Element[]} hosts
 * @param {(host: Element) => string} tagOf
 */
export async function renderDirect(hosts, tagOf) {
  const feeds = new Map();
  const urls = hosts.map((host) => new URL(/** @type {string} */ (host.getAttribute('src')), document.baseURI).href);
  for (const url of urls) if (!feeds.has(url)) feeds.set(url, loadFeed(url));
  await Promise.all(
    hosts.map(async (host, index) => {
      await feeds.get(urls[index]);
      const tag = tagOf(host);
      const markup = markupByTag[tag];
      if (!markup) throw new Error(`no markup of <${tag}> was given`);
      for (const [name, value] of markup.host) if (!host.hasAttribute(name)) host.setAttribute(name, value);
      const root = shadowFor(host, tag);
      root.innerHTML = markup.html;
      const fields = root.querySelectorAll(VALUE_FIELDS);
      markup.values.forEach((value, field) => void (/** @type {HTMLInputElement} */ (fields[field]).value = value));
    }),
  );
}
