/** The counter's live parts: the pause control (WCAG 2.2.2) and the polite announcement of a new total. Markup only. */
import { html, nothing } from 'lit';
import type { CounterStrings } from '../../i18n/en.js';
import { interpolate, plural, type PluralForms } from '../../i18n/format.js';
import { pauseIcon, playIcon } from './counter-icons.js';

/** The pause button, and while paused a note that says whether newer figures wait. */
export function renderLiveControl(t: CounterStrings, paused: boolean, waiting: boolean, onToggle: () => void) {
  return html`<div class="live">
    <button part="button" class="button pause" type="button" aria-pressed=${paused ? 'true' : 'false'} @click=${onToggle}>
      ${paused ? playIcon : pauseIcon}<span>${t.counterPause}</span>
    </button>
    ${paused ? html`<span class="live-note">${t.counterPaused}${waiting ? ` ${t.counterWaiting}` : ''}</span>` : nothing}
  </div>`;
}

/** Always in the tree, so that a change to it is announced; says only the final total of a change, never the numbers in between. */
export function renderAnnouncement(locale: string, t: CounterStrings, announced: number | undefined, forms: PluralForms) {
  const total = announced === undefined ? '' : plural(locale, announced, forms);
  return html`<p class="visually-hidden" role="status">${total ? interpolate(t.counterAnnouncement, { total }) : ''}</p>`;
}
