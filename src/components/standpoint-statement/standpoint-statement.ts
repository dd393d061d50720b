import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedAttachment, LocalizedItem } from '../../feed/select.js';
import { formatDate, languageName, listFormat } from '../../i18n/format.js';
import { enShared, enStatement, type StatementStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukStatement } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { describeAttachment, describeAttachmentAfter, fileName, groupAttachments, type AttachmentGroup, type AttachmentVersion, type SizeUnits } from './attachments.js';
import { textDirection } from '../../i18n/direction.js';
import { clampPreview, previewCut, splitPlaceholder } from './layout.js';
import { RevealController } from './reveal-controller.js';
import { SanitizedBodyCache } from './sanitized-body-cache.js';
import { clampHeadingLevel, levelBelow, renderHeading } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { renderIcon } from '../../shared/icons.js';
import { textToParagraphs, type Paragraph } from './paragraphs.js';
import { htmlToPlainText } from './sanitize.js';
import { styles } from './standpoint-statement.styles.js';

const icon = (shapes: SVGTemplateResult) => renderIcon(shapes, { size: 18 });
const chevronIcon = () => icon(svg`<path d="m6 9 6 6 6-6"/>`);
const closedIcon = () => icon(svg`<rect x="4" y="11" width="16" height="10" rx="2"/><path d="M8 11V7a4 4 0 0 1 8 0v4"/>`);
const fileIcon = () => icon(svg`<path d="M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z"/><path d="M14 3v6h6M12 12v6m-3-3 3 3 3-3"/>`);
const externalIcon = () => icon(svg`<path d="M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5"/>`);

/**
 * The standpoint itself: title, dates, authors, summary, the full text,
 * downloads and a link to the original, in the reader's language.
 *
 * @summary The text of a standpoint, readable, safe and complete.
 * @tag standpoint-statement
 *
 * @attr heading-level - Level of the title's heading (1–6, default 2), to fit the page's outline; the text's own headings sit below it.
 * @attr collapsed - Shows a preview with a "Read more" button instead of the whole text.
 * @attr preview-paragraphs - Paragraphs of the text shown while collapsed (default 1; headings do not count; 0 shows only the summary).
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
 * @cssprop --standpoint-statement-heading-color - Colour of the title and the text's headings (the text colour).
 * @cssprop --standpoint-statement-heading-size - Font size of the title (1.5em).
 * @cssprop --standpoint-statement-max-width - Longest line of the widget, e.g. `70ch` (none).
 * @cssprop --standpoint-statement-tag-background - Background of a topic.
 * @cssprop --standpoint-statement-closed-color - Accent of the "campaign closed" notice (the warning colour).
 *
 * @fires {StandpointLoadEvent} standpoint-load - New data has been rendered.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used.
 */
export class StandpointStatement extends StandpointElement<StatementStrings> {
  protected static override uiStrings: StringTables<StatementStrings> = {
    en: { ...enShared, ...enStatement },
    uk: { ...ukShared, ...ukStatement },
  };

  static override styles = [hostStyles, styles];

  /** Level of the title's heading, 1–6, so the widget fits the page's outline. */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  /** Starts with a preview and a "Read more" button instead of the whole text. */
  @property({ type: Boolean, reflect: true }) collapsed = false;

  /** Paragraphs of the text shown while collapsed (headings do not count). */
  @property({ attribute: 'preview-paragraphs', type: Number }) previewParagraphs = 1;

  private readonly sanitizedBody = new SanitizedBodyCache(this);

  private readonly reveal = new RevealController(this, {
    opened: () => this.renderRoot.querySelector<HTMLElement>('#more'),
    button: () => this.renderRoot.querySelector<HTMLElement>('button.toggle'),
  });

