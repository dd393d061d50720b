/**
 * The hand-written baselines as a page uses them: one request and one
 * `JSON.parse` per feed URL, however many hosts read it (as a careful
 * hand-written embed would do), then one builder per widget.
 *
 * What the baselines do not do, and the widgets do: validate the feed
 * against the schema (they trust it), re-render on refresh, react to
 * attribute and language changes. The benchmark's ratio is the price of
 * those, of Lit, and of the custom-element machinery together.
 */
import { findItem, localizeItem } from '/dist/feed/select.js';
import { readerLanguage } from './dom.js';
import { renderCounter } from './counter.js';
import { renderDemands } from './demands.js';
import { renderShare } from './share.js';
import { renderStatement } from './statement.js';

export { setWidgetStyles } from './dom.js';

/** The baseline host for a widget tag: `standpoint-demands` → `vanilla-demands`. */
export const baselineTag = (widgetTag) => widgetTag.replace(/^standpoint-/, 'vanilla-');

async function loadFeed(url) {
  const response = await fetch(url, { credentials: 'omit' });
  if (!response.ok) throw new Error(`HTTP ${response.status} for ${url}`);
  const feed = JSON.parse(await response.text());
  if (!feed || !Array.isArray(feed.items)) throw new Error(`${url} is not a JSON Feed`);
  return feed;
}

/** Renders every baseline host (already in the document) from the feed of its `src`. */
export async function renderBaselines(hosts) {
  const feeds = new Map();
  const urls = hosts.map((host) => new URL(host.getAttribute('src'), document.baseURI).href);
  for (const url of urls) if (!feeds.has(url)) feeds.set(url, loadFeed(url));
  await Promise.all(
    hosts.map(async (host, index) => {
      const url = urls[index];
      const feed = await feeds.get(url);
      // The benchmark's feeds always have the item its pages ask for.
      const item = localizeItem(feed, /** @type {import('/dist/feed/types.js').FeedItem} */ (findItem(feed, host.getAttribute('item'))), readerLanguage(host));
      switch (host.localName) {
        case 'vanilla-statement':
          return renderStatement(host, item, feed);
        case 'vanilla-demands':
          return renderDemands(host, item);
        case 'vanilla-counter':
          return renderCounter(host, item, feed, {
            list: host.hasAttribute('list'),
            chart: host.hasAttribute('chart'),
            pageSize: Number(host.getAttribute('page-size') ?? 20),
          });
        case 'vanilla-share':
          return renderShare(host, item, url);
        default:
          throw new Error(`no baseline for <${host.localName}>`);
      }
    }),
  );
}
