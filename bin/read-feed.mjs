/**
 * Reading a feed for the command line, as the widgets would meet it: from a
 * file, standard input or a URL, within the widgets' own size limit and
 * timeout, decoded as a browser decodes it; and what a URL's hosting headers
 * mean for the widgets.
 */
import { readFileSync, statSync } from 'node:fs';

/** A mistake in how the command was called, or input that cannot be read: exit code 2. */
export class UsageError extends Error {}

/**
 * Text from a feed, a path or a server, made safe for a terminal: control
 * characters (escape sequences could rewrite the screen) and bidirectional
 * overrides (they could reverse what a line seems to say) are shown escaped.
 */
export const printable = (text) =>
  String(text).replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/gu, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** The hosting headers worth a word, from a fetched feed's response. */
function hostingNotes(response) {
  const notes = [];
  const header = (name) => response.headers.get(name);
  if (!header('access-control-allow-origin')) {
    notes.push(
      'No Access-Control-Allow-Origin header: widgets on pages of other sites cannot read this feed. Send "Access-Control-Allow-Origin: *" (on every status, 304 and errors included) unless the widgets only run on this same site. See docs/hosting-the-feed.md.',
    );
  }
  if (!header('etag') && !header('last-modified')) {
    notes.push('No ETag or Last-Modified header: every refresh downloads the whole feed again instead of a 304 of a few hundred bytes.');
  }
  const cacheControl = header('cache-control');
  if (!cacheControl) {
    notes.push('No Cache-Control header: browsers and CDNs guess how long to keep the feed. "Cache-Control: public, max-age=60, stale-while-revalidate=600" suits a feed whose counts change every few minutes.');
  } else if (/no-store/i.test(cacheControl)) {
    notes.push(`Cache-Control: ${cacheControl}: nothing may keep a copy, so every reader's every refresh reaches your server. Prefer "public, max-age=60".`);
  }
  const type = header('content-type') ?? '';
  if (!/json/i.test(type)) notes.push(`Content-Type is "${type || 'missing'}": serve the feed as application/feed+json (or application/json).`);
  return notes;
}

/** Reads a feed from a file, standard input or a URL, within the widgets' own size limit. */
export async function readFeed(source, maxBytes, timeoutSeconds) {
  if (source === '-') {
    const chunks = [];
    let size = 0;
    for await (const chunk of process.stdin) {
      size += chunk.length;
      if (size > maxBytes) return { tooLarge: size };
      chunks.push(chunk);
    }
    return { text: decodeUtf8(Buffer.concat(chunks)), label: '<stdin>' };
  }
  if (/^https?:\/\//i.test(source)) {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), timeoutSeconds * 1000);
    try {
      const response = await fetch(source, {
        // Ask as a page on another site would, so the CORS answer can be checked.
        headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1', origin: 'https://standpoint-widgets.invalid' },
        redirect: 'follow',
        signal: controller.signal,
      });
      if (!response.ok) throw new UsageError(`${source}: HTTP ${response.status} ${response.statusText}`.trim() + ': the widgets cannot load the feed from this address.');
      const declared = Number(response.headers.get('content-length'));
      if (declared > maxBytes) return { tooLarge: declared };
      const chunks = [];
      let size = 0;
      for await (const chunk of response.body ?? []) {
        size += chunk.length;
        // Leaving the loop cancels the rest of the body.
        if (size > maxBytes) return { tooLarge: size };
        chunks.push(chunk);
      }
      return { text: decodeUtf8(Buffer.concat(chunks)), label: response.url || source, baseUrl: response.url || source, notes: hostingNotes(response) };
    } catch (error) {
      if (error instanceof UsageError) throw error;
      const reason = controller.signal.aborted ? `no answer within ${timeoutSeconds} s` : (error.cause?.message ?? error.message);
      throw new UsageError(`${source}: could not be fetched: ${reason}`);
    } finally {
      clearTimeout(timer);
    }
  }
  let info;
  try {
    info = statSync(source);
  } catch {
    throw new UsageError(`${source}: no such file`);
  }
  if (!info.isFile()) throw new UsageError(`${source}: not a file`);
  if (info.size > maxBytes) return { tooLarge: info.size };
  return { text: decodeUtf8(readFileSync(source)), label: source };
}

/** UTF-8 as a browser decodes a feed: a byte-order mark is dropped, invalid bytes become U+FFFD. */
const decodeUtf8 = (bytes) => new TextDecoder('utf-8').decode(bytes);

/** A base URL for relative addresses in a feed read from a file: its own feed_url when it has one. */
export function baseUrlOf(text, given) {
  if (given) return given;
  try {
    const feedUrl = JSON.parse(text)?.feed_url;
    if (typeof feedUrl === 'string' && /^https?:\/\//i.test(feedUrl)) return new URL(feedUrl).href;
  } catch {
    // not JSON: the validator says so
  }
  return undefined;
}
