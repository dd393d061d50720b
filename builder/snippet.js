/**
 * The HTML a webmaster pastes: one pinned module script with its SRI hash,
 * then the elements, each with a fallback inside. The library's own module
 * (src/components/standpoint-share/embed-snippet.ts, built into dist/), so
 * that the embed builder, `standpoint-widgets init` and the share card's
 * "Embed on your site" write exactly the same code.
 */
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
} from '../dist/components/standpoint-share/embed-snippet.js';
