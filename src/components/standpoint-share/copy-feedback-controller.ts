import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { copyText } from './platform.js';

/**
 * What a copy button says after a click: `copied` for a while, `refused`
 * (the text is selected in its field instead, for the reader to copy), or
 * `share-failed` when the system share sheet failed on the same row.
 */
export type CopyState = 'idle' | 'copied' | 'refused' | 'share-failed';

/** How long "Copied!" stays before the card returns to rest. */
export const CONFIRMATION_MS = 5000;

/**
 * The copy feedback of several copy buttons (the link, the embed code), each
 * named by a key. One timer serves them all: "Copied!" returns to rest
 * `confirmationMs` after the latest copy, and the timer is cleared when the
 * element leaves the page.
 */
export class CopyFeedbackController<Key extends string> implements ReactiveController {
  private readonly states = new Map<Key, CopyState>();
  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  /** `fields`: for each key, the selector of the field that holds its text, selected when the clipboard refuses. */
  constructor(
    private readonly host: ReactiveControllerHost & { readonly renderRoot: ParentNode },
    private readonly fields: Readonly<Record<Key, string>>,
    private readonly confirmationMs = CONFIRMATION_MS,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = undefined;
  }

  state(key: Key): CopyState {
    return this.states.get(key) ?? 'idle';
  }

  set(key: Key, state: CopyState): void {
    this.states.set(key, state);
    this.host.requestUpdate();
    if (state === 'copied') this.scheduleReset();
  }

  /**
   * Copies `text`; resolves whether it was copied. On refusal the same text
   * is selected in its field, for the reader to copy by hand.
   */
  async copy(key: Key, text: string): Promise<boolean> {
    this.set(key, 'idle');
    // The clipboard is called at once, inside the click, as Safari requires.
    const copied = await copyText(text);
    // Let the live region empty first, so a second copy is announced again.
    await this.host.updateComplete;
    this.set(key, copied ? 'copied' : 'refused');
    if (!copied) {
      await this.host.updateComplete;
      const field = this.host.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(this.fields[key]);
      field?.focus();
      field?.select();
    }
    return copied;
  }

  private scheduleReset(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      this.resetTimer = undefined;
      for (const [key, state] of this.states) if (state === 'copied') this.set(key, 'idle');
    }, this.confirmationMs);
  }
}
