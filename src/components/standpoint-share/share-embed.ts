/** The share card's "Embed on your site" disclosure: the widget choice, the code and its copy button. Markup only. */
import { html } from 'lit';
import type { ShareStrings } from '../../i18n/en.js';
import { renderCopyStatus } from './copy-status.js';
import type { CopyState } from './copy-feedback-controller.js';
import type { EmbeddedWidget } from './embed-snippet.js';
import { icon } from './icons.js';

/** `widget`: the widget the snippet embeds, chosen with `onChoice`. */
export function renderShareEmbed(t: ShareStrings, snippet: string, widget: EmbeddedWidget, state: CopyState, onChoice: (event: Event) => void, onCopy: () => void) {
  const choices: [EmbeddedWidget, string][] = [
    ['standpoint-statement', t.shareEmbedStatement],
    ['standpoint-embed', t.shareEmbedWhole],
  ];
  return html`<details part="embed" class="embed">
    <summary part="summary" class="summary">${icon('code')}<span>${t.shareEmbed}</span></summary>
    <div class="embed-body">
      <p id="embed-hint" class="hint">${t.shareEmbedHint}</p>
      <fieldset class="choices">
        <legend class="label">${t.shareEmbedChoice}</legend>
        ${choices.map(
          ([choice, label]) => html`<label class="choice">
            <input type="radio" name="embed-widget" value=${choice} .checked=${widget === choice} @change=${onChoice} />
            <span>${label}</span>
          </label>`,
        )}
      </fieldset>
      <label class="label" for="embed-code">${t.shareEmbedLabel}</label>
      <textarea id="embed-code" part="field" class="field code" readonly rows="6" aria-describedby="embed-hint" .value=${snippet}></textarea>
      <div class="actions">
        <button type="button" part="button" class="button secondary" @click=${onCopy}>
          ${icon(state === 'copied' ? 'check' : 'copy')}<span>${t.shareEmbedCopy}</span>
        </button>
      </div>
      ${renderCopyStatus(state, { copied: t.shareEmbedCopied, refused: t.shareEmbedRefused })}
    </div>
  </details>`;
}