  /** Whether the shadow root was there before the element ran: rendered on the server (`standpoint-widgets render`). */
  private serverRendered = false;

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    this.serverRendered = this.shadowRoot !== null;
    return super.createRenderRoot();
  }

  protected override renderContent(item: LocalizedItem): unknown {
    const level = clampHeadingLevel(this.headingLevel);
    const raw = item.item;
    const title = item.title ?? item.feedTitle;
    // Feed text below always carries its own lang and dir (lang="" where the feed does not say), so it never inherits the interface's.
    return html`<article part="base" class="statement" aria-labelledby=${title ? 'heading' : nothing} lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      <header part="header" class="header">
        ${title ? this.renderHeading(level, title, item.title ? item.langs.title : item.feedLang) : nothing}
        ${this.renderDates(raw.date_published, raw.date_modified)} ${this.renderAuthors(item)}
      </header>
      ${item.expired
        ? html`<p part="status" class="closed" role="note">${closedIcon()}<span>${this.t.campaignClosed}</span></p>`
        : nothing}
      ${item.summary
        ? html`<p part="summary" class="summary" lang=${item.langs.summary} dir=${textDirection(item.langs.summary)}>${item.summary}</p>`
        : nothing}
      ${this.renderBody(item, level)} ${this.renderAttachments(item, level)}
      ${this.renderFooter(item.tags, raw.url ?? raw.external_url, item.langs.tags)}
    </article>`;
  }

  private renderHeading(level: number, title: string, lang: string) {
    return renderHeading(level, { part: 'heading', className: 'heading', id: 'heading', lang, dir: textDirection(lang) }, title);
  }

  private renderDates(published?: string, modified?: string) {
    const locale = this.formatLocale;
    const publishedText = formatDate(locale, published);
    const modifiedText = modified && modified !== published ? formatDate(locale, modified) : '';
    if (!publishedText && !modifiedText) return nothing;
    const dated = (template: string, value: string | undefined, text: string) => {
      const [before, after] = splitPlaceholder(template, 'date');
      return html`<span>${before}<time datetime=${value ?? ''}>${text}</time>${after}</span>`;
    };
    return html`<p part="meta" class="meta">
      ${publishedText ? dated(this.t.statementPublished, published, publishedText) : nothing}${publishedText && modifiedText
        ? html`<span class="separator" aria-hidden="true"> · </span>`
        : nothing}${modifiedText ? dated(this.t.statementModified, modified, modifiedText) : nothing}
    </p>`;
  }

  private renderAuthors(item: LocalizedItem) {
    const authors = item.authors.filter((author) => author.name);
    if (authors.length === 0) return nothing;
    const parts = listFormat(this.formatLocale).formatToParts(authors.map((author) => author.name!));
    let index = 0;
    // Names stay as the feed writes them, in the item's own language.
    const names = this.contentLang(item.ownLang);
    return html`<p part="authors" class="authors">
      ${authors.length === 1 ? this.t.statementAuthorOne : this.t.statementAuthorMany}
      ${parts.map((part) => {
        if (part.type === 'literal') return part.value;
        const author = authors[index++];
        if (author.url) return html`<a part="link" href=${author.url} rel="noopener noreferrer" lang=${names.lang ?? nothing} dir=${names.dir ?? nothing}>${author.name}</a>`;
        return names.lang ? html`<span lang=${names.lang} dir=${names.dir ?? nothing}>${author.name}</span>` : author.name;
      })}
    </p>`;
  }

  private renderBody(item: LocalizedItem, level: number) {
    const lang = item.langs.content;
    const preview = this.collapsed ? clampPreview(this.previewParagraphs) : Infinity;
    let shown: unknown;
    let rest: unknown;
    let hasRest = false;
    const html_ = item.contentHtml;
    // Adopting a server-rendered DOM, the first render shows what the server did (see SanitizedBodyCache.bodyFor).
    const body = html_ ? this.sanitizedBody.bodyFor(html_, item.linkBase, level, this.serverRendered && !this.firstRenderDone) : undefined;

    if (body?.status === 'loading') {
      return html`<div part="content" class="content" aria-busy="true">
        <p class="status-message" role="status">${this.t.statementTextLoading}</p>
      </div>`;
    }
    if (body?.status === 'ready' && body.blocks.length > 0) {
      const split = this.sanitizedBody.splitAt(body, preview);
      shown = split.cut > 0 ? split.preview : undefined;
      rest = split.rest;
      hasRest = split.cut < body.blocks.length;
    } else {
      // Plain text, HTML the sanitiser could not handle, or HTML with nothing left once cleaned.
      const text = item.contentText ?? (html_ ? htmlToPlainText(html_) : '');
      const paragraphs = textToParagraphs(text);
      if (paragraphs.length === 0) {
        return item.summary ? nothing : html`<p part="content" class="status-message">${this.t.statementEmpty}</p>`;
      }
      const cut = previewCut(paragraphs, preview);
      shown = paragraphs.slice(0, cut).map((paragraph) => this.renderParagraph(paragraph));
      rest = paragraphs.slice(cut).map((paragraph) => this.renderParagraph(paragraph));
      hasRest = cut < paragraphs.length;
    }

    const dir = textDirection(lang);
    // "Read more" sits between the preview and the rest it opens, so the
    // opened text follows it in reading order (the WAI disclosure pattern);
    // "Show less" sits where the reader has got to: at the end of the text.
    const toggle = hasRest && this.collapsed;
    return html`${shown === undefined || (Array.isArray(shown) && shown.length === 0)
        ? nothing
        : html`<div part="content" class="content" lang=${lang} dir=${dir}>${shown}</div>`}
      ${toggle && !this.reveal.expanded ? this.renderToggle() : nothing}
      ${hasRest
        ? html`<div part="content more" class="content more" id="more" tabindex=${toggle ? '-1' : nothing} lang=${lang} dir=${dir} ?hidden=${this.collapsed && !this.reveal.expanded}>${rest}</div>`
        : nothing}
      ${toggle && this.reveal.expanded ? this.renderToggle() : nothing}`;
  }

  private renderParagraph(paragraph: Paragraph) {
    return html`<p part="paragraph">${paragraph.map((segment) =>
      segment.kind === 'break' ? html`<br />`
      : segment.kind === 'link' ? html`<a class="bare" href=${segment.href} rel="noopener noreferrer">${segment.text}</a>`
      : segment.text,
    )}</p>`;
  }

  private renderToggle() {
    return html`<button part="button" class="button toggle" type="button" aria-expanded=${this.reveal.expanded ? 'true' : 'false'} aria-controls="more" @click=${this.reveal.toggle}>
      ${chevronIcon()}<span>${this.reveal.expanded ? this.t.statementShowLess : this.t.statementReadMore}</span>
    </button>`;
  }

  private renderAttachments(item: LocalizedItem, level: number) {
    const groups = groupAttachments(item.attachments, this.readerLanguage, item.langs.content);
    if (groups.length === 0) return nothing;
    // No accessible name: a named <section> is a region landmark, and two statements on a page would repeat it.
    return html`<section part="attachments" class="attachments">
      ${renderHeading(levelBelow(level), { className: 'attachments-heading', id: 'documents' }, this.t.statementDocuments)}
      <ul>
        ${groups.map((group) => this.renderAttachment(group))}
      </ul>
    </section>`;
  }

  private renderAttachment(group: AttachmentGroup) {
    const { attachment, lang } = group.chosen;
    // groupAttachments was given item.attachments: each one knows the language of its title.
    const titleLang = group.title ? (attachment as LocalizedAttachment).titleLang : '';
    const name = group.title || fileName(attachment.url);
    const meta = describeAttachmentAfter(name, attachment, this.formatLocale, this.sizeUnits);
    return html`<li part="attachment">
      <a part="link" class="attachment-link" href=${attachment.url} type=${attachment.mime_type} hreflang=${lang || nothing} rel="noopener noreferrer">
        ${fileIcon()}<span><span lang=${titleLang}>${name}</span>${meta ? html` <span class="file-meta">(${meta})</span>` : nothing}</span>
      </a>
      ${group.alternates.length
        ? html`<span class="alternates">${this.t.statementOtherVersions}
            ${group.alternates.map((version, index) => html`${index > 0 ? ', ' : ''}${this.renderAlternate(version)}`)}</span>`
        : nothing}
    </li>`;
  }

  private renderAlternate({ attachment, lang }: AttachmentVersion) {
    const name = lang ? languageName(this.uiLocale, lang) : fileName(attachment.url);
    return html`<a part="link" href=${attachment.url} type=${attachment.mime_type} hreflang=${lang || nothing} rel="noopener noreferrer"
      >${name} (${describeAttachment(attachment, this.formatLocale, this.sizeUnits)})</a
    >`;
  }

  private renderFooter(tags: readonly string[], url: string | undefined, lang: string) {
    if (tags.length === 0 && !url) return nothing;
    return html`<footer part="footer" class="footer">
      ${tags.length
        ? html`<ul part="tags" class="tags" aria-label=${this.t.statementTopics} lang=${lang}>
            ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
          </ul>`
        : nothing}
      ${url
        ? html`<p class="original-line"><a part="link" class="original" href=${url} rel="noopener noreferrer">${externalIcon()}<span>${this.t.statementOriginalPublication}</span></a></p>`
        : nothing}
    </footer>`;
  }

  private get sizeUnits(): SizeUnits {
    const t = this.t;
    return { bytes: t.statementSizeBytes, kilobytes: t.statementSizeKilobytes, megabytes: t.statementSizeMegabytes, gigabytes: t.statementSizeGigabytes };
  }
}
