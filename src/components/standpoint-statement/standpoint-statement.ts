import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { renderEmptyState } from '../../base/feed-states.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedItem } from '../../feed/select.js';
import { enShared, enStatement, type StatementStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukStatement } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { groupAttachments } from './attachments.js';
import { textDirection } from '../../i18n/direction.js';
import { clampPreview } from './layout.js';
import { clampHeadingLevel, renderHeading } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { RevealController } from './reveal-controller.js';
import { SanitizedBodyCache } from './sanitized-body-cache.js';
import { htmlToPlainText } from './sanitize.js';
import { paragraphParts, renderBody, renderBodyLoading, type BodyParts } from './statement-body.js';
import { renderAttachments } from './statement-attachments.js';
import { renderFooter } from './statement-footer.js';
import { closedIcon } from './statement-icons.js';
import { renderAuthors, renderDates } from './statement-meta.js';
import { styles } from './standpoint-statement.styles.js';

/**
 * The standpoint itself: title, dates, authors, summary, the full text,
 * downloads and a link to the original, in the reader's language.
 *
 * @summary The text of a standpoint, readable, safe and complete.
 * @tag standpoint-statement
 *
 * @slot - Fallback content (for example a plain link to the standpoint), shown until the feed renders and again if it fails.
 *
 * @csspart base - The statement's root (`article`).
 * @csspart header - Title, dates and authors.
 * @csspart heading - The title.
 * @csspart meta - Publication and update dates.
 * @csspart authors - The authors.
 * @csspart status - The "campaign closed" notice.
 * @csspart summary - The summary.
 * @csspart content - The full text.
 * @csspart paragraph - One paragraph of a plain-text body.
 * @csspart more - The part of the text hidden while collapsed.
 * @csspart button - The "Read more / Show less" button.
 * @csspart attachments - The downloads.
 * @csspart attachment - One download with its other versions.
 * @csspart link - Every link the widget makes (downloads, the original, authors).
 * @csspart tags - The list of topics.
 * @csspart tag - One topic.
 * @csspart footer - Topics and the link to the original.
 *
 * @cssprop [--standpoint-statement-heading-color=var(--standpoint-color-text)] Colour of the title and the text's headings.
 * @cssprop [--standpoint-statement-heading-size=1.5em] Font size of the title (scaled down in a column under 22em).
 * @cssprop [--standpoint-statement-max-width=none] Longest line of the widget, e.g. `70ch`.
 * @cssprop [--standpoint-statement-tag-background=color-mix(in srgb, currentColor 7%, transparent)] Background of a topic.
 * @cssprop [--standpoint-statement-closed-color=var(--standpoint-color-warning)] Accent of the "campaign closed" notice.
 *
 * @fires {StandpointLoadEvent} standpoint-load - The statement has been rendered: on the first load and on each refresh that changed the feed. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used; with `stale: true` the last good statement is still shown. `detail`: `{ code, message, url, stale, problems }`.
 */
export class StandpointStatement extends StandpointElement<StatementStrings> {
  protected static override uiStrings: StringTables<StatementStrings> = {
    en: { ...enShared, ...enStatement },
    uk: { ...ukShared, ...ukStatement },
  };

  static override styles = [hostStyles, styles];

  /** Level of the title's heading, 1–6 (2), to fit the page's outline; the text's own headings sit below it. */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  /** Shows a preview with a "Read more" button instead of the whole text. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Paragraphs of the text shown while collapsed (1; headings do not count; 0 shows only the summary). */
  @property({ attribute: 'preview-paragraphs', type: Number }) previewParagraphs = 1;

  private readonly sanitizedBody = new SanitizedBodyCache(this);

  private readonly reveal = new RevealController(this, {
    opened: () => this.renderRoot.querySelector<HTMLElement>('#more'),
    button: () => this.renderRoot.querySelector<HTMLElement>('button.toggle'),
  });

  protected override renderContent(item: LocalizedItem): unknown {
    const level = clampHeadingLevel(this.headingLevel);
    const raw = item.item;
    const title = item.title ?? item.feedTitle;
    const titleLang = item.title ? item.langs.title : item.feedLang;
    const { t, formatLocale } = this;
    const attachments = groupAttachments(item.attachments, this.readerLanguage, item.langs.content);
    // Feed text below always carries its own lang and dir (lang="" where the feed does not say), so it never inherits the interface's.
    return html`<article part="base" class="statement" aria-labelledby=${title ? 'heading' : nothing} lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      <header part="header" class="header">
        ${title ? renderHeading(level, { part: 'heading', className: 'heading', id: 'heading', lang: titleLang, dir: textDirection(titleLang) }, title) : nothing}
        ${renderDates(t, formatLocale, raw.date_published, raw.date_modified)} ${renderAuthors(t, formatLocale, item.authors, this.contentLang(item.ownLang))}
      </header>
      ${item.expired
        ? html`<p part="status" class="closed" role="note">${closedIcon}<span>${t.campaignClosed}</span></p>`
        : nothing}
      ${item.summary
        ? html`<p part="summary" class="summary" lang=${item.langs.summary} dir=${textDirection(item.langs.summary)}>${item.summary}</p>`
        : nothing}
      ${this.renderText(item, level)} ${renderAttachments(attachments, level, { t, formatLocale, uiLocale: this.uiLocale })}
      ${renderFooter(t, item.tags, raw.url ?? raw.external_url, item.langs.tags)}
    </article>`;
  }

  /** The text: sanitised HTML where the sanitiser could clean it, else plain paragraphs; cut for the preview while collapsed. */
  private renderText(item: LocalizedItem, level: number) {
    const source = item.contentHtml;
    // Adopting a server-rendered DOM, the first render shows what the server did (see SanitizedBodyCache.bodyFor).
    const body = source ? this.sanitizedBody.bodyFor(source, item.linkBase, level, this.rendersAsServer) : undefined;
    if (body?.status === 'loading') return renderBodyLoading(this.t);
    const preview = this.collapsed ? clampPreview(this.previewParagraphs) : Infinity;
    let parts: BodyParts | undefined;
    if (body?.status === 'ready' && body.blocks.length > 0) {
      const { cut, preview: shown, rest } = this.sanitizedBody.splitAt(body, preview);
      parts = { shown: cut > 0 ? shown : undefined, rest, hasRest: cut < body.blocks.length };
    } else {
      // Plain text, HTML the sanitiser could not handle, or HTML with nothing left once cleaned.
      parts = paragraphParts(item.contentText ?? (source ? htmlToPlainText(source) : ''), preview);
    }
    if (!parts) return item.summary ? nothing : renderEmptyState(this.t.statementEmpty, 'content empty');
    return renderBody(parts, item.langs.content, { collapsed: this.collapsed, expanded: this.reveal.expanded, onToggle: this.reveal.toggle }, this.t);
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-statement': StandpointStatement;
  }
}
