import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { renderEmptyState } from '../../base/feed-states.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedItem } from '../../feed/select.js';
import { formatNumber } from '../../i18n/format.js';
import { enShared, enCounter, type CounterStrings } from '../../i18n/en.js';
import type { StringTables } from '../../i18n/locale.js';
import { ukShared, ukCounter } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { renderChart } from './counter-chart.js';
import { renderDetails, renderGoal, renderHeadline } from './counter-figures.js';
import { renderSignatoryList } from './counter-list.js';
import { renderAnnouncement, renderLiveControl } from './counter-live.js';
import { CountUpController } from './count-up-controller.js';
import { noFigures, takeFigures } from './figures.js';
import { ListRevealController } from './list-reveal-controller.js';
import { ScrollFocusController } from './scroll-focus-controller.js';
import { signatoryNoun } from '../../feed/signatories.js';
import { renderJoinLink } from '../../shared/join-link.js';
import { styles } from './standpoint-counter.styles.js';

export type CounterVariant = 'full' | 'compact';

/**
 * @summary How many have signed the standpoint, live: a large number with a pluralised label, progress towards a goal, the time of the last update, and optionally the names and a growth chart.
 * @tag standpoint-counter
 * @attr refresh - Seconds between re-fetches; when set, the counter is live and shows a pause control.
 * @slot - Fallback content (for example "148 signatories"), shown until the feed renders and again if it fails.
 * @csspart base - The widget's root box.
 * @csspart count - The number.
 * @csspart label - The words after the number ("signatories", "організацій").
 * @csspart details - The line with the verified count and the time of the update.
 * @csspart goal - The progress towards the goal: bar and text.
 * @csspart bar - The native `<progress>` bar.
 * @csspart chart - The growth chart's figure.
 * @csspart list - The list of names.
 * @csspart item - One name in the list.
 * @csspart link - A signatory's link.
 * @csspart button - The "show all" and pause buttons.
 * @csspart join - The link to join the standpoint (the feed's `_standpoint.join`), not shown once the campaign has closed.
 * @csspart icon - The join link's icon.
 * @csspart empty - The message shown when the feed gives no count and no list.
 * @cssprop [--standpoint-counter-number-size=2.5em] Size of the number (1.25em when compact).
 * @cssprop [--standpoint-counter-number-color=var(--standpoint-color-text)] Colour of the number.
 * @cssprop [--standpoint-counter-bar-color=var(--standpoint-color-accent)] Filled part of the bar.
 * @cssprop [--standpoint-counter-track-color=color-mix(in srgb, var(--standpoint-color-border) 60%, transparent)] Empty part of the bar.
 * @cssprop [--standpoint-counter-bar-height=0.5rem] Height of the bar.
 * @cssprop [--standpoint-counter-chart-color=var(--standpoint-color-accent)] Line of the growth chart.
 * @cssprop [--standpoint-counter-list-max-height=none] Height after which the list scrolls (none: a page of names, then "Show all").
 * @fires {StandpointLoadEvent} standpoint-load - The count has been rendered: on the first load and on each refresh that changed the feed. `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - The feed could not be loaded or used; with `stale: true` the last good count is still shown. `detail`: `{ code, message, url, stale, problems }`.
 */
export class StandpointCounter extends StandpointElement<CounterStrings> {
  protected static override uiStrings: StringTables<CounterStrings> = {
    en: { ...enShared, ...enCounter },
    uk: { ...ukShared, ...ukCounter },
  };

  static override styles = [hostStyles, styles];

  /** `full` (default) or `compact`: one line with the number and its label, for sidebars and footers. */
  @property({ reflect: true }) variant: CounterVariant = 'full';

  /** Shows the names of the listed signatories, a page at a time. */
  @property({ type: Boolean, reflect: true }) list = false;

  /** Shows a small growth chart from `signatories.history`, with a text alternative and a data table. */
  @property({ type: Boolean, reflect: true }) chart = false;

  /** A goal that replaces the feed's `signatories.goal`. */
  @property({ type: Number }) goal?: number;

