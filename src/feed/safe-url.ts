/**
 * The one rule for every URL a feed brings into an `href` or `src`, with no
 * import, so the tools' entry (feed/authoring) can carry it to a browser
 * without the schema's validation library.
 */

/** The only URL schemes a feed value may ever bring into an `href` or `src`. */
const SAFE_URL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/**
 * Resolves a URL against `base` and returns it only when its scheme is http,
 * https or mailto. The browser's own parser decides, so entity tricks,
 * control characters and mixed case are judged exactly as an `href` would
 * judge them.
 */
export function safeUrl(value: string, base: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(value, base);
  } catch {
    return undefined;
  }
  return SAFE_URL_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
}
