/** The counter's list of names and its "show all" button: markup only. */
import { html, nothing } from 'lit';
import { guard } from 'lit/directives/guard.js';
import type { Signatory } from '../../feed/types.js';
import type { CounterStrings } from '../../i18n/en.js';
import { formatNumber, interpolate } from '../../i18n/format.js';
import type { TextLanguage } from '../../i18n/language-policy.js';
import { primaryLanguage } from '../../i18n/locale.js';
import { checkIcon } from './counter-icons.js';
import { listRuns } from './signatories.js';

/** Names per separately rendered run of the list (see listRuns). */
const LIST_RUN = 250;

export interface SignatoryListView {
  readonly list: readonly Signatory[];
  /** Names drawn now. */
  readonly limit: number;
  readonly pageSize: number;
  readonly expanded: boolean;
  /** The names' language, as the feed writes them (a translation does not translate names). */
  readonly names: TextLanguage;
  /** The interface's language, for the "verified" badges. */
  readonly uiLocale: string;
  readonly locale: string;
  readonly t: CounterStrings;
  readonly onToggle: () => void;
}

/** The "verified" badge: interface text among the names, marked as such when the names are in another language. */
interface VerifiedBadge {
  readonly text: string;
  readonly lang?: string;
  readonly dir?: 'ltr';
}

function verifiedBadge(text: string, names: TextLanguage, uiLocale: string): VerifiedBadge {
  const lang = names.lang && primaryLanguage(names.lang) !== uiLocale ? uiLocale : undefined;
  return { text, lang, dir: lang && names.dir ? 'ltr' : undefined };
}

export function renderSignatoryList({ list, limit, pageSize, expanded, names, uiLocale, locale, t, onToggle }: SignatoryListView) {
  const badge = verifiedBadge(t.counterVerifiedBadge, names, uiLocale);
  return html`<ul part="list" id="signatory-list" class="list ${expanded ? 'expanded' : ''}" lang=${names.lang ?? nothing} dir=${names.dir ?? nothing} aria-label=${t.counterListLabel}>
      ${listRuns(limit, LIST_RUN).map(([start, end]) =>
        guard([list, start, end, badge.text, badge.lang, badge.dir], () => list.slice(start, end).map((signatory) => renderSignatory(signatory, badge))),
      )}
    </ul>
    ${list.length > pageSize
      ? html`<button part="button" class="button more" type="button" aria-expanded=${expanded ? 'true' : 'false'} aria-controls="signatory-list" @click=${onToggle}>
          ${expanded ? t.counterShowFewer : interpolate(t.counterShowAll, { count: formatNumber(locale, list.length) })}
        </button>`
      : nothing}`;
}

function renderSignatory(signatory: Signatory, badge: VerifiedBadge) {
  return html`<li part="item" class="item">
    ${signatory.url ? html`<a part="link" href=${signatory.url} rel="noreferrer">${signatory.name}</a>` : signatory.name}
    ${signatory.verified ? html`<span class="badge">${checkIcon}<span lang=${badge.lang ?? nothing} dir=${badge.dir ?? nothing}>${badge.text}</span></span>` : nothing}
  </li>`;
}
