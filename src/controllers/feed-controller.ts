import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { FeedError, problemLine, unusableFeedError, warnOnce } from '../feed/errors.js';
import { subscribeToFeed, type FeedSnapshot } from '../feed/loader.js';
import { findItem, localizeItem, type LocalizedItem } from '../feed/select.js';
import type { Feed, FeedItem, FeedProblem } from '../feed/types.js';
import { parseFeed, validateFeed, type FeedValidation } from '../feed/validate.js';
import { StandpointErrorEvent, StandpointLoadEvent } from '../events.js';

/** What a widget tells its feed controller; `StandpointElement` provides it. */
export interface FeedSource extends ReactiveControllerHost, HTMLElement {
  /** Feed URL, resolved against the document. */
  src: string;
  /** Item id; '' for the first item. */
  item: string;
  /** Seconds between refreshes; 0 = never. */
  refresh: number;
  /** Feed data given directly (frameworks); wins over inline JSON and `src`. */
  feed?: unknown;
}

export type FeedStatus = 'pending' | 'complete' | 'error';

type Source =
  | { kind: 'property'; value: unknown }
  | { kind: 'inline'; text: string }
  | { kind: 'url'; url: string; refresh: number }
  | { kind: 'none'; reason: string };

const INLINE_FEED_SELECTOR = ':scope > script[type="application/json"]';

/**
 * Why a widget has nothing to show, worded for every way of giving it data:
 * frameworks set the `feed` property, pages write the `src` attribute.
 */
const NO_SOURCE_REASON =
  'no feed was given: set its src attribute to the URL of a feed or its feed property to the feed data (or give it an inline <script type="application/json"> child)';

/**
 * What identifies the content of feed data given as a property: its JSON
 * text, so that a new but equal object (a framework re-rendering with
 * `feed={{ ...data }}`) changes nothing. One linear walk of data the
 * validator walks anyway. Data JSON cannot write (a cycle, a BigInt) is
 * identified by the object itself.
 */
function propertyKey(value: unknown): unknown {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? value : `property:${text}`;
  } catch {
    return value;
  }
}

// The last inline feed parsed: the widgets that share one data script on a page parse it once.
let lastInline: { text: string; validation: FeedValidation } | undefined;

function parseInline(text: string): FeedValidation {
  if (lastInline?.text !== text) lastInline = { text, validation: parseFeed(text) };
  return lastInline.validation;
}

/** Runs `callback` in a task of its own (not a microtask: those all run in the task that queued them). */
const inOwnTask = (callback: () => void): void => void setTimeout(callback, 0);

// Whether a widget has already taken a snapshot from the loader in the
// current task; reset by a microtask, which runs once that task's code is done.
let tookSnapshotInThisTask = false;

/** Names the ids there are, so a webmaster sees at once what `item` can be. */
function noSuchItemMessage(feed: Feed, id: string): string {
  if (feed.items.length === 0) return 'the feed has no items: add one to "items"';
  const ids = feed.items.slice(0, 10).map((item) => JSON.stringify(item.id));
  const more = feed.items.length > ids.length ? `, and ${feed.items.length - ids.length} more` : '';
  return `the feed has no item with id ${JSON.stringify(id)}: set item to one of the ids it has (${ids.join(', ')}${more})`;
}

/**
 * Connects one widget to its feed: the `feed` property, an inline
 * `<script type="application/json">` child, or the shared loader for `src`.
 * It selects the item, fires `standpoint-load` / `standpoint-error`, and
 * lets `render()` branch on the status, as `@lit/task` does for one-off tasks.
 */
export class FeedController implements ReactiveController {
  status: FeedStatus = 'pending';
  /** The feed shown; during a failed refresh, the last good one. */
  feed: Feed | undefined;
  /** The raw item shown. */
  item: FeedItem | undefined;
  /** The current error: with `status: 'error'` nothing can be shown; with `'complete'` a refresh failed. */
  error: FeedError | undefined;
  problems: readonly FeedProblem[] = [];
  /** The absolute feed URL, or '' for property and inline data. */
  url = '';

