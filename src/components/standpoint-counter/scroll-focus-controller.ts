import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * A box that scrolls must be reachable by keyboard; one that does not must
 * not add a tab stop. Whether it scrolls is read when its box changes size
 * (a ResizeObserver, after layout), never on each update: a count-up frame
 * or a refresh would otherwise force a layout of the whole list.
 */
export class ScrollFocusController implements ReactiveController {
  private observer: ResizeObserver | undefined;
  private observed: HTMLElement | undefined;

  /** Watches the element in the host's render root that matches `selector`, whenever an update adds or replaces it. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    this.watch(this.host.renderRoot.querySelector<HTMLElement>(this.selector) ?? undefined);
  }

  hostDisconnected(): void {
    this.watch(undefined);
  }

  private watch(box: HTMLElement | undefined): void {
    if (box === this.observed) return;
    this.observer?.disconnect();
    this.observed = box;
    if (!box || typeof ResizeObserver === 'undefined') return;
    this.observer ??= new ResizeObserver(([entry]) => {
      const target = entry.target as HTMLElement;
      if (target.scrollHeight > target.clientHeight + 1) {
        if (target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
      } else target.removeAttribute('tabindex');
    });
    this.observer.observe(box);
  }
}
