import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { renderEmptyState } from '../../base/feed-states.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedItem } from '../../feed/select.js';
import type { Demand } from '../../feed/types.js';
import { formatNumber, plural } from '../../i18n/format.js';
import { enShared, enDemands, type DemandsStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukDemands } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { summarizeDemands } from '../../feed/demand-status.js';
import { clampHeadingLevel, renderHeading } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { renderDemand, type DemandContext } from './demand-item.js';
import { describeDemandChanges, filterDemands, parseStatusFilter, type DemandStatusFilter } from './demand-status.js';
import { StatusChangeController } from './status-change-controller.js';
import { renderStatusLegend } from './status-legend.js';
import { styles } from './standpoint-demands.styles.js';

/**
 * @summary The standpoint's demands as a checklist: each demand with its status (icon and word), note, source and date, under a line that says how many are enshrined in an agreement.
 * @tag standpoint-demands
 *
 * @csspart base - The widget's root box.
 * @csspart heading - The heading above the list.
 * @csspart summary - The summary line and its bar.
 * @csspart bar - The progress bar (a native `<progress>`) of demands enshrined in an agreement.
 * @csspart list - The ordered list of demands.
 * @csspart item - One demand.
 * @csspart text - A demand's text.
 * @csspart status - A demand's status: icon and word (also each badge of the legend).
 * @csspart status-pending - The status of a pending demand; likewise `status-voiced`, `status-negotiating`, `status-enshrined`, `status-implemented`, `status-rejected` and `status-unknown`.
 * @csspart icon - A status icon.
 * @csspart note - A demand's note.
 * @csspart link - The link to the source of a demand's status.
 * @csspart date - The date a demand's status last changed.
 * @csspart changed - The "just changed" mark of a demand whose status a refresh changed.
 * @csspart empty - The message shown when there is no demand to show.
 * @csspart legend - The legend of statuses.
 * @csspart legend-heading - The heading of the legend.
 * @csspart legend-item - One status of the legend.
 * @csspart legend-status - A badge of the legend (also `status` and `status-<name>`).
 * @csspart legend-description - What a status of the legend means.
 *
 * @cssprop [--standpoint-demands-gap=calc(0.75 * var(--standpoint-spacing))] Space between demands.
 * @cssprop [--standpoint-demands-bar-color=var(--standpoint-color-success)] Filled part of the bar.
 * @cssprop [--standpoint-demands-bar-track-color=var(--standpoint-color-border)] Empty part of the bar.
 * @cssprop [--standpoint-demands-highlight-color=color-mix(in srgb, var(--standpoint-color-warning) 22%, transparent)] Background of a demand whose status just changed.
 * @cssprop [--standpoint-demands-tone-neutral=var(--standpoint-color-status-pending)] Colour of `pending` and unknown statuses in this widget.
 * @cssprop [--standpoint-demands-tone-active=var(--standpoint-color-status-voiced)] Colour of `voiced` in this widget.
 * @cssprop [--standpoint-demands-tone-progress=var(--standpoint-color-status-negotiating)] Colour of `negotiating` in this widget.
 * @cssprop [--standpoint-demands-tone-achieved=var(--standpoint-color-status-enshrined)] Colour of `enshrined` and `implemented` in this widget.
 * @cssprop [--standpoint-demands-tone-refused=var(--standpoint-color-status-rejected)] Colour of `rejected` in this widget.
 * @fires {StandpointLoadEvent} standpoint-load - The checklist has been rendered: on the first load and on each refresh that changed the feed. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used; with `stale: true` the last good checklist is still shown. `detail`: `{ code, message, url, stale, problems }`.
 */
export class StandpointDemands extends StandpointElement<DemandsStrings> {
  protected static override uiStrings: StringTables<DemandsStrings> = {
    en: { ...enShared, ...enDemands },
    uk: { ...ukShared, ...ukDemands },
  };

  static override styles = [hostStyles, styles];

  /** Show only demands with these statuses, space-separated: `"enshrined implemented"`. Empty shows every demand. */
  @property() status: DemandStatusFilter = '';

  /** One line per demand: its icon and text (the status word is still read by screen readers). */
  @property({ type: Boolean, reflect: true }) compact = false;

  /** Adds a legend that explains every status. */
  @property({ type: Boolean }) legend = false;

  /** Level of the widget's heading, 1–6 (2); the legend's heading is one below. */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  /** Status changes a refresh brings: the live region's text and the marks on changed demands. */
  private readonly statusChanges = new StatusChangeController(this, () => this.view);

  protected override renderContent(item: LocalizedItem) {
    const { demands } = item;
    return html`<div part="base" class="base" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${renderHeading(clampHeadingLevel(this.headingLevel), { part: 'heading', id: 'heading', className: 'heading' }, this.t.demandsHeading)}
      ${demands.length === 0 ? renderEmptyState(this.t.demandsEmpty) : this.renderDemands(item)}
      <p class="visually-hidden" role="status">${describeDemandChanges(this.statusChanges.changes, this.t)}</p>
    </div>`;
  }

  private renderDemands(item: LocalizedItem) {
    const filter = parseStatusFilter(this.status);
    const shown = filterDemands(item.demands, filter);
    const context: DemandContext = {
      t: this.t,
      formatLocale: this.formatLocale,
      compact: this.compact,
      contentLang: (lang) => this.contentLang(lang),
      isHighlighted: (id) => this.statusChanges.isHighlighted(id),
    };
    return html`${this.renderSummary(item.demands)}
      ${filter
        ? html`<p class="filter-note">
            ${plural(this.formatLocale, item.demands.length, this.t.demandsShowing, { shown: formatNumber(this.formatLocale, shown.length) })}
          </p>`
        : nothing}
      ${shown.length === 0
        ? html`<p part="empty" class="empty">${this.t.demandsNoMatch}</p>`
        : html`<ol part="list" class="list" aria-labelledby="heading">
            ${repeat(shown, (entry) => entry.key, (entry) => renderDemand(entry, context))}
          </ol>`}
      ${this.legend ? renderStatusLegend(this.t, clampHeadingLevel(this.headingLevel)) : nothing}`;
  }

  private renderSummary(demands: readonly Demand[]) {
    const { total, enshrined } = summarizeDemands(demands);
    const text = plural(this.formatLocale, total, this.t.demandsSummary, { done: formatNumber(this.formatLocale, enshrined) });
    return html`<div part="summary" class="summary">
      <p id="summary" class="summary-text">${text}</p>
      <progress part="bar" class="bar" max=${total} value=${enshrined} aria-labelledby="summary"></progress>
    </div>`;
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-demands': StandpointDemands;
  }
}
