/**
 * Hand-written baseline of <standpoint-statement> with its default options
 * (heading level 2, the whole text, not collapsed) for a feed whose text is
 * `content_text`: the same markup and text, built with the DOM API.
 */
import { describeAttachment, describeAttachmentAfter, fileName, groupAttachments } from '/dist/components/standpoint-statement/attachments.js';
import { splitPlaceholder } from '/dist/components/standpoint-statement/layout.js';
import { textDirection } from '/dist/i18n/direction.js';
import { textToParagraphs } from '/dist/components/standpoint-statement/paragraphs.js';
import { formatDate, languageName, listFormat } from '/dist/i18n/format.js';
import { en } from '/dist/i18n/en.js';
import { primaryLanguage, stringsFor, toUiLocale } from '/dist/i18n/locale.js';
import { uk } from '/dist/i18n/uk.js';
import { h, readerLanguage, s, shadowFor } from './dom.js';

const UI_STRINGS = { en, uk };

const icon = (...shapes) =>
  s(
    'svg',
    {
      class: 'icon', viewBox: '0 0 24 24', width: 18, height: 18, fill: 'none', stroke: 'currentColor', 'stroke-width': 2,
      'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
    },
    shapes,
  );
const closedIcon = () => icon(s('rect', { x: 4, y: 11, width: 16, height: 10, rx: 2 }), s('path', { d: 'M8 11V7a4 4 0 0 1 8 0v4' }));
const fileIcon = () => icon(s('path', { d: 'M14 3H6a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2V9z' }), s('path', { d: 'M14 3v6h6M12 12v6m-3-3 3 3 3-3' }));
const externalIcon = () => icon(s('path', { d: 'M14 4h6v6M20 4l-9 9M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5' }));

function dates(locale, t, published, modified) {
  const publishedText = formatDate(locale, published);
  const modifiedText = modified && modified !== published ? formatDate(locale, modified) : '';
  if (!publishedText && !modifiedText) return undefined;
  const dated = (template, value, text) => {
    const [before, after] = splitPlaceholder(template, 'date');
    return h('span', {}, before, h('time', { datetime: value ?? '' }, text), after);
  };
  return h(
    'p',
    { part: 'meta', class: 'meta' },
    publishedText ? dated(t.statementPublished, published, publishedText) : undefined,
    publishedText && modifiedText ? h('span', { class: 'separator', 'aria-hidden': 'true' }, ' · ') : undefined,
    modifiedText ? dated(t.statementModified, modified, modifiedText) : undefined,
  );
}

function authorLine(locale, t, item, feed) {
  const authors = (item.item.authors ?? []).filter((author) => author.name);
  if (authors.length === 0) return undefined;
  // Names in the item's own language (the bench pages speak the interface's language, so no dir).
  const lang = item.item.language || feed.language || undefined;
  let index = 0;
  return h(
    'p',
    { part: 'authors', class: 'authors' },
    authors.length === 1 ? t.statementAuthorOne : t.statementAuthorMany,
    ' ',
    listFormat(locale)
      .formatToParts(authors.map((author) => author.name))
      .map((part) => {
        if (part.type === 'literal') return part.value;
        const author = authors[index++];
        if (author.url) return h('a', { part: 'link', href: author.url, rel: 'noopener noreferrer', lang }, author.name);
        return lang ? h('span', { lang }, author.name) : author.name;
      }),
  );
}

function paragraph(segments) {
  return h(
    'p',
    { part: 'paragraph' },
    segments.map((segment) =>
      segment.kind === 'break' ? h('br')
      : segment.kind === 'link' ? h('a', { class: 'bare', href: segment.href, rel: 'noopener noreferrer' }, segment.text)
      : segment.text,
    ),
  );
}

