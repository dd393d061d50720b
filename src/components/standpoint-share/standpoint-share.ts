import { html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import { StandpointShareEvent } from '../../events.js';
import type { LocalizedItem } from '../../feed/select.js';
import { enShared, enShare, type ShareStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukShare } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { CopyFeedbackController } from './copy-feedback-controller.js';
import { FediverseFormController } from './fediverse-form-controller.js';
import { buildEmbedSnippet, integrityOnPage, type EmbeddedWidget } from './embed-snippet.js';
import { clampHeadingLevel } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { canUseShareSheet, shareThroughSheet } from './platform.js';
import { renderJoinLink } from '../../shared/join-link.js';
import { renderShareActions } from './share-actions.js';
import { renderShareEmbed } from './share-embed.js';
import { renderShareNetworks } from './share-networks.js';
import { renderShareCount, renderSharePreview } from './share-preview.js';
import { isShareableUrl, parseNetworks, withCampaign, type ShareData } from './share-urls.js';
import { styles } from './standpoint-share.styles.js';

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
 * @csspart join - The link to join the standpoint (the feed's `_standpoint.join`) beside the share buttons, not shown once the campaign has closed.
 * @csspart status - A message that confirms a copy or says what to do instead (a polite live region).
 * @csspart field - The read-only link, the Fediverse server field and the embed code.
 * @csspart networks - The list of network links.
 * @csspart link - One network link.
 * @csspart icon - Every icon.
 * @csspart fediverse - The form for the reader's Fediverse server.
 * @csspart embed - The embed disclosure.
 * @csspart summary - The toggle of the embed disclosure.
 * @cssprop [--standpoint-share-button-color=var(--standpoint-color-accent)] Background of the main buttons (tinted, not filled, without `theme`).
 * @cssprop [--standpoint-share-button-text-color=var(--standpoint-color-on-accent)] Text of the main buttons.
 * @cssprop [--standpoint-share-link-color=var(--standpoint-color-text)] Text and icons of the network links.
 * @cssprop [--standpoint-share-link-background=var(--standpoint-color-surface)] Background of the network links.
 * @cssprop [--standpoint-share-gap=calc(0.75 * var(--standpoint-spacing))] Space between the parts of the card.
 * @cssprop [--standpoint-share-image-radius=calc(0.75 * var(--standpoint-radius))] Corner radius of the share image.
 * @cssprop [--standpoint-share-field-border-color=color-mix(in srgb, var(--standpoint-color-text) 62%, transparent)] Edge of the text fields (3:1 contrast).
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

  /** Hides the join link (`<standpoint-embed>` sets it when its counter shows the link already). */
  @property({ type: Boolean, attribute: 'no-join' }) noJoin = false;

  /** Level of the share title for the page outline (2–6). */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  @state() private embedWidget: EmbeddedWidget = 'standpoint-statement';

  private readonly copyFeedback = new CopyFeedbackController(this, { link: '#manual-link', embed: '#embed-code' });
  private readonly fediverse = new FediverseFormController(
    this,
    () => this.view && this.shareData(this.view),
    (data) => this.emit('fediverse', data.url),
  );

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
    const { t } = this;
    // The card's heading is never a page title: at least h2.
    const level = clampHeadingLevel(this.headingLevel, 2, 2);
    // A group, not a named <section>: a region landmark would repeat when a page shows the card twice.
    const preview = this.contentLang(item.lang);
    return html`<div part="base" class="card" role="group" aria-labelledby="heading" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${renderSharePreview(t, item.share, level, preview, this.uiLocale)}
      ${renderShareCount(this.formatLocale, t, item)} ${item.expired ? html`<p class="status-message">${t.campaignClosed}</p>` : nothing}
      ${this.renderActions(data, item)} ${this.renderNetworks(data)} ${this.renderEmbed(item)}
    </div>`;
  }

  private renderActions(data: ShareData, item: LocalizedItem) {
    const sheet = { url: data.url, ...(data.title ? { title: data.title } : {}), ...(data.text ? { text: data.text } : {}) };
    const onCopy = () => void this.handleCopy('link', data.url, data.url);
    const onShare = () => void this.handleSystemShare(sheet);
    const join = this.noJoin ? nothing : renderJoinLink(item.join, this.t.joinStandpoint, this.language);
    const sheetShown = !this.rendersAsServer && canUseShareSheet(sheet);
    return renderShareActions(this.t, data.url, this.copyFeedback.state('link'), sheetShown, onCopy, onShare, join);
  }

  private renderNetworks(data: ShareData) {
    const onLink = (network: string) => this.emit(network, data.url);
    return renderShareNetworks(this.t, parseNetworks(this.networks), data, onLink, this.fediverse);
  }

  private renderEmbed(item: LocalizedItem) {
    const { feedUrl } = item;
    if (this.noEmbed || !isShareableUrl(feedUrl)) return nothing;
    const snippet = buildEmbedSnippet({
      feedUrl,
      itemId: item.item.id,
      widget: this.embedWidget,
      linkUrl: item.item.url ?? item.share.url,
      linkText: item.title || this.t.shareEmbedLinkText,
      // The hash of the script tag this page loaded; read in the browser only, so the server's render hydrates.
      integrity: this.rendersAsServer ? {} : integrityOnPage(),
    });
    const onCopy = () => void this.handleCopy('embed', snippet, feedUrl);
    return renderShareEmbed(this.t, snippet, this.embedWidget, this.copyFeedback.state('embed'), this.handleEmbedChoice, onCopy);
  }

  private emit(network: string, url: string): void {
    this.dispatchEvent(new StandpointShareEvent({ network, url }));
  }

  /** Copies the link or the embed code; a copy that worked is passed on as an event. */
  private async handleCopy(what: 'link' | 'embed', text: string, sharedUrl: string): Promise<void> {
    if (await this.copyFeedback.copy(what, text)) this.emit(what === 'link' ? 'copy' : 'embed', sharedUrl);
  }

  private async handleSystemShare(data: ShareData & { url: string }): Promise<void> {
    this.copyFeedback.set('link', 'idle');
    const outcome = await shareThroughSheet(data);
    if (outcome === 'shared') this.emit('system', data.url);
    else if (outcome === 'failed') this.copyFeedback.set('link', 'share-failed');
  }

  private handleEmbedChoice(event: Event): void {
    this.embedWidget = (event.currentTarget as HTMLInputElement).value as EmbeddedWidget;
    this.copyFeedback.set('embed', 'idle');
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-share': StandpointShare;
  }
}
