/** The message under a copy button: markup only. */
import { html, nothing } from 'lit';
import type { CopyState } from './copy-feedback-controller.js';
import { icon } from './icons.js';

/** A polite live region, always in the tree so that a change to it is announced. */
export function renderCopyStatus(state: CopyState, messages: Partial<Record<CopyState, string>>) {
  const message = messages[state];
  // No whitespace inside: an empty region matches :empty and takes no room.
  return html`<p part="status" class="status" role="status" aria-live="polite">${message
    ? html`${icon(state === 'copied' ? 'check' : 'info')}<span>${message}</span>`
    : nothing}</p>`;
}
