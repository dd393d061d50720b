/** The share card's preview of what is shared (image, title, text) and the signatory count. Markup only. */
import { html, nothing } from 'lit';
import type { LocalizedItem } from '../../feed/select.js';
import { signatoryNoun } from '../../feed/signatories.js';
import type { ShareStrings } from '../../i18n/en.js';
import { plural } from '../../i18n/format.js';
import type { TextLanguage } from '../../i18n/language-policy.js';

/** The title at heading `level`; `preview` is the shared text's language, `uiLocale` the fallback title's. */
export function renderSharePreview(t: ShareStrings, share: LocalizedItem['share'], level: number, preview: TextLanguage, uiLocale: string) {
  return html`<div class="preview" lang=${preview.lang ?? nothing} dir=${preview.dir ?? nothing}>
    ${share.image
      ? html`<img part="image" class="image" src=${share.image.url} alt=${share.image.alt ?? ''} loading="lazy" decoding="async" referrerpolicy="no-referrer" />`
      : nothing}
    <div part="heading" id="heading" class="heading" role="heading" aria-level=${level} lang=${share.title ? nothing : uiLocale} dir=${share.title || !preview.dir ? nothing : 'ltr'}>
      ${share.title || t.shareFallbackTitle}
    </div>
    ${share.text ? html`<p part="text" class="text">${share.text}</p>` : nothing}
  </div>`;
}

/** The same count and noun as <standpoint-counter>, so two widgets on a page agree; nothing without signatories. */
export function renderShareCount(locale: string, t: ShareStrings, item: Pick<LocalizedItem, 'signatoryCount' | 'signatories'>) {
  const total = item.signatoryCount ?? 0;
  const noun = signatoryNoun(item.signatories?.list);
  return total > 0 ? html`<p part="count" class="count">${plural(locale, total, t[noun])}</p>` : nothing;
}
