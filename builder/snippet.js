/**
 * The HTML a webmaster pastes: one pinned module script with its SRI hash,
 * then the elements, each with a fallback inside. The library's own module
 * (src/components/standpoint-share/embed-snippet.ts, re-exported by the
 * tools' entry dist/feed/authoring.js), so that the embed builder,
 * `standpoint-widgets init` and the share card's "Embed on your site" write
 * exactly the same code.
 */
import { localizeItem, signatoryCount } from '../dist/feed/authoring.js';

export {
  ALL_WIDGETS,
  ALL_WIDGETS_BUNDLE,
  PACKAGE_NAME,
  WIDGETS,
  bundleFor,
  buildSnippet,
  cdnUrl,
  escapeHtml,
  fallbackFor,
} from '../dist/feed/authoring.js';

/**
 * What the fallback of each element is made from, for one item of a valid
 * feed in one language: the builder's preview and snippet and the command
 * line's `render` write the same fallback.
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