function attachments(locale, uiLocale, t, item, reader) {
  // The localised attachments: each knows the language of its (perhaps translated) title.
  const groups = groupAttachments(item.attachments, reader, item.langs.content);
  if (groups.length === 0) return undefined;
  const units = { bytes: t.statementSizeBytes, kilobytes: t.statementSizeKilobytes, megabytes: t.statementSizeMegabytes, gigabytes: t.statementSizeGigabytes };
  const describe = (attachment) => describeAttachment(attachment, locale, units);
  return h(
    'section',
    { part: 'attachments', class: 'attachments' },
    h('h3', { class: 'attachments-heading', id: 'documents' }, t.statementDocuments),
    h(
      'ul',
      {},
      groups.map((group) => {
        const { attachment, lang } = group.chosen;
        const titleLang = group.title ? /** @type {import('/dist/feed/select.js').LocalizedAttachment} */ (attachment).titleLang : '';
        const name = group.title || fileName(attachment.url);
        const meta = describeAttachmentAfter(name, attachment, locale, units);
        return h(
          'li',
          { part: 'attachment' },
          h(
            'a',
            { part: 'link', class: 'attachment-link', href: attachment.url, type: attachment.mime_type, hreflang: lang || undefined, rel: 'noopener noreferrer' },
            fileIcon(),
            h('span', {}, h('span', { lang: titleLang }, name), ...(meta ? [' ', h('span', { class: 'file-meta' }, `(${meta})`)] : [])),
          ),
          group.alternates.length
            ? h(
                'span',
                { class: 'alternates' },
                t.statementOtherVersions,
                ' ',
                group.alternates.map((version, index) => [
                  index > 0 ? ', ' : undefined,
                  h(
                    'a',
                    { part: 'link', href: version.attachment.url, type: version.attachment.mime_type, hreflang: version.lang || undefined, rel: 'noopener noreferrer' },
                    `${version.lang ? languageName(uiLocale, version.lang) : fileName(version.attachment.url)} (${describe(version.attachment)})`,
                  ),
                ]),
              )
            : undefined,
        );
      }),
    ),
  );
}

function footer(t, tags, url, lang) {
  if (tags.length === 0 && !url) return undefined;
  return h(
    'footer',
    { part: 'footer', class: 'footer' },
    tags.length ? h('ul', { part: 'tags', class: 'tags', 'aria-label': t.statementTopics, lang }, tags.map((tag) => h('li', { part: 'tag' }, tag))) : undefined,
    url
      ? h('p', { class: 'original-line' }, h('a', { part: 'link', class: 'original', href: url, rel: 'noopener noreferrer' }, externalIcon(), h('span', {}, t.statementOriginalPublication)))
      : undefined,
  );
}

/** Renders a localised item into the host. */
export function renderStatement(host, item, feed) {
  const reader = readerLanguage(host);
  const uiLocale = toUiLocale(reader);
  const locale = primaryLanguage(reader) === uiLocale ? reader : uiLocale;
  const t = stringsFor(UI_STRINGS, uiLocale);
  const raw = item.item;
  if (raw.content_html !== undefined) throw new Error('the baseline statement renders content_text only');
  const title = item.title ?? feed.title;
  const titleLang = item.title ? item.langs.title : feed.language ?? '';
  const paragraphs = textToParagraphs(item.contentText ?? '');
  const contentLang = item.langs.content;
  shadowFor(host, 'standpoint-statement').append(
    h(
      'article',
      { part: 'base', class: 'statement', 'aria-labelledby': title ? 'heading' : undefined },
      h(
        'header',
        { part: 'header', class: 'header' },
        title ? h('h2', { part: 'heading', class: 'heading', id: 'heading', lang: titleLang, dir: textDirection(titleLang) }, title) : undefined,
        dates(locale, t, raw.date_published, raw.date_modified),
        ' ',
        authorLine(locale, t, item, feed),
      ),
      item.expired ? h('p', { part: 'status', class: 'closed', role: 'note' }, closedIcon(), h('span', {}, t.campaignClosed)) : undefined,
      item.summary ? h('p', { part: 'summary', class: 'summary', lang: item.langs.summary, dir: textDirection(item.langs.summary) }, item.summary) : undefined,
      paragraphs.length
        ? h('div', { part: 'content', class: 'content', lang: contentLang, dir: textDirection(contentLang) }, paragraphs.map(paragraph))
        : item.summary
          ? undefined
          : h('p', { part: 'content', class: 'status-message' }, t.statementEmpty),
      attachments(locale, uiLocale, t, item, reader),
      footer(t, item.tags, raw.url ?? raw.external_url, item.langs.tags),
    ),
  );
}
