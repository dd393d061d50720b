/**
 * The shared feed loader: one entry per feed URL, however many elements use
 * it. An entry holds the request in flight, the last good feed, its
 * subscribers and the one refresh timer. It knows nothing of the widgets.
 */
import { FeedError, unusableFeedError } from './errors.js';
import { MAX_FEED_BYTES } from './limits.js';
import type { Feed, FeedProblem } from './types.js';
import { requestFeed, takeStartedFeedRequest } from './request.js';
import { parseFeed } from './validate.js';

/** What a subscriber is told whenever a feed URL's state changes. */
export interface FeedSnapshot {
  readonly status: 'pending' | 'complete' | 'error';
  /** The last good feed; kept when a later refresh fails. */
  readonly feed?: Feed;
  /** Warnings of the last good feed. */
  readonly problems: readonly FeedProblem[];
  /** The last failure; with `status: 'complete'` a refresh failed and `feed` is stale. */
  readonly error?: FeedError;
}

export type FeedListener = (snapshot: FeedSnapshot) => void;

/** Tuning shared by all feeds on the page. */
export interface FeedLoaderOptions {
  /**
   * The shortest interval between two requests for one URL, whatever
   * `refresh` asks for. Thousands of readers polling a small NGO's server
   * must not take it down.
   */
  minRefreshSeconds: number;
  /** A request that has not finished by then is aborted. */
  timeoutSeconds: number;
  /** A feed body larger than this is refused. */
  maxBytes: number;
  /** After repeated failures, the longest wait before the next try. */
  maxBackoffSeconds: number;
}

export const feedLoaderOptions: FeedLoaderOptions = {
  minRefreshSeconds: 30,
  timeoutSeconds: 15,
  maxBytes: MAX_FEED_BYTES,
  maxBackoffSeconds: 60 * 60,
};

/** Changes the loader's tuning for every feed on the page (tests, or a server that can take more). */
export function configureFeedLoader(options: Partial<FeedLoaderOptions>): void {
  Object.assign(feedLoaderOptions, options);
}

interface Subscription {
  readonly refreshSeconds: number;
  readonly listener: FeedListener;
}

/**
 * Reads a response body up to a size cap. The Content-Length header is
 * checked first, but it may be absent or lie, so bytes are counted too.
 */
async function readCapped(response: Response, maxBytes: number): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  if (declared > maxBytes) throw new FeedError('too-large', `the feed is ${declared} bytes; the limit is ${maxBytes}`);
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new FeedError('too-large', `the feed is over the limit of ${maxBytes} bytes`);
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/**
 * Says what came instead of a feed, in words a webmaster acts on: an empty
 * file, an HTML page (an error page or the wrong URL), or another kind of
 * file. The parser's own message is kept for anything else.
 */
function notJsonMessage(body: string, contentType: string | null, parserMessage: string): string {
  const type = contentType?.split(';')[0].trim().toLowerCase() ?? '';
  if (body.trim() === '') return 'the server sent an empty file instead of the feed';
  if (type === 'text/html' || /^\s*</.test(body)) {
    return `the server sent an HTML page${type ? ` (${type})` : ''} instead of the feed: check that src points at the feed file`;
  }
  if (type && !/json|^text\/plain$|^application\/octet-stream$/.test(type)) return `the server sent ${type} instead of a JSON feed`;
  return parserMessage;
}

class FeedEntry {
  snapshot: FeedSnapshot = { status: 'pending', problems: [] };
  readonly subscriptions = new Set<Subscription>();
  private inFlight: Promise<void> | undefined;
  private abortController: AbortController | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private lastAttemptAt = 0;
  private lastBody: string | undefined;
  /** Whether a request was made for this URL already: the first uses the HTTP cache as it is, later ones revalidate. */
  private requested = false;

  constructor(readonly url: string) {}

  /** Seconds between requests: the shortest any subscriber asks for, never below the floor. 0: never. */
  private interval(): number {
    let shortest = Infinity;
    for (const { refreshSeconds } of this.subscriptions) {
      if (refreshSeconds > 0) shortest = Math.min(shortest, refreshSeconds);
    }
    return shortest === Infinity ? 0 : Math.max(shortest, feedLoaderOptions.minRefreshSeconds);
  }

  add(subscription: Subscription): void {
    this.subscriptions.add(subscription);
    if (this.snapshot.status !== 'pending') subscription.listener(this.snapshot);
    if (this.inFlight) return;
    // A failed load is never served from memory: a new element tries again.
    if (this.snapshot.status !== 'complete') void this.load();
    else this.schedule();
  }

  remove(subscription: Subscription): void {
    this.subscriptions.delete(subscription);
    if (this.subscriptions.size > 0) {
      this.schedule();
      return;
    }
    this.stop();
  }

  /** Stops polling; a request under way is aborted. */
  stop(): void {
    this.pause();
    this.abortController?.abort();
  }

  /** Stops polling but lets a request under way finish (a hidden tab still gets its first load). */
  pause(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }

