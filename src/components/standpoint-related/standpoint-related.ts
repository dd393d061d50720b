import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import { localizeItem, type LocalizedItem } from '../../feed/select.js';
import type { Feed, FeedItem } from '../../feed/types.js';
import { formatDate, formatNumber, interpolate } from '../../i18n/format.js';
import { enShared, enRelated, type RelatedStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukRelated } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { renderStatusIcon } from '../standpoint-demands/demand-icons.js';
import { clampHeadingLevel } from '../standpoint-statement/layout.js';
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
 * @cssprop --standpoint-related-gap - Space between items (the spacing unit).
 * @cssprop --standpoint-related-image-width - Width of an item's image beside its text in a wide column (8rem).
 * @cssprop --standpoint-related-image-radius - Corner radius of the images (0.75 × `--standpoint-radius`).
 * @cssprop --standpoint-related-badge-color - Colour of the progress badge once a demand is enshrined (the success colour); before that it is muted.
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
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 2;

  protected override renderContent(shown: LocalizedItem) {
    const feed = this.feedController.feed as Feed;
    const others = relatedItems(feed.items, shown.item.id, parseLimit(this.limit));
    const level = clampHeadingLevel(this.headingLevel);
    // A plain box, not a named region: a page may hold two lists (sidebar and footer), and landmarks must not repeat.
    return html`<div part="base" class="base" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${this.renderHeading(level, 'heading', html`${this.t.relatedHeading}`)}
      ${others.length === 0
        ? html`<p part="empty" class="empty">${this.t.relatedEmpty}</p>`
        : html`<ul part="list" class="list" aria-labelledby="heading">
            ${others.map((other) => this.renderEntry(feed, other, Math.min(level + 1, 6)))}
          </ul>`}
      ${feed.home_page_url
        ? html`<p class="more"><a part="more" class="more-link" href=${feed.home_page_url}>${this.t.relatedMore}</a></p>`
        : nothing}
    </div>`;
  }

  private renderHeading(level: number, part: string, content: unknown, lang?: string, dir?: string) {
    // `level` is clamped to 1–6, so the tag can only be h1…h6.
    const tag = unsafeStatic(`h${level}`);
    return staticHtml`<${tag} part=${part} class=${part} id=${part === 'heading' ? 'heading' : nothing} lang=${lang || nothing} dir=${dir || nothing}>${content}</${tag}>`;
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
        ${headline.text
          ? this.renderHeading(titleLevel, 'title', title, titleLang.lang, titleLang.dir)
          : this.renderHeading(titleLevel, 'title', title, this.uiLocale, this.interfaceDir)}
        ${this.renderMeta(raw)}
        ${summary?.trim() ? html`<p part="summary" class="summary" lang=${summaryLang.lang ?? nothing} dir=${summaryLang.dir ?? nothing}>${summary}</p>` : nothing}
      </div>
    </li>`;
  }

  private renderMeta(raw: FeedItem) {
    const when = raw.date_published ?? raw.date_modified;
    // No-break spaces keep "28 серпня 2025 р." on one line in a narrow column.
    const date = formatDate(this.uiLocale, when).replace(/ /g, '\u00a0');
    const progress = demandProgress(raw);
    if (!date && !progress) return nothing;
    return html`<p class="meta">
      ${date ? html`<time part="date" datetime=${when!}>${date}</time>` : nothing}
      ${progress
        ? html`<span part="badge" class="badge ${progress.enshrined > 0 ? 'achieved' : 'not-yet'}"
            >${renderStatusIcon('enshrined')}<span class="visually-hidden">${this.t.relatedDemandsPrefix} </span>${interpolate(
              this.t.relatedProgress,
              { done: formatNumber(this.uiLocale, progress.enshrined), count: formatNumber(this.uiLocale, progress.total) },
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