  /** Names on the first page of the list (20). */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  /** The reader paused live updates (WCAG 2.2.2): the figures stay as they are until resumed. */
  @state() private paused = false;

  @query('.count') private countElement?: HTMLElement;

  private figures = noFigures;
  private readonly countUp = new CountUpController(this);
  private readonly reveal = new ListRevealController(this);
  /** Works through its host hooks alone: nothing here reads it. */
  protected readonly listFocus = new ScrollFocusController(this, '.list');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // The server renderer calls willUpdate and render, not update.
    if (isServer) this.takeNewFigures();
  }

  protected override update(changed: PropertyValues<this>): void {
    // After the feed controller's hostUpdate (it has chosen the item), before render.
    this.takeNewFigures();
    super.update(changed);
  }

  protected override updated(): void {
    // Room for the widest number of a count-up, set through the CSSOM (strict CSP allows no style attribute).
    const digits = this.countUp.widest((value) => formatNumber(this.formatLocale, value));
    this.countElement?.style.setProperty('--_digits', String(digits));
  }

  /** Takes the feed's current item unless paused; counts up to a new total. */
  private takeNewFigures(): void {
    const step = takeFigures(this.figures, this.view, this.paused);
    if (!step) return;
    this.figures = step.shown;
    if (step.newStandpoint) this.reveal.collapse();
    if (!step.shown.waiting) this.countUp.set(step.shown.count, step.animate);
  }

  private handlePauseClick(): void {
    this.paused = !this.paused;
    // Paused content does not move either.
    if (this.paused) this.countUp.finish();
  }

  private handleShowAllClick(): void {
    this.reveal.toggle(this.figures.signatories?.list?.length ?? 0, this.pageSize);
  }

  protected override renderContent(item: LocalizedItem) {
    const count = this.countUp.target;
    const display = this.countUp.value ?? count;
    if (count === undefined || display === undefined) {
      return html`<div part="base" class="base" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
        ${renderEmptyState(this.t.counterEmpty)}
        ${renderJoinLink(item.join, this.t.joinStandpoint, this.language)} ${this.renderLive()}
      </div>`;
    }
    const { formatLocale: locale, t } = this;
    const { signatories } = this.figures;
    const compact = this.variant === 'compact';
    const goal = this.goal !== undefined && this.goal > 0 ? this.goal : signatories?.goal;
    return html`<div part="base" class="base ${compact ? 'compact' : 'full'}" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${renderHeadline(locale, count, display, this.labelForms())}
      ${compact ? nothing : html`${renderDetails(locale, t, signatories, item.expired)}${renderGoal(locale, t, count, display, goal)}`}
      ${renderJoinLink(item.join, t.joinStandpoint, this.language)}
      ${compact ? nothing : html`${this.chart ? renderChart(signatories?.history, locale, t) : nothing}${this.renderList(item.ownLang)}`}
      ${this.renderLive()}
    </div>`;
  }

  private labelForms() {
    return this.t[signatoryNoun(this.figures.signatories?.list)];
  }

  /** The names as the feed writes them, marked with the item's own language (a translation does not translate names). */
  private renderList(lang: string) {
    const list = this.figures.signatories?.list;
    if (!this.list || !list || list.length === 0) return nothing;
    const pageSize = Math.max(1, Math.floor(this.pageSize) || 20);
    const { uiLocale, formatLocale: locale, t, reveal } = this;
    const view = { list, pageSize, names: this.contentLang(lang), uiLocale, locale, t, onToggle: this.handleShowAllClick };
    return renderSignatoryList({ ...view, limit: reveal.shown(list.length, pageSize), expanded: reveal.expanded });
  }

  /** The pause control (WCAG 2.2.2) whenever the counter refreshes by itself, and the announcement of a new total. */
  private renderLive() {
    const { formatLocale: locale, t, figures } = this;
    const control = Number(this.refresh) > 0 ? renderLiveControl(t, this.paused, figures.waiting, this.handlePauseClick) : nothing;
    return html`${control}${renderAnnouncement(locale, t, figures.announced, this.labelForms())}`;
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-counter': StandpointCounter;
  }
}
