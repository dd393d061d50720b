/**
 * For tools that help people write a feed (the builder, the command line,
 * an editor of your own): every problem in the webmaster's language, and
 * the warnings about a feed that is valid but not ready. Not part of the
 * package root, so the widgets' bundles never carry it.
 * `standpoint-widgets/feed/authoring` in package.json.
 *
 * The embed builder and the command line take from here everything of the
 * library they need besides `parseFeed`, so this is a plain list of
 * re-exports. Nothing it pulls in imports an npm package (a test walks
 * dist/feed/authoring.js to check), so a browser can load it as it is.
 */
export { describeProblem, feedProblem, problemMessage, type ProblemLanguage } from './problem-text.js';
export { lintFeed } from './lint.js';
export { joinKey } from './path.js';
export type { FeedProblem, FeedProblemCode, FeedProblemDetails, FeedProblemSeverity } from './types.js';

// What the embed builder and the command line show and offer, from the
// modules the widgets themselves use, so the tools can never word or list
// anything differently from the widgets.
export { findItem, localizeItem, type LocalizedItem } from './select.js';
export { signatoryCount } from './signatories.js';
export { DEMAND_STATUSES } from './demand-statuses.js';
export { demandStatusLabel } from '../components/standpoint-demands/demand-status.js';
export { DEFAULT_NETWORKS, NETWORK_NAMES, type ShareNetwork } from '../components/standpoint-share/share-urls.js';
export { EMBED_SECTIONS } from '../components/standpoint-embed/sections.js';
export { MAX_FEED_BYTES } from './limits.js';
export { safeUrl } from './safe-url.js';
export { UI_LOCALES, primaryLanguage, toUiLocale, type UiLocale } from '../i18n/locale.js';
export { formatNumber, pluralRules } from '../i18n/format.js';
export { en as enWidgetStrings, type UiStrings } from '../i18n/en.js';
export { uk as ukWidgetStrings } from '../i18n/uk.js';
export { LIBRARY_VERSION } from '../version.js';
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
  type Fallback,
  type SnippetAttributes,
} from '../components/standpoint-share/embed-snippet.js';
