import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalizedItem } from '../../feed/select.js';
import type { Demand, FeedItem } from '../../feed/types.js';
import { diffDemandStatuses, type DemandChange } from './demand-status.js';

/** How long a demand whose status just changed stays marked. */
export const HIGHLIGHT_MS = 4000;

/** What the controller reads of the view model: the item, its demands and where the feed came from. */
export type ShownDemands = Pick<LocalizedItem, 'item' | 'demands' | 'sourceUrl'>;

/**
 * Notices when a refresh brings a new copy of the same item (same feed,
 * same id) whose demands changed status: it keeps those changes for the
 * live region until the next ones, and marks the changed demands for
 * `highlightMs`. A different item, or the first one shown, is no change.
 */
export class StatusChangeController implements ReactiveController {
  /** The status changes the last refresh brought, for the live region. */
  changes: readonly DemandChange[] = [];

  /** Ids of demands marked as just changed. */
  private highlighted: ReadonlySet<string> = new Set();
  private shown: { key: string; item: FeedItem; demands: readonly Demand[] } | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly view: () => ShownDemands | undefined,
    private readonly highlightMs = HIGHLIGHT_MS,
  ) {
    host.addController(this);
  }

  /** Whether the demand `id` is marked as just changed. */
  isHighlighted(id: string): boolean {
    return this.highlighted.has(id);
  }

  // After the feed controller's hostUpdate (added first, so the item is current) and before render.
  hostUpdate(): void {
    const view = this.view();
    if (!view || this.shown?.item === view.item) return;
    const previous = this.shown;
    const { item, demands } = view;
    this.shown = { key: `${view.sourceUrl}\n${item.id}`, item, demands };
    if (!previous || previous.key !== this.shown.key) return;
    const changes = diffDemandStatuses(previous.demands, demands);
    if (changes.length === 0) return;
    this.changes = changes;
    this.highlighted = new Set(changes.map((change) => change.id));
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.unmark(), this.highlightMs);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.unmark();
  }

  private unmark(): void {
    this.highlighted = new Set();
    this.host.requestUpdate();
  }
}
