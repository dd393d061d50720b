/**
 * The join link of the counter and the share card: an ordinary link to the
 * coalition's form or address, from the view model. No form is embedded and
 * nothing is sent: the reader's browser only follows the link they click.
 */
import { html, nothing } from 'lit';
import type { LocalizedJoin } from '../feed/select.js';
import type { LanguagePolicy } from '../i18n/language-policy.js';
import { JOIN, renderIcon } from './icons.js';

/**
 * The link, or nothing when the view model has none (no `join` in the
 * feed, or the campaign has closed). The feed's own words carry their
 * language, marked as the widget's language policy says; the default words
 * are the interface's and inherit its `lang` from the widget's root.
 */
export function renderJoinLink(join: LocalizedJoin | undefined, defaultText: string, policy: Pick<LanguagePolicy, 'contentLang'>) {
  if (!join) return nothing;
  const language = join.text === undefined ? undefined : policy.contentLang(join.lang);
  return html`<a part="join" class="button join" href=${join.url} rel="noopener" lang=${language?.lang ?? nothing} dir=${language?.dir ?? nothing}
    >${renderIcon(JOIN, { strokeWidth: 1.8, part: true })}<span>${join.text ?? defaultText}</span></a
  >`;
}