  /** Sets the one timer for the next request, or none while hidden or unused. */
  schedule(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.subscriptions.size === 0 || this.inFlight || document.visibilityState === 'hidden') return;
    const every = this.interval();
    if (every === 0) return;
    let waitSeconds = every;
    if (this.failures > 0) {
      const backoff = Math.min(every * 2 ** (this.failures - 1), Math.max(every, feedLoaderOptions.maxBackoffSeconds));
      // Jitter spreads the retries of many readers after one outage of the server.
      waitSeconds = backoff * (0.5 + Math.random() * 0.5);
    }
    const dueIn = Math.max(0, this.lastAttemptAt + waitSeconds * 1000 - Date.now());
    this.timer = setTimeout(() => void this.load(), dueIn);
  }

  /** Fetches the feed now, unless a request is already under way. */
  load(): Promise<void> {
    this.inFlight ??= this.fetchAndValidate().finally(() => {
      this.inFlight = undefined;
      this.abortController = undefined;
      this.schedule();
    });
    return this.inFlight;
  }

  private async fetchAndValidate(): Promise<void> {
    clearTimeout(this.timer);
    this.lastAttemptAt = Date.now();
    // The script tag's loader may have started the first request already, in
    // parallel with the widgets' code; it is taken over as if made here.
    const started = this.requested ? undefined : takeStartedFeedRequest(this.url);
    const controller = started?.controller ?? new AbortController();
    this.abortController = controller;
    let timedOut = false;
    const timeout = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, feedLoaderOptions.timeoutSeconds * 1000);
    try {
      const cache = this.requested ? 'no-cache' : 'default';
      this.requested = true;
      const response = await (started?.response ?? requestFeed(this.url, cache, controller.signal));
      if (!response.ok) throw new FeedError('http', `HTTP ${response.status} ${response.statusText}`.trim());
      const body = await readCapped(response, feedLoaderOptions.maxBytes);
      this.failures = 0;
      // Unchanged since last time: nothing to validate, nobody to re-render.
      if (body === this.lastBody && this.snapshot.status === 'complete') return;
      const { feed, problems } = parseFeed(body, response.url || this.url);
      if (!feed) {
        throw unusableFeedError(problems, (message) => notJsonMessage(body, response.headers.get('content-type'), message));
      }
      this.lastBody = body;
      this.publish({ status: 'complete', feed, problems });
    } catch (caught) {
      if (controller.signal.aborted && !timedOut) return; // stopped: no subscriber is left to tell
      this.failures += 1;
      const error =
        caught instanceof FeedError
          ? caught
          : timedOut
            ? new FeedError('timeout', `no answer within ${feedLoaderOptions.timeoutSeconds} s`)
            : new FeedError(
                'network',
                // The browser tells scripts nothing more (by design); its own console line says which it was.
                `the request failed (${(caught as Error)?.message || 'network error'}): the server could not be reached, does not let this site read the feed (CORS), or redirects in a loop`,
              );
      const previous = this.snapshot;
      // A failed refresh keeps the last good feed on screen.
      this.publish(
        previous.feed
          ? { status: 'complete', feed: previous.feed, problems: previous.problems, error }
          : { status: 'error', problems: [], error },
      );
    } finally {
      clearTimeout(timeout);
    }
  }

  private publish(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    for (const { listener } of [...this.subscriptions]) {
      try {
        listener(snapshot);
      } catch (error) {
        // One broken subscriber must not starve the others or reach the host page.
        console.error(error);
      }
    }
  }
}

const entries = new Map<string, FeedEntry>();

function onVisibilityChange(): void {
  for (const entry of entries.values()) {
    if (document.visibilityState === 'hidden') entry.pause();
    else entry.schedule();
  }
}

/**
 * Subscribes to a feed URL. The listener is called with the current state
 * (when there is one) and after every change. Returns the unsubscribe
 * function; when the last subscriber of a URL leaves, its polling stops.
 *
 * @param url an absolute URL
 * @param refreshSeconds how often this subscriber wants fresh data; 0 = never
 */
export function subscribeToFeed(url: string, refreshSeconds: number, listener: FeedListener): () => void {
  // Adding the same listener again is a no-op; it is removed when no feed has a subscriber left.
  document.addEventListener('visibilitychange', onVisibilityChange);
  let entry = entries.get(url);
  if (!entry) {
    entry = new FeedEntry(url);
    entries.set(url, entry);
  }
  const subscription: Subscription = {
    refreshSeconds: Number.isFinite(refreshSeconds) && refreshSeconds > 0 ? refreshSeconds : 0,
    listener,
  };
  entry.add(subscription);
  const subscribed = entry;
  return () => {
    subscribed.remove(subscription);
    // Only good feeds are remembered for the next element; failures are retried.
    if (subscribed.subscriptions.size === 0 && subscribed.snapshot.status !== 'complete') {
      entries.delete(url);
    }
    if (![...entries.values()].some((entry) => entry.subscriptions.size > 0)) {
      document.removeEventListener('visibilitychange', onVisibilityChange);
    }
  };
}

/** Fetches a feed URL again now (for example after the publisher edited it). */
export function reloadFeed(url: string): Promise<void> {
  return entries.get(url)?.load() ?? Promise.resolve();
}

/** @internal Forgets every feed and stops all polling; for tests. */
export function resetFeedCache(): void {
  for (const entry of entries.values()) entry.stop();
  entries.clear();
}
