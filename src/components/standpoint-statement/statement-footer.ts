/** The statement's footer as markup: its topics and the link to the original publication. */
import { html, nothing } from 'lit';
import type { StatementStrings } from '../../i18n/en.js';
import { externalIcon } from './statement-icons.js';

/** Topics in `lang` and the link to `url`; nothing when there is neither. */
export function renderFooter(t: StatementStrings, tags: readonly string[], url: string | undefined, lang: string) {
  if (tags.length === 0 && !url) return nothing;
  return html`<footer part="footer" class="footer">
    ${tags.length
      ? html`<ul part="tags" class="tags" aria-label=${t.statementTopics} lang=${lang}>
          ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
        </ul>`
      : nothing}
    ${url
      ? html`<p class="original-line"><a part="link" class="original" href=${url} rel="noopener noreferrer">${externalIcon}<span>${t.statementOriginalPublication}</span></a></p>`
      : nothing}
  </footer>`;
}
