/** One demand of the checklist as markup: its text, status (icon and word), note, date and source. */
import { html, nothing } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { demandStatusInfo } from '../../feed/demand-status.js';
import type { LocalizedDemand } from '../../feed/select.js';
import type { Demand } from '../../feed/types.js';
import type { DemandsStrings } from '../../i18n/en.js';
import { interpolate } from '../../i18n/format.js';
import type { TextLanguage } from '../../i18n/language-policy.js';
import { formatDateOnOneLine } from '../../shared/dates.js';
import { renderStatusIcon } from '../../shared/icons.js';
import { demandStatusLabel, type NumberedDemand } from './demand-status.js';

/** What a demand is written with, the same for every demand of the list. */
export interface DemandContext {
  readonly t: DemandsStrings;
  readonly formatLocale: string;
  /** One line per demand: icon and text. */
  readonly compact: boolean;
  /** `lang` and `dir` for feed text in a language. */
  readonly contentLang: (lang: string | undefined) => TextLanguage;
  /** Whether a demand is marked as just changed. */
  readonly isHighlighted: (id: string) => boolean;
}

/**
 * The status row, the note and the date take the direction of the demand's text
 * (`dir`), so that on a right-to-left page they stand on the same side as the text;
 * the interface words inside keep their own direction (dir="auto").
 */
function renderMeta(demand: Demand, number: number, { t, formatLocale }: DemandContext, dir: string | undefined) {
  // No-break spaces keep "28 серпня 2025 р." on one line in a narrow column.
  const date = formatDateOnOneLine(formatLocale, demand.updated);
  if (!date && !demand.url) return nothing;
  return html`<p class="meta" dir=${dir ?? nothing}>
    ${date
      ? html`<time part="date" dir="auto" datetime=${demand.updated ?? nothing}>${interpolate(t.demandsUpdated, { date })}</time>`
      : nothing}
    ${demand.url
      ? html`<a part="link" href=${demand.url}
          >${t.demandsSource}<span class="visually-hidden"> ${interpolate(t.demandsSourceOf, { number })}</span></a
        >`
      : nothing}
  </p>`;
}

/** The list item of demand number `number`, keeping its number when the list is filtered. */
export function renderDemand({ demand, number }: NumberedDemand<LocalizedDemand>, context: DemandContext) {
  const { t } = context;
  const info = demandStatusInfo(demand.status);
  const label = demandStatusLabel(demand.status, t);
  const changed = context.isHighlighted(demand.id);
  const text = context.contentLang(demand.lang);
  const note = context.contentLang(demand.noteLang);
  const changedNote = changed ? html`<span part="changed" class="changed-note">${t.demandsJustChanged}</span>` : nothing;
  return html`<li part="item" class=${classMap({ item: true, changed, [`s-${info.icon}`]: true })} value=${number}>
    ${context.compact
      ? html`<span class="compact-row">
          ${renderStatusIcon(info.icon)}
          <span>
            <span part="text" class="text" lang=${text.lang ?? nothing} dir=${text.dir ?? nothing}>${demand.text}</span>
            <span class="visually-hidden">${t.demandsStatusPrefix} ${label}</span>
            ${changedNote}
          </span>
        </span>`
      : html`<p part="text" class="text" lang=${text.lang ?? nothing} dir=${text.dir ?? nothing}>${demand.text}</p>
          <p class="status" dir=${text.dir ?? nothing}>
            <span part="status status-${info.icon}" class="badge">
              ${renderStatusIcon(info.icon)}
              <span class="visually-hidden">${t.demandsStatusPrefix}</span>
              <span class="status-label" dir="auto">${label}</span>
            </span>
            ${changedNote}
          </p>
          ${demand.note ? html`<p part="note" class="note" lang=${note.lang ?? nothing} dir=${note.dir ?? text.dir ?? nothing}>${demand.note}</p>` : nothing}
          ${renderMeta(demand, number, context, text.dir)}`}
  </li>`;
}
