/** The share card's main row: copy the link, the system share sheet, the join link, and the link to copy by hand. Markup only. */
import { html, nothing, type TemplateResult } from 'lit';
import type { ShareStrings } from '../../i18n/en.js';
import { renderCopyStatus } from './copy-status.js';
import type { CopyState } from './copy-feedback-controller.js';
import { icon } from './icons.js';

/**
 * `sheet`: the system share sheet is offered (the browser has one, and the
 * card rendered in the browser); `join`: the join link, or nothing.
 */
export function renderShareActions(
  t: ShareStrings,
  url: string,
  state: CopyState,
  sheet: boolean,
  onCopy: () => void,
  onShare: () => void,
  join: TemplateResult | typeof nothing = nothing,
) {
  return html`<div part="actions" class="actions">
      <button type="button" part="button" class="button primary" @click=${onCopy}>
        ${icon(state === 'copied' ? 'check' : 'copy')}<span>${t.shareCopyLink}</span>
      </button>
      ${sheet
        ? html`<button type="button" part="button" class="button primary" @click=${onShare}>
            ${icon('share')}<span>${t.shareSystem}</span>
          </button>`
        : nothing}
      ${join}
    </div>
    ${renderCopyStatus(state, { copied: t.shareCopied, refused: t.shareCopyRefused, 'share-failed': t.shareSystemFailed })}
    ${state === 'refused'
      ? html`<div class="manual">
          <label class="label" for="manual-link">${t.shareLinkLabel}</label>
          <input id="manual-link" part="field" class="field" type="text" readonly .value=${url} @focus=${selectAll} />
        </div>`
      : nothing}`;
}

function selectAll(event: FocusEvent): void {
  (event.currentTarget as HTMLInputElement).select();
}
