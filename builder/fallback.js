/**
 * What the fallback inside each element of the snippet is made from. The
 * snippet itself is the library's own module
 * (src/components/standpoint-share/embed-snippet.ts, in the tools' entry
 * dist/feed/authoring.js), so that the embed builder, `standpoint-widgets
 * init` and the share card's "Embed on your site" write exactly the same
 * code; this is the one step before it that the builder and `render` share.
 */
import { localizeItem, signatoryCount } from '../dist/feed/authoring.js';

/**
 * The fallback data of one item of a valid feed in one language, for
 * `fallbackFor`: the builder's preview and snippet and the command line's
 * `render` write the same fallback.
 *
 * @param {import('../dist/feed/index.js').Feed} feed
 * @param {import('../dist/feed/index.js').FeedItem} item
 * @param {string} lang
 * @returns {Parameters<typeof import('../dist/feed/authoring.js').fallbackFor>[1]}
 */
export function fallbackData(feed, item, lang) {
  const localized = localizeItem(feed, item, lang);
  return { title: localized.title, url: item.url ?? feed.home_page_url, count: signatoryCount(localized.signatories), home: feed.home_page_url };
}
