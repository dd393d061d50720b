import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextListLimit } from './signatories.js';

/**
 * "Show all" for a long list: reveals the names a chunk per animation frame,
 * so a slow phone never renders 10 000 names in one frame, and stops its
 * frames when the element leaves the page.
 */
export class ListRevealController implements ReactiveController {
  /** The whole list was asked for. */
  expanded = false;
  /** Names in the DOM while the whole list is revealed chunk by chunk. */
  private limit = 0;
  private frame: number | undefined;

  /** `chunk`: names added per frame. */
  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly chunk = 1000,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.stop();
  }

  /** How many of `total` names to draw: a page, or all revealed so far. */
  shown(total: number, pageSize: number): number {
    return Math.min(total, this.expanded ? Math.max(this.limit, pageSize) : pageSize);
  }

  /** Shows all `total` names from `pageSize` on, a chunk per frame, or goes back to a page. */
  toggle(total: number, pageSize: number): void {
    this.stop();
    this.expanded = !this.expanded;
    this.host.requestUpdate();
    if (!this.expanded) return;
    const reveal = () => {
      this.limit = nextListLimit(this.limit, total, this.chunk);
      this.frame = this.limit < total ? requestAnimationFrame(reveal) : undefined;
      this.host.requestUpdate();
    };
    this.limit = pageSize;
    reveal();
  }

  /** Back to the first page (another standpoint came in). */
  collapse(): void {
    this.stop();
    this.expanded = false;
  }

  private stop(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
  }
}
