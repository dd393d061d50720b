/** The statement's downloads as markup: one entry per document, with its versions in other languages. */
import { html, nothing } from 'lit';
import type { LocalizedAttachment } from '../../feed/select.js';
import type { StatementStrings } from '../../i18n/en.js';
import { languageName } from '../../i18n/format.js';
import type { UiLocale } from '../../i18n/locale.js';
import { levelBelow, renderHeading } from '../../shared/heading.js';
import { describeAttachment, describeAttachmentAfter, fileName, type AttachmentGroup, type AttachmentVersion, type SizeUnits } from './attachments.js';
import { fileIcon } from './statement-icons.js';

/** What the downloads are written with: the strings, the locale of sizes and dates, and the interface language (for language names). */
export interface AttachmentsContext {
  readonly t: StatementStrings;
  readonly formatLocale: string;
  readonly uiLocale: UiLocale;
}

const sizeUnits = (t: StatementStrings): SizeUnits => ({
  bytes: t.statementSizeBytes,
  kilobytes: t.statementSizeKilobytes,
  megabytes: t.statementSizeMegabytes,
  gigabytes: t.statementSizeGigabytes,
});

function renderAlternate({ attachment, lang }: AttachmentVersion, context: AttachmentsContext) {
  const name = lang ? languageName(context.uiLocale, lang) : fileName(attachment.url);
  return html`<a part="link" href=${attachment.url} type=${attachment.mime_type} hreflang=${lang || nothing} rel="noopener noreferrer"
    >${name} (${describeAttachment(attachment, context.formatLocale, sizeUnits(context.t))})</a
  >`;
}

function renderAttachment(group: AttachmentGroup, context: AttachmentsContext) {
  const { attachment, lang } = group.chosen;
  // groupAttachments was given item.attachments: each one knows the language of its title.
  const titleLang = group.title ? (attachment as LocalizedAttachment).titleLang : '';
  const name = group.title || fileName(attachment.url);
  const meta = describeAttachmentAfter(name, attachment, context.formatLocale, sizeUnits(context.t));
  return html`<li part="attachment">
    <a part="link" class="attachment-link" href=${attachment.url} type=${attachment.mime_type} hreflang=${lang || nothing} rel="noopener noreferrer">
      ${fileIcon}<span><span lang=${titleLang}>${name}</span>${meta ? html` <span class="file-meta">(${meta})</span>` : nothing}</span>
    </a>
    ${group.alternates.length
      ? html`<span class="alternates">${context.t.statementOtherVersions}
          ${group.alternates.map((version, index) => html`${index > 0 ? ', ' : ''}${renderAlternate(version, context)}`)}</span>`
      : nothing}
  </li>`;
}

/** The downloads under their heading, one level below the title's `level`; nothing when there are none. */
export function renderAttachments(groups: readonly AttachmentGroup[], level: number, context: AttachmentsContext) {
  if (groups.length === 0) return nothing;
  // No accessible name: a named <section> is a region landmark, and two statements on a page would repeat it.
  return html`<section part="attachments" class="attachments">
    ${renderHeading(levelBelow(level), { className: 'attachments-heading', id: 'documents' }, context.t.statementDocuments)}
    <ul>
      ${groups.map((group) => renderAttachment(group, context))}
    </ul>
  </section>`;
}
