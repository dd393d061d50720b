import type { FeedErrorCode, FeedItem, FeedProblem, Feed } from './feed/types.js';

export interface StandpointLoadDetail {
  /** The feed URL, or '' for data given through the `feed` property or inline JSON. */
  readonly url: string;
  readonly feed: Feed;
  /** The item the widget shows. */
  readonly item: FeedItem;
  /** Warnings: parts of the feed that were dropped or kept as written. */
  readonly problems: readonly FeedProblem[];
}

/** Fired when a widget has rendered new data (the first load and each changed refresh). */
export class StandpointLoadEvent extends Event {
  static readonly type = 'standpoint-load';
  constructor(readonly detail: StandpointLoadDetail) {
    super(StandpointLoadEvent.type, { bubbles: true, composed: true });
  }
}

export interface StandpointErrorDetail {
  readonly code: FeedErrorCode;
  readonly message: string;
  /** The feed URL, or '' for data given through the `feed` property or inline JSON. */
  readonly url: string;
  /**
   * `true` when the widget still shows an earlier good copy of the feed (a
   * refresh failed); `false` when it fell back to its light-DOM content.
   */
  readonly stale: boolean;
  readonly problems: readonly FeedProblem[];
}

/** Fired when a feed cannot be loaded or used. */
export class StandpointErrorEvent extends Event {
  static readonly type = 'standpoint-error';
  constructor(readonly detail: StandpointErrorDetail) {
    super(StandpointErrorEvent.type, { bubbles: true, composed: true });
  }
}

export interface StandpointShareDetail {
  /**
   * What the reader did: a network of `<standpoint-share networks>`
   * (`telegram`, `email`, `fediverse` …), `copy`, `system` (the browser's
   * share sheet) or `embed` (the embed code was copied).
   */
  readonly network: string;
  /** The URL that was shared, campaign parameters included. */
  readonly url: string;
}

/**
 * Fired when a reader takes a share action, so a site may count shares itself
 * if it wants to; the widget itself counts nothing and tells no one.
 */
export class StandpointShareEvent extends Event {
  static readonly type = 'standpoint-share';
  constructor(readonly detail: StandpointShareDetail) {
    super(StandpointShareEvent.type, { bubbles: true, composed: true });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'standpoint-load': StandpointLoadEvent;
    'standpoint-error': StandpointErrorEvent;
    'standpoint-share': StandpointShareEvent;
  }
}