  private sourceKey: unknown;
  /** The `feed` object last read and its key: an unchanged object is not serialised again. */
  private propertySeen: { value: unknown; key: unknown } | undefined;
  /** How console messages name a feed that has no URL. */
  private sourceLabel = 'feed';
  private unsubscribe: (() => void) | undefined;
  /** Identifies the current loader subscription; a deferred snapshot of an older one is dropped. */
  private subscription: object | undefined;
  /** The newest snapshot from the loader, waiting for this widget's own task. */
  private deferred: { snapshot: FeedSnapshot; subscription: object } | undefined;
  private snapshot: FeedSnapshot | undefined;
  private announced: { feed?: Feed; item?: FeedItem; error?: FeedError } = {};
  private selectedFrom: { snapshot?: FeedSnapshot; itemId?: string } = {};
  private localized: { key: unknown[]; value: LocalizedItem } | undefined;

  constructor(private readonly host: FeedSource) {
    host.addController(this);
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.propertySeen = undefined;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscription = undefined;
    this.sourceKey = undefined;
  }

  hostUpdate(): void {
    this.sync();
    this.select();
  }

  /** Renders by status: `complete` gets the item localised for `lang`. */
  render<T>(lang: string, renderers: { pending: () => T; complete: (item: LocalizedItem) => T; error: (error: FeedError) => T }): T {
    if (this.status === 'complete' && this.feed && this.item) return renderers.complete(this.localize(lang));
    if (this.status === 'error' && this.error) return renderers.error(this.error);
    return renderers.pending();
  }

  /** The view model of the shown item for a reader's language; undefined until there is one to show. */
  view(lang: string): LocalizedItem | undefined {
    return this.status === 'complete' && this.feed && this.item ? this.localize(lang) : undefined;
  }

  /** The shown item for a reader's language; the same object until feed, item, source or language change. */
  private localize(lang: string): LocalizedItem {
    const key = [this.feed, this.item, lang, this.url, this.problems];
    if (!this.localized || this.localized.key.some((part, index) => part !== key[index])) {
      const context = { sourceUrl: this.url, pageUrl: isServer ? undefined : document.baseURI, problems: this.problems };
      this.localized = { key, value: localizeItem(this.feed as Feed, this.item as FeedItem, lang, context) };
    }
    return this.localized.value;
  }

  private currentSource(): Source {
    const { host } = this;
    if (host.feed !== undefined && host.feed !== null) return { kind: 'property', value: host.feed };
    const inline = host.querySelector(INLINE_FEED_SELECTOR);
    if (inline) return { kind: 'inline', text: inline.textContent ?? '' };
    if (!host.src) return { kind: 'none', reason: NO_SOURCE_REASON };
    if (host.src.startsWith('#')) {
      // Data written once on the page for several widgets (`renderFeedData` of standpoint-widgets/ssr).
      const script = document.getElementById(host.src.slice(1));
      return script?.matches('script[type="application/json"]')
        ? { kind: 'inline', text: script.textContent ?? '' }
        : { kind: 'none', reason: `src="${host.src}" names no <script type="application/json"> on the page` };
    }
    try {
      const url = new URL(host.src, document.baseURI).href;
      const refresh = Number(host.refresh);
      return { kind: 'url', url, refresh: Number.isFinite(refresh) && refresh > 0 ? refresh : 0 };
    } catch {
      return { kind: 'none', reason: `src="${host.src}" is not a URL` };
    }
  }

  /** Subscribes anew only when the source itself changed. */
  private sync(): void {
    // The server renderer never connects an element and must not fetch: there,
    // only data given as the `feed` property is rendered; anything else stays pending.
    if (isServer ? this.host.feed === undefined || this.host.feed === null : !this.host.isConnected) return;
    const source = this.currentSource();
    const key =
      source.kind === 'property' ? this.keyOfProperty(source.value)
      : source.kind === 'inline' ? `inline:${source.text}`
      : source.kind === 'url' ? `url:${source.url}|${source.refresh}`
      : `none:${source.reason}`;
    if (key === this.sourceKey) return;
    this.sourceKey = key;
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.subscription = undefined;
    this.url = source.kind === 'url' ? source.url : '';
    this.sourceLabel = source.kind === 'inline' ? 'inline feed' : source.kind === 'property' ? 'feed property' : 'feed';

    switch (source.kind) {
      case 'url': {
        // What the loader already has is shown in this update; what arrives
        // later is shown in a task of this widget's own.
        const subscription = {};
        let subscribing = true;
        this.subscription = subscription;
        this.unsubscribe = subscribeToFeed(source.url, source.refresh, (snapshot) =>
          subscribing ? this.receive(snapshot) : this.receiveInOwnTask(snapshot, subscription),
        );
        subscribing = false;
        break;
      }
      case 'property':
      case 'inline': {
        const { feed, problems } =
          source.kind === 'inline' ? parseInline(source.text) : validateFeed(source.value);
        this.receive(feed ? { status: 'complete', feed, problems } : { status: 'error', problems, error: unusableFeedError(problems) });
        break;
      }
      case 'none': {
        // Frameworks connect an element first and set its `feed` property
        // right after, in the same task (React, Vue, Angular, lit-html's
        // `.feed=`): only a widget that still has no source once that task
        // is over has none.
        const waitingFor = key;
        inOwnTask(() => {
          if (this.sourceKey === waitingFor && this.host.isConnected) {
            this.receive({ status: 'error', problems: [], error: new FeedError('no-source', source.reason) });
          }
        });
        break;
      }
    }
  }

