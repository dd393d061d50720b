import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { renderEmptyState } from '../../base/feed-states.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import { localizeItem, type LocalizedItem } from '../../feed/select.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { formatNumber, interpolate } from '../../i18n/format.js';
import { enShared, enRelated, type RelatedStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukRelated } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { formatDateOnOneLine } from '../../shared/dates.js';
import { clampHeadingLevel, levelBelow, renderHeading } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { renderStatusIcon } from '../../shared/icons.js';
import { demandProgress, headlineOf, itemLink, parseLimit, relatedItems } from './related-items.js';
import { styles } from './standpoint-related.styles.js';

/**
 * @summary "Other materials": the feed's other items, newest first, as linked titles with date, summary and image, a badge with the demand progress of each standpoint, and a link to more.
 * @tag standpoint-related
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The heading above the list.
 * @csspart list - The list of items.
 * @csspart item - One item.
 * @csspart image - An item's image, when the feed gives one.
 * @csspart title - An item's title.
 * @csspart link - The link of an item's title.
 * @csspart date - An item's date.
 * @csspart badge - The demand progress of a standpoint item ("2 of 6 enshrined").
 * @csspart icon - The icon in the badge.
 * @csspart summary - An item's summary.
 * @csspart empty - The message shown when the feed has no other item.
 * @csspart more - The "More materials" link to the feed's home page.
 *
 * @cssprop [--standpoint-related-gap=var(--standpoint-spacing)] Space between items.
 * @cssprop [--standpoint-related-image-width=8rem] Width of an item's image beside its text in a wide column.
 * @cssprop [--standpoint-related-image-radius=calc(0.75 * var(--standpoint-radius))] Corner radius of the images.
 * @cssprop [--standpoint-related-badge-color=var(--standpoint-color-status-enshrined)] Colour of the progress badge once a demand is enshrined; before that it is muted.
 * @fires {StandpointLoadEvent} standpoint-load - The list has been rendered: on the first load and on each refresh that changed the feed. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used; with `stale: true` the last good list is still shown. `detail`: `{ code, message, url, stale, problems }`.
 */
export class StandpointRelated extends StandpointElement<RelatedStrings> {
  protected static override uiStrings: StringTables<RelatedStrings> = {
    en: { ...enShared, ...enRelated },
    uk: { ...ukShared, ...ukRelated },
  };

  static override styles = [hostStyles, styles];

  /** How many other items to list, a whole number of at least 1 (3). */
  @property({ type: Number }) limit = 3;

  /** Level of the list's heading, 1–6 (2); the titles of the items are one level below. */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  protected override renderContent(shown: LocalizedItem) {
    const { feed } = shown;
    const others = relatedItems(feed.items, shown.item.id, parseLimit(this.limit));
    const level = clampHeadingLevel(this.headingLevel);
    // A plain box, not a named region: a page may hold two lists (sidebar and footer), and landmarks must not repeat.
    return html`<div part="base" class="base" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${renderHeading(level, { part: 'heading', className: 'heading', id: 'heading' }, this.t.relatedHeading)}
      ${others.length === 0
        ? renderEmptyState(this.t.relatedEmpty)
        : html`<ul part="list" class="list" aria-labelledby="heading">
            ${others.map((other) => this.renderEntry(feed, other, levelBelow(level)))}
          </ul>`}
      ${shown.homePageUrl
        ? html`<p class="more"><a part="more" class="more-link" href=${shown.homePageUrl}>${this.t.relatedMore}</a></p>`
        : nothing}
    </div>`;
  }

  private renderEntry(feed: Feed, raw: FeedItem, titleLevel: number) {
    const item = localizeItem(feed, raw, this.readerLanguage);
    const headline = headlineOf(item);
    const link = itemLink(raw);
    const text = headline.text || this.t.relatedUntitled;
    const title = link ? html`<a part="link" href=${link}>${text}</a>` : text;
    const summary = headline.from === 'title' || headline.from === 'none' ? item.summary : undefined;
    const titleLang = this.contentLang(headline.lang);
    const summaryLang = this.contentLang(item.langs.summary);
    return html`<li part="item" class="item ${raw.image ? 'has-image' : ''}">
      ${raw.image
        ? html`<img part="image" class="image" src=${raw.image} alt="" width="160" height="90" loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
        : nothing}
      <div class="body">
        ${renderHeading(
          titleLevel,
          headline.text
            ? { part: 'title', className: 'title', lang: titleLang.lang || undefined, dir: titleLang.dir }
            : { part: 'title', className: 'title', lang: this.uiLocale, dir: this.interfaceDir },
          title,
        )}
        ${this.renderMeta(raw)}
        ${summary?.trim() ? html`<p part="summary" class="summary" lang=${summaryLang.lang ?? nothing} dir=${summaryLang.dir ?? nothing}>${summary}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderMeta(raw: FeedItem) {
    const when = raw.date_published ?? raw.date_modified;
    // In the reader's locale, as every widget writes dates: an en-GB page reads "28 August 2025".
    const date = formatDateOnOneLine(this.formatLocale, when);
    const progress = demandProgress(raw);
    if (!date && !progress) return nothing;
    return html`<p class="meta">
      ${date ? html`<time part="date" datetime=${when!}>${date}</time>` : nothing}
      ${progress
        ? html`<span part="badge" class="badge ${progress.enshrined > 0 ? 'achieved' : 'not-yet'}"
            >${renderStatusIcon('enshrined')}<span class="visually-hidden">${this.t.relatedDemandsPrefix} </span>${interpolate(
              this.t.relatedProgress,
              { done: formatNumber(this.formatLocale, progress.enshrined), count: formatNumber(this.formatLocale, progress.total) },
            )}</span
          >`
        : nothing}
    </p>`;
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-related': StandpointRelated;
  }
}
