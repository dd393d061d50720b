import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import { StandpointShareEvent } from '../../events.js';
import type { LocalizedItem } from '../../feed/select.js';
import { interpolate, plural } from '../../i18n/format.js';
import { enShared, enShare, type ShareStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukShare } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { signatoryNoun } from '../../feed/signatories.js';
import { buildEmbedSnippet, integrityOnPage, type EmbeddedWidget } from './embed-snippet.js';
import { icon } from './icons.js';
import { clampHeadingLevel } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { canUseShareSheet, copyText } from './platform.js';
import {
  buildFediverseUrl,
  buildShareUrl,
  isShareableUrl,
  NETWORK_NAMES,
  parseNetworks,
  withCampaign,
  type LinkNetwork,
  type ShareData,
} from './share-urls.js';
import { styles } from './standpoint-share.styles.js';

type CopyState = 'idle' | 'copied' | 'refused' | 'share-failed';

/** How long "Copied!" stays before the card returns to rest. */
const CONFIRMATION_MS = 5000;

/**
 * @summary A share card that passes the standpoint on without a single tracker: copy the link, the system share sheet, plain links to networks, the reader's own Fediverse server, and embed code for partner sites.
 * @tag standpoint-share
 * @csspart base - The card.
 * @csspart image - The share image, when the feed gives one.
 * @csspart heading - The share title.
 * @csspart text - The share text.
 * @csspart count - The signatory count.
 * @csspart actions - The row of main buttons.
 * @csspart button - Every button.
 * @csspart status - A message that confirms a copy or says what to do instead (a polite live region).
 * @csspart field - The read-only link, the Fediverse server field and the embed code.
 * @csspart networks - The list of network links.
 * @csspart link - One network link.
 * @csspart icon - Every icon.
 * @csspart fediverse - The form for the reader's Fediverse server.
 * @csspart embed - The embed disclosure.
 * @csspart summary - The toggle of the embed disclosure.
 * @cssprop --standpoint-share-button-color - Background of the main buttons (the accent colour).
 * @cssprop --standpoint-share-button-text-color - Text of the main buttons.
 * @cssprop --standpoint-share-link-color - Text and icons of the network links (the text colour).
 * @cssprop --standpoint-share-link-background - Background of the network links (the surface).
 * @cssprop --standpoint-share-gap - Space between the parts of the card (0.75 × the spacing unit).
 * @cssprop --standpoint-share-image-radius - Corner radius of the share image.
 * @cssprop --standpoint-share-field-border-color - Edge of the text fields (the text colour at 62 %, for 3:1 contrast).
 * @fires {StandpointLoadEvent} standpoint-load - The card has been rendered: on the first load and on each refresh that changed the feed. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used; with `stale: true` the last good card is still shown. `detail`: `{ code, message, url, stale, problems }`.
 * @fires {StandpointShareEvent} standpoint-share - A reader took a share action. `detail`: `{ network, url }`; `network` is a network name (`telegram` … `email`, `fediverse`), `copy`, `system` (the share sheet) or `embed`.
 */
export class StandpointShare extends StandpointElement<ShareStrings> {
  protected static override uiStrings: StringTables<ShareStrings> = {
    en: { ...enShared, ...enShare },
    uk: { ...ukShared, ...ukShare },
  };

  static override styles = [hostStyles, styles];

  /** Networks to offer, space separated, in that order: `telegram viber whatsapp facebook x linkedin bluesky email fediverse` when unset; empty offers none. */
  @property() networks?: string;

  /** `utm_source` added to the shared URL; nothing is added unless set. */
  @property({ attribute: 'utm-source' }) utmSource?: string;

  /** `utm_medium` added to the shared URL. */
  @property({ attribute: 'utm-medium' }) utmMedium?: string;

  /** `utm_campaign` added to the shared URL. */
  @property({ attribute: 'utm-campaign' }) utmCampaign?: string;

  /** Hides "Embed on your site". */
  @property({ type: Boolean, attribute: 'no-embed' }) noEmbed = false;

  /** Level of the share title for the page outline (2–6). */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  @state() private copyState: CopyState = 'idle';
  @state() private embedState: CopyState = 'idle';
  @state() private serverInvalid = false;
  @state() private embedWidget: EmbeddedWidget = 'standpoint-statement';