  private keyOfProperty(value: unknown): unknown {
    let seen = this.propertySeen;
    if (!seen || seen.value !== value) this.propertySeen = seen = { value, key: propertyKey(value) };
    return seen.key;
  }

  /**
   * A snapshot the loader delivers to every widget on the feed at once: the
   * first widget takes it at once (a page with one widget waits for nothing),
   * each further one in a task of its own, so that not all of them render
   * in the one task that parsed the feed and an old phone stays responsive
   * (and can paint) between them. Only the newest snapshot waiting is taken.
   */
  private receiveInOwnTask(snapshot: FeedSnapshot, subscription: object): void {
    if (!tookSnapshotInThisTask) {
      tookSnapshotInThisTask = true;
      queueMicrotask(() => (tookSnapshotInThisTask = false));
      // A snapshot still waiting for its task is older than this one.
      this.deferred = undefined;
      this.receive(snapshot);
      return;
    }
    const scheduled = this.deferred !== undefined;
    this.deferred = { snapshot, subscription };
    if (scheduled) return;
    inOwnTask(() => {
      const deferred = this.deferred;
      this.deferred = undefined;
      if (deferred && deferred.subscription === this.subscription) this.receive(deferred.snapshot);
    });
  }

  private receive(snapshot: FeedSnapshot): void {
    this.snapshot = snapshot;
    const where = this.url || this.sourceLabel;
    for (const problem of snapshot.problems) warnOnce(`${where}: ${problemLine(problem)}`);
    this.select();
    this.host.requestUpdate();
  }

  /** Chooses the item from the current snapshot; runs again when `item` changes. */
  private select(): void {
    const snapshot = this.snapshot;
    if (!snapshot || (snapshot === this.selectedFrom.snapshot && this.host.item === this.selectedFrom.itemId)) return;
    this.selectedFrom = { snapshot, itemId: this.host.item };
    this.problems = snapshot.problems;
    this.feed = snapshot.feed;
    this.error = snapshot.error;
    this.item = snapshot.feed ? findItem(snapshot.feed, this.host.item) : undefined;
    if (snapshot.feed && !this.item) {
      this.status = 'error';
      this.error = new FeedError('no-such-item', noSuchItemMessage(snapshot.feed, this.host.item));
    } else {
      this.status = snapshot.status;
    }
    this.announce();
  }

  /** Fires each event once per change, after the widget has rendered it. */
  private announce(): void {
    const { feed, item, error } = this;
    const changedData = this.status === 'complete' && (feed !== this.announced.feed || item !== this.announced.item);
    const changedError = error !== undefined && error !== this.announced.error;
    this.announced = { feed, item, error };
    if (!changedData && !changedError) return;
    const url = this.url;
    const stale = this.status === 'complete';
    if (changedError) {
      const tag = this.host.localName;
      warnOnce(`<${tag}> ${stale ? 'keeps the last good copy of' : 'could not show'} ${url || `its ${this.sourceLabel}`}: ${error.message}`);
    }
    void this.host.updateComplete.then(() => {
      if (changedData && feed && item) {
        this.host.dispatchEvent(new StandpointLoadEvent({ url, feed, item, problems: this.problems }));
      }
      if (changedError) {
        this.host.dispatchEvent(
          new StandpointErrorEvent({ code: error.code, message: error.message, url, stale, problems: error.problems }),
        );
      }
    });
  }
}
