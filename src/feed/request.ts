/**
 * The one way a feed is requested, shared by the feed loader (loader.ts) and
 * the script tag's loader (cdn-loader.ts), which starts a page's feed
 * requests before the widgets' code has arrived. The two are separate
 * scripts, so a request started by one is handed to the other through a
 * registry on `globalThis` (one per page, whichever copy of the library
 * made it), keyed by the feed's absolute URL: still one request per URL.
 */

/** How a request uses the HTTP cache: `default` on a first load, `no-cache` (revalidate) on a refresh. */
export type FeedCacheMode = 'default' | 'no-cache';

/** A request started ahead of the widgets, with what aborts it. */
export interface StartedFeedRequest {
  readonly response: Promise<Response>;
  readonly controller: AbortController;
}

const REGISTRY = Symbol.for('standpoint-widgets.started-feed-requests');

/** Per URL the request started ahead, or `taken` once the feed loader has it (the URL is never started ahead again). */
type Registry = Map<string, StartedFeedRequest | 'taken'>;

function registry(): Registry {
  const global = globalThis as { [REGISTRY]?: Registry };
  return (global[REGISTRY] ??= new Map());
}

/** Requests a feed: no cookies, no referrer, and the HTTP cache used as `cache` says. */
export function requestFeed(url: string, cache: FeedCacheMode, signal: AbortSignal): Promise<Response> {
  return fetch(url, {
    // No cookies and no referrer: a feed host never learns which page a reader is on.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    // `default` on a first load: a feed served with `max-age` is not asked for
    // again on a reload within it. `no-cache` on a refresh: revalidate
    // (If-None-Match / If-Modified-Since); a 304 arrives here as the cached 200.
    cache,
    // Accept is a CORS-safelisted header, so this adds no preflight.
    headers: { accept: 'application/feed+json, application/json;q=0.9, */*;q=0.1' },
    signal,
  });
}

/**
 * Starts the first request for `url` now, unless one was started already (or
 * the feed loader has had this URL: it holds the feed or requests it itself),
 * and leaves it for the feed loader to take. Never throws: a failure is the feed
 * loader's to report, as if it had made the request itself.
 */
export function startFeedRequest(url: string): void {
  const started = registry();
  if (started.has(url)) return;
  const controller = new AbortController();
  const response = requestFeed(url, 'default', controller.signal);
  // Handled by whoever takes it; until then it must not be an unhandled rejection.
  response.catch(() => undefined);
  started.set(url, { response, controller });
}

/** The request started ahead for `url`, once: the next load of that URL makes its own. */
export function takeStartedFeedRequest(url: string): StartedFeedRequest | undefined {
  const started = registry();
  const request = started.get(url);
  started.set(url, 'taken');
  return request === 'taken' ? undefined : request;
}