  private resetTimer: ReturnType<typeof setTimeout> | undefined;

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.resetTimer);
  }

  /** What every action passes on: the share URL with campaign parameters, or `undefined` when there is no web address to share. */
  private shareData(item: LocalizedItem): ShareData | undefined {
    const { url, title, text, hashtags } = item.share;
    if (!isShareableUrl(url)) return undefined;
    const campaign = { source: this.utmSource, medium: this.utmMedium, campaign: this.utmCampaign };
    return { url: withCampaign(url, campaign), title, text, hashtags };
  }

  protected override renderContent(item: LocalizedItem) {
    const data = this.shareData(item);
    if (!data) {
      return html`<div part="base" class="card" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}><p class="status-message">${this.t.shareNothing}</p></div>`;
    }
    const { share } = item;
    // The card's heading is never a page title: at least h2.
    const level = clampHeadingLevel(this.headingLevel, 2, 2);
    // A group, not a named <section>: a region landmark would repeat when a page shows the card twice.
    const preview = this.contentLang(item.lang);
    return html`<div part="base" class="card" role="group" aria-labelledby="heading" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      <div class="preview" lang=${preview.lang ?? nothing} dir=${preview.dir ?? nothing}>
        ${share.image
          ? html`<img part="image" class="image" src=${share.image.url} alt=${share.image.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
          : nothing}
        <div part="heading" id="heading" class="heading" role="heading" aria-level=${level} lang=${share.title ? nothing : this.uiLocale} dir=${share.title || !preview.dir ? nothing : 'ltr'}>
          ${share.title || this.t.shareFallbackTitle}
        </div>
        ${share.text ? html`<p part="text" class="text">${share.text}</p>` : nothing}
      </div>
      ${this.renderCount(item)} ${item.expired ? html`<p class="status-message">${this.t.campaignClosed}</p>` : nothing}
      ${this.renderActions(data)} ${this.renderNetworks(data)} ${this.renderEmbed(item)}
    </div>`;
  }

  private renderCount(item: LocalizedItem) {
    // The same count and noun as <standpoint-counter>, so two widgets on a page agree.
    const total = item.signatoryCount ?? 0;
    const noun = signatoryNoun(item.signatories?.list);
    return total > 0 ? html`<p part="count" class="count">${plural(this.formatLocale, total, this.t[noun])}</p>` : nothing;
  }

  private renderActions(data: ShareData) {
    const { t } = this;
    const sheet = { url: data.url, ...(data.title ? { title: data.title } : {}), ...(data.text ? { text: data.text } : {}) };
    return html`<div part="actions" class="actions">
        <button type="button" part="button" class="button primary" @click=${() => this.handleCopy('link', data.url, data.url)}>
          ${icon(this.copyState === 'copied' ? 'check' : 'copy')}<span>${t.shareCopyLink}</span>
        </button>
        ${this.firstRenderDone && canUseShareSheet(sheet)
          ? html`<button type="button" part="button" class="button primary" @click=${() => this.handleSystemShare(sheet)}>
              ${icon('share')}<span>${t.shareSystem}</span>
            </button>`
          : nothing}
      </div>
      ${this.renderStatus(this.copyState, { copied: t.shareCopied, refused: t.shareCopyRefused, 'share-failed': t.shareSystemFailed })}
      ${this.copyState === 'refused'
        ? html`<div class="manual">
            <label class="label" for="manual-link">${t.shareLinkLabel}</label>
            <input id="manual-link" part="field" class="field" type="text" readonly .value=${data.url} @focus=${this.handleSelectAll} />
          </div>`
        : nothing}`;
  }

  /** A polite live region, always in the tree so that a change to it is announced. */
  private renderStatus(state: CopyState, messages: Partial<Record<CopyState, string>>) {
    const message = messages[state];
    // No whitespace inside: an empty region matches :empty and takes no room.
    return html`<p part="status" class="status" role="status" aria-live="polite">${message
      ? html`${icon(state === 'copied' ? 'check' : 'info')}<span>${message}</span>`
      : nothing}</p>`;
  }

  private renderNetworks(data: ShareData) {
    const { t } = this;
    const networks = parseNetworks(this.networks);
    const links = networks.filter((network): network is LinkNetwork => network !== 'fediverse');
    return html`${links.length
      ? html`<div class="networks-block">
          <p id="networks-label" class="label">${t.shareNetworks}</p>
          <ul part="networks" class="networks" aria-labelledby="networks-label">
            ${links.map((network) => this.renderLink(network, data))}
          </ul>
        </div>`
      : nothing}
    ${networks.includes('fediverse') ? this.renderFediverse() : nothing}`;
  }

  private renderLink(network: LinkNetwork, data: ShareData) {
    const { t } = this;
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
        @click=${() => this.emit(network, data.url)}
        >${icon(network)}<span>${network === 'email' ? t.shareEmail : NETWORK_NAMES[network]}</span></a
      >
    </li>`;
  }

  private renderFediverse() {
    const { t } = this;
    return html`<form part="fediverse" class="fediverse" novalidate @submit=${this.handleFediverse}>
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
          aria-describedby=${this.serverInvalid ? 'server-error server-hint' : 'server-hint'}
          aria-invalid=${this.serverInvalid ? 'true' : 'false'}
          @input=${() => (this.serverInvalid = false)}
        />
        <button type="submit" part="button" class="button secondary" aria-label=${t.shareFediverseName}>
          ${t.shareFediverseButton}
        </button>
      </div>
      ${this.serverInvalid
        ? html`<p id="server-error" class="error" role="alert">${icon('info')}<span>${t.shareFediverseInvalid}</span></p>`
        : nothing}
    </form>`;
  }

  private renderEmbed(item: LocalizedItem) {
    const { t } = this;
    const { feedUrl } = item;
    if (this.noEmbed || !isShareableUrl(feedUrl)) return nothing;
    const snippet = buildEmbedSnippet({
      feedUrl,
      itemId: item.item.id,
      widget: this.embedWidget,
      linkUrl: item.item.url ?? item.share.url,
      linkText: item.title || t.shareEmbedLinkText,
      // The hash of the script tag this page loaded; read in the browser only, so the server's render hydrates.
      integrity: this.firstRenderDone ? integrityOnPage() : {},
    });
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
            ([widget, label]) => html`<label class="choice">
              <input type="radio" name="embed-widget" value=${widget} .checked=${this.embedWidget === widget} @change=${this.handleEmbedChoice} />
              <span>${label}</span>
            </label>`,
          )}
        </fieldset>
        <label class="label" for="embed-code">${t.shareEmbedLabel}</label>
        <textarea id="embed-code" part="field" class="field code" readonly rows="6" aria-describedby="embed-hint" .value=${snippet}></textarea>
        <div class="actions">
          <button type="button" part="button" class="button secondary" @click=${() => this.handleCopy('embed', snippet, feedUrl)}>
            ${icon(this.embedState === 'copied' ? 'check' : 'copy')}<span>${t.shareEmbedCopy}</span>
          </button>
        </div>
        ${this.renderStatus(this.embedState, { copied: t.shareEmbedCopied, refused: t.shareEmbedRefused })}
      </div>
    </details>`;
  }

  private emit(network: string, url: string): void {
    const event = new StandpointShareEvent({ network, url });
    this.dispatchEvent(event);
  }

  /**
   * Copies the link or the embed code. On success: "Copied!" and an event; on
   * refusal: the same text selected in its field, for the reader to copy.
   */
  private async handleCopy(what: 'link' | 'embed', text: string, sharedUrl: string): Promise<void> {
    const key = what === 'link' ? 'copyState' : 'embedState';
    this[key] = 'idle';
    // The clipboard is called at once, inside the click, as Safari requires.
    const copied = await copyText(text);
    // Let the live region empty first, so a second copy is announced again.
    await this.updateComplete;
    this[key] = copied ? 'copied' : 'refused';
    if (copied) {
      this.emit(what === 'link' ? 'copy' : 'embed', sharedUrl);
      this.scheduleReset();
    } else {
      await this.updateComplete;
      this.selectField(what === 'link' ? '#manual-link' : '#embed-code');
    }
  }

  private async handleSystemShare(data: ShareData & { url: string }): Promise<void> {
    this.copyState = 'idle';
    try {
      await navigator.share(data);
      this.emit('system', data.url);
    } catch (error) {
      // The reader closed the sheet: nothing to say.
      if ((error as Error | undefined)?.name !== 'AbortError') this.copyState = 'share-failed';
    }
  }

  private handleFediverse(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const input = form.elements.namedItem('server') as HTMLInputElement;
    const view = this.view;
    const data = view && this.shareData(view);
    const url = data && buildFediverseUrl(input.value, data);
    this.serverInvalid = !url;
    if (!url || !data) {
      input.focus();
      return;
    }
    window.open(url, '_blank', 'noopener,noreferrer');
    this.emit('fediverse', data.url);
  }

  private handleEmbedChoice(event: Event): void {
    this.embedWidget = (event.currentTarget as HTMLInputElement).value as EmbeddedWidget;
    this.embedState = 'idle';
  }

  private handleSelectAll(event: FocusEvent): void {
    (event.currentTarget as HTMLInputElement).select();
  }

  private selectField(selector: string): void {
    const field = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(selector);
    field?.focus();
    field?.select();
  }

  private scheduleReset(): void {
    clearTimeout(this.resetTimer);
    this.resetTimer = setTimeout(() => {
      if (this.copyState === 'copied') this.copyState = 'idle';
      if (this.embedState === 'copied') this.embedState = 'idle';
    }, CONFIRMATION_MS);
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-share': StandpointShare;
  }
}
