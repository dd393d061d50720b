/** The share card's network links and the form for the reader's own Fediverse server. Markup only. */
import { html, nothing } from 'lit';
import type { ShareStrings } from '../../i18n/en.js';
import { interpolate } from '../../i18n/format.js';
import type { FediverseFormController } from './fediverse-form-controller.js';
import { icon } from './icons.js';
import { buildShareUrl, NETWORK_NAMES, type LinkNetwork, type ShareData, type ShareNetwork } from './share-urls.js';

/** The state and handlers of the Fediverse form. */
type FediverseForm = Pick<FediverseFormController, 'invalid' | 'handleSubmit' | 'handleInput'>;

/** Links to the `networks` in their order, then the Fediverse form when `networks` names it; `onLink` hears of each click. */
export function renderShareNetworks(t: ShareStrings, networks: readonly ShareNetwork[], data: ShareData, onLink: (network: LinkNetwork) => void, fediverse: FediverseForm) {
  const links = networks.filter((network): network is LinkNetwork => network !== 'fediverse');
  return html`${links.length
    ? html`<div class="networks-block">
        <p id="networks-label" class="label">${t.shareNetworks}</p>
        <ul part="networks" class="networks" aria-labelledby="networks-label">
          ${links.map((network) => renderLink(network, data, t, onLink))}
        </ul>
      </div>`
    : nothing}
  ${networks.includes('fediverse') ? renderFediverse(t, fediverse) : nothing}`;
}

function renderLink(network: LinkNetwork, data: ShareData, t: ShareStrings, onLink: (network: LinkNetwork) => void) {
  const href = buildShareUrl(network, data);
  // Apps (viber:, mailto:) open outside the browser; a new tab would stay empty.
  const newTab = href.startsWith('https:');
  const name = network === 'email' ? t.shareByEmail : interpolate(t.shareOn, { network: NETWORK_NAMES[network] });
  return html`<li>
    <a
      part="link"
      class="network"
      href=${href}
      target=${newTab ? '_blank' : nothing}
      rel="noopener noreferrer"
      aria-label=${newTab ? `${name} ${t.newWindow}` : name}
      data-network=${network}
      @click=${() => onLink(network)}
      >${icon(network)}<span>${network === 'email' ? t.shareEmail : NETWORK_NAMES[network]}</span></a
    >
  </li>`;
}

function renderFediverse(t: ShareStrings, { invalid, handleSubmit, handleInput }: FediverseForm) {
  return html`<form part="fediverse" class="fediverse" novalidate @submit=${handleSubmit}>
    <label class="label" for="server">${icon('fediverse')}<span>${t.shareFediverseLabel}</span></label>
    <p id="server-hint" class="hint">${t.shareFediverseHint}</p>
    <div class="row">
      <input
        id="server"
        part="field"
        class="field"
        name="server"
        type="text"
        inputmode="url"
        autocomplete="off"
        autocapitalize="none"
        spellcheck="false"
        enterkeyhint="go"
        aria-describedby=${invalid ? 'server-error server-hint' : 'server-hint'}
        aria-invalid=${invalid ? 'true' : 'false'}
        @input=${handleInput}
      />
      <button type="submit" part="button" class="button secondary" aria-label=${t.shareFediverseName}>
        ${t.shareFediverseButton}
      </button>
    </div>
    ${invalid ? html`<p id="server-error" class="error" role="alert">${icon('info')}<span>${t.shareFediverseInvalid}</span></p>` : nothing}
  </form>`;
}
