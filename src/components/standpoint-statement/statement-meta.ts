/** The statement's header lines as markup: its dates and its authors. */
import { html, nothing } from 'lit';
import type { LocalizedItem } from '../../feed/select.js';
import { formatDate, listFormat } from '../../i18n/format.js';
import type { StatementStrings } from '../../i18n/en.js';
import type { TextLanguage } from '../../i18n/language-policy.js';
import { splitPlaceholder } from './layout.js';

/** "Published … · Updated …", each date a `<time>`; the update only when it differs. */
export function renderDates(t: StatementStrings, locale: string, published?: string, modified?: string) {
  const publishedText = formatDate(locale, published);
  const modifiedText = modified && modified !== published ? formatDate(locale, modified) : '';
  if (!publishedText && !modifiedText) return nothing;
  const dated = (template: string, value: string | undefined, text: string) => {
    const [before, after] = splitPlaceholder(template, 'date');
    return html`<span>${before}<time datetime=${value ?? ''}>${text}</time>${after}</span>`;
  };
  return html`<p part="meta" class="meta">
    ${publishedText ? dated(t.statementPublished, published, publishedText) : nothing}${publishedText && modifiedText
      ? html`<span class="separator" aria-hidden="true"> · </span>`
      : nothing}${modifiedText ? dated(t.statementModified, modified, modifiedText) : nothing}
  </p>`;
}

/** "By A, B and C", joined as the reader's locale joins a list; `names`: the lang and dir of the names, as the feed writes them. */
export function renderAuthors(t: StatementStrings, locale: string, authors: LocalizedItem['authors'], names: TextLanguage) {
  const named = authors.filter((author) => author.name);
  if (named.length === 0) return nothing;
  const parts = listFormat(locale).formatToParts(named.map((author) => author.name!));
  let index = 0;
  return html`<p part="authors" class="authors">
    ${named.length === 1 ? t.statementAuthorOne : t.statementAuthorMany}
    ${parts.map((part) => {
      if (part.type === 'literal') return part.value;
      const author = named[index++];
      if (author.url) return html`<a part="link" href=${author.url} rel="noopener noreferrer" lang=${names.lang ?? nothing} dir=${names.dir ?? nothing}>${author.name}</a>`;
      return names.lang ? html`<span lang=${names.lang} dir=${names.dir ?? nothing}>${author.name}</span>` : author.name;
    })}
  </p>`;
}
