import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Where focus goes after the reader opens or closes the text. */
export interface RevealTargets {
  /** The opened text. */
  opened(): HTMLElement | null;
  /** The button that opens and closes it. */
  button(): HTMLElement | null;
}

/**
 * The collapsed text's "Read more / Show less" disclosure: whether the
 * reader has opened it, and where focus goes once the button has moved (it
 * sits above the rest while closed, at its end while open). Focus goes where
 * reading goes on: into the opened text, or back to the button, scrolled
 * into view. A change of the host's `collapsed` closes the text again.
 */
export class RevealController implements ReactiveController {
  /** Whether the reader has opened the text. */
  expanded = false;

  /** `collapsed` as the last update saw it. */
  private collapsed: boolean | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & { readonly collapsed: boolean },
    private readonly targets: RevealTargets,
  ) {
    host.addController(this);
  }

  hostUpdate(): void {
    // In the update itself, before render: the new `collapsed` shows the text closed, with no render of its own.
    if (this.host.collapsed !== this.collapsed) this.expanded = false;
    this.collapsed = this.host.collapsed;
  }

  /** Opens or closes the text, then moves focus (an arrow function: it is the button's click listener). */
  readonly toggle = async (): Promise<void> => {
    this.expanded = !this.expanded;
    this.host.requestUpdate();
    await this.host.updateComplete;
    const target = this.expanded ? this.targets.opened() : this.targets.button();
    target?.focus({ preventScroll: this.expanded });
    if (!this.expanded) target?.scrollIntoView({ block: 'nearest' });
  };
}
