/**
 * The code a partner organisation pastes to show the same standpoint on its
 * own site: the CDN script and a `<standpoint-statement>` on the same feed,
 * with a plain link inside that works before (or without) any script.
 */
import { LIBRARY_VERSION } from '../../version.js';

/** The self-contained script-tag bundle of this very version, on jsDelivr. */
export const CDN_SCRIPT_URL = `https://cdn.jsdelivr.net/npm/standpoint-widgets@${LIBRARY_VERSION}/dist/cdn/standpoint-widgets.js`;

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]);
}

export interface EmbedSnippetOptions {
  /** Absolute URL of the feed. */
  feedUrl: string;
  /** Item id, so the partner keeps showing this standpoint when the feed gains newer items. */
  itemId?: string;
  /** Where the fallback link goes: the standpoint's own page. */
  linkUrl?: string;
  /** Text of the fallback link. */
  linkText: string;
  /** Script URL; the jsDelivr bundle of this version by default. */
  scriptUrl?: string;
}

/** The HTML to paste, every value escaped. */
export function buildEmbedSnippet({ feedUrl, itemId, linkUrl, linkText, scriptUrl = CDN_SCRIPT_URL }: EmbedSnippetOptions): string {
  const item = itemId ? ` item="${escapeHtml(itemId)}"` : '';
  const fallback = linkUrl ? `\n  <a href="${escapeHtml(linkUrl)}">${escapeHtml(linkText)}</a>\n` : '';
  return (
    `<script type="module" src="${escapeHtml(scriptUrl)}"></script>\n` +
    `<standpoint-statement src="${escapeHtml(feedUrl)}"${item}>${fallback}</standpoint-statement>`
  );
}
