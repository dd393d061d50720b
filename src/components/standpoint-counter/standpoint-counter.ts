import { html, isServer, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { guard } from 'lit/directives/guard.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedItem } from '../../feed/select.js';
import type { FeedItem, Signatories, Signatory } from '../../feed/types.js';
import { formatDate, formatNumber, interpolate, plural } from '../../i18n/format.js';
import { enShared, enCounter, type CounterStrings } from '../../i18n/en.js';
import { primaryLanguage, type StringTables } from '../../i18n/locale.js';
import { ukShared, ukCounter } from '../../i18n/uk.js';
import { hostStyles } from '../../styles/host.styles.js';
import { checkIcon, pauseIcon, playIcon } from './counter-icons.js';
import { CountUpController } from './count-up-controller.js';
import { countLabel, goalProgress, goalText, listRuns, nextListLimit, updatedText } from './signatories.js';
import { signatoryNoun, verifiedCount } from '../../feed/signatories.js';
import { crossesYears, historyDate, sortedHistory, sparklineArea, sparklinePoints, sparklineSummary } from './sparkline.js';
import { styles } from './standpoint-counter.styles.js';

export type CounterVariant = 'full' | 'compact';

/** Names added per frame while "show all" reveals a long list. */
const REVEAL_CHUNK = 1000;
/** Names per separately rendered run of the list (see listRuns). */
const LIST_RUN = 250;
const CHART_WIDTH = 120;
const CHART_HEIGHT = 32;

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
 * @csspart empty - The message shown when the feed gives no count and no list.
 * @cssprop --standpoint-counter-number-size - Size of the number (2.5em; 1.25em when compact).
 * @cssprop --standpoint-counter-number-color - Colour of the number (the text colour).
 * @cssprop --standpoint-counter-bar-color - Filled part of the bar (the accent).
 * @cssprop --standpoint-counter-track-color - Empty part of the bar.
 * @cssprop --standpoint-counter-bar-height - Height of the bar (0.5rem).
 * @cssprop --standpoint-counter-chart-color - Line of the growth chart (the accent).
 * @cssprop --standpoint-counter-list-max-height - Height after which the list scrolls (none: a page of names, then "Show all").
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
  /** The whole list was asked for. */
  @state() private expanded = false;
  /** Names in the DOM while the whole list is revealed chunk by chunk. */
  @state() private listLimit = 0;

  @query('.count') private countElement?: HTMLElement;
  @query('.list') private listElement?: HTMLElement;

  /** The figures on screen: they stay while paused, and when a refresh brings a rejected count. */
  private shownItem?: FeedItem;
  private shown?: Signatories;
  private readonly countUp = new CountUpController(this);
  private revealFrame?: number;
  private waiting = false;
  /** The last new total for screen readers; the polite live region says it once. */
  private announced?: number;
  private listObserver?: ResizeObserver;
  private observedList?: HTMLElement;

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
    const { value, target, from } = this.countUp;
    const digits = [value, target, from]
      .filter((value): value is number => value !== undefined)
      .reduce((widest, value) => Math.max(widest, formatNumber(this.formatLocale, value).length), 1);
    this.countElement?.style.setProperty('--_digits', String(digits));
    this.watchListOverflow(this.listElement);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    this.revealFrame = undefined;
    this.watchListOverflow(undefined);
  }

  /**
   * A list that scrolls must be reachable by keyboard; one that does not must
   * not add a tab stop. Whether it scrolls is read when its box changes size
   * (a ResizeObserver, after layout), never on each update: a count-up frame
   * or a refresh would otherwise force a layout of the whole list.
   */
  private watchListOverflow(list: HTMLElement | undefined): void {
    if (list === this.observedList) return;
    this.listObserver?.disconnect();
    this.observedList = list;
    if (!list || typeof ResizeObserver === 'undefined') return;
    this.listObserver ??= new ResizeObserver(([entry]) => {
      const target = entry.target as HTMLElement;
      if (target.scrollHeight > target.clientHeight + 1) {
        if (target.getAttribute('tabindex') !== '0') target.setAttribute('tabindex', '0');
      } else target.removeAttribute('tabindex');
    });
    this.listObserver.observe(list);
  }

  /** Takes the feed's current item unless paused; counts up to a new total. */
  private takeNewFigures(): void {
    const view = this.view;
    const item = view?.item;
    if (!view || !item || item === this.shownItem) return;
    if (this.paused && this.shownItem) {
      this.waiting = true;
      return;
    }
    const signatories = view.signatories;
    let count = view.signatoryCount;
    const sameStandpoint = this.shownItem?.id === item.id;
    const previous = this.countUp.target;
    if (sameStandpoint && previous !== undefined && view.signatoryCountRejected) {
      count = previous;
    }
    const isRefresh = this.shownItem !== undefined;
    this.shownItem = item;
    this.shown = signatories;
    this.waiting = false;
    if (!sameStandpoint) this.expanded = false;
    const isNews = isRefresh && count !== previous;
    if (isNews && count !== undefined) this.announced = count;
    this.countUp.set(count, isNews);
  }

  private handlePauseClick(): void {
    this.paused = !this.paused;
    // Paused content does not move either.
    if (this.paused) this.countUp.finish();
  }

  private handleShowAllClick(): void {
    if (this.revealFrame !== undefined) cancelAnimationFrame(this.revealFrame);
    this.revealFrame = undefined;
    this.expanded = !this.expanded;
    if (!this.expanded) return;
    const total = this.shown?.list?.length ?? 0;
    const reveal = () => {
      this.listLimit = nextListLimit(this.listLimit, total, REVEAL_CHUNK);
      this.revealFrame = this.listLimit < total ? requestAnimationFrame(reveal) : undefined;
    };
    this.listLimit = this.pageSize;
    reveal();
  }

  protected override renderContent(item: LocalizedItem) {
    const count = this.countUp.target;
    const display = this.countUp.value ?? count;
    if (count === undefined || display === undefined) {
      return html`<div part="base" class="base" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
        <p part="empty" class="status-message">${this.t.counterEmpty}</p>
        ${this.renderLiveControl()}${this.renderAnnouncement()}
      </div>`;
    }
    const compact = this.variant === 'compact';
    return html`<div part="base" class="base ${compact ? 'compact' : 'full'}" lang=${this.interfaceLang ?? nothing} dir=${this.interfaceDir ?? nothing}>
      ${this.renderHeadline(count, display)}
      ${compact ? nothing : html`${this.renderDetails(item)}${this.renderGoal(count, display)}${this.renderChart()}${this.renderList(item.ownLang)}`}
      ${this.renderLiveControl()}${this.renderAnnouncement()}
    </div>`;
  }

  private labelForms() {
    return this.t[signatoryNoun(this.shown?.list)];
  }

  /** The number and its label; the label agrees with the final total, so it does not flicker while counting. */
  private renderHeadline(count: number, display: number) {
    const label = countLabel(this.formatLocale, count, this.labelForms());
    return html`<p class="headline">
      ${label.before ? html`<span part="label" class="label">${label.before}</span>` : nothing}<span part="count" class="count"
        >${formatNumber(this.formatLocale, display)}</span
      ><span part="label" class="label">${label.after}</span>
    </p>`;
  }

  private renderDetails(item: LocalizedItem) {
    const verified = verifiedCount(this.shown?.list);
    const updated = updatedText(this.formatLocale, this.shown?.updated, this.t.updatedAgo);
    if (verified === undefined && !updated && !item.expired) return nothing;
    return html`<p part="details" class="details">
      ${verified === undefined
        ? nothing
        : html`<span class="verified">${checkIcon}${interpolate(this.t.counterVerified, { count: formatNumber(this.formatLocale, verified) })}</span>`}
      ${updated
        ? html`<time datetime=${this.shown?.updated ?? ''} title=${formatDate(this.formatLocale, this.shown?.updated, { dateStyle: 'long', timeStyle: 'short' })}
            >${updated}</time
          >`
        : nothing}
      ${item.expired ? html`<span>${this.t.campaignClosed}</span>` : nothing}
    </p>`;
  }

  private renderGoal(count: number, display: number) {
    const goal = this.goal !== undefined && this.goal > 0 ? this.goal : this.shown?.goal;
    const progress = goalProgress(count, goal);
    const shownProgress = goalProgress(display, goal);
    if (!progress || !shownProgress) return nothing;
    return html`<div part="goal" class="goal">
      <progress part="bar" class="bar" max=${progress.max} .value=${shownProgress.value} aria-labelledby="goal-text"></progress>
      <p id="goal-text" class="goal-text">
        <span>${goalText(this.formatLocale, progress, count, this.t.counterGoal)}</span>
        ${progress.reached ? html`<span class="reached">${checkIcon}${this.t.counterGoalReached}</span>` : nothing}
      </p>
    </div>`;
  }

  private renderChart() {
    if (!this.chart) return nothing;
    const history = sortedHistory(this.shown?.history);
    const points = sparklinePoints(history, CHART_WIDTH, CHART_HEIGHT);
    if (!points) return nothing;
    const locale = this.formatLocale;
    const withYear = crossesYears(history);
    return html`<figure part="chart" class="chart">
      <svg class="sparkline" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <polygon class="area" points=${sparklineArea(points, CHART_HEIGHT)}></polygon>
        <polyline class="line" points=${points}></polyline>
      </svg>
      <figcaption class="chart-summary">${sparklineSummary(locale, history, this.t.counterChartSummary)}</figcaption>
      <table class="visually-hidden">
        <caption>${this.t.counterChartCaption}</caption>
        <thead><tr><th scope="col">${this.t.counterChartDate}</th><th scope="col">${this.t.counterChartCount}</th></tr></thead>
        <tbody>
          ${history.map((point) => html`<tr><td>${historyDate(locale, point.date, withYear)}</td><td>${formatNumber(locale, point.count)}</td></tr>`)}
        </tbody>
      </table>
    </figure>`;
  }

  /** The names as the feed writes them, marked with the item's own language (a translation does not translate names). */
  private renderList(lang: string) {
    const list = this.shown?.list;
    if (!this.list || !list || list.length === 0) return nothing;
    const pageSize = Math.max(1, Math.floor(this.pageSize) || 20);
    const limit = Math.min(list.length, this.expanded ? Math.max(this.listLimit, pageSize) : pageSize);
    const names = this.contentLang(lang);
    // The "verified" badge is interface text among the names: marked as such when the names are in another language.
    const badgeLang = names.lang && primaryLanguage(names.lang) !== this.uiLocale ? this.uiLocale : undefined;
    const badge = { text: this.t.counterVerifiedBadge, lang: badgeLang, dir: badgeLang && names.dir ? ('ltr' as const) : undefined };
    return html`<ul part="list" id="signatory-list" class="list ${this.expanded ? 'expanded' : ''}" lang=${names.lang ?? nothing} dir=${names.dir ?? nothing} aria-label=${this.t.counterListLabel}>
        ${listRuns(limit, LIST_RUN).map(([start, end]) =>
          guard([list, start, end, badge.text, badge.lang, badge.dir], () => list.slice(start, end).map((signatory) => this.renderSignatory(signatory, badge))),
        )}
      </ul>
      ${list.length > pageSize
        ? html`<button part="button" class="button more" type="button" aria-expanded=${this.expanded ? 'true' : 'false'} aria-controls="signatory-list" @click=${this.handleShowAllClick}>
            ${this.expanded ? this.t.counterShowFewer : interpolate(this.t.counterShowAll, { count: formatNumber(this.formatLocale, list.length) })}
          </button>`
        : nothing}`;
  }

  private renderSignatory(signatory: Signatory, badge: { text: string; lang?: string; dir?: 'ltr' }) {
    return html`<li part="item" class="item">
      ${signatory.url ? html`<a part="link" href=${signatory.url} rel="noreferrer">${signatory.name}</a>` : signatory.name}
      ${signatory.verified ? html`<span class="badge">${checkIcon}<span lang=${badge.lang ?? nothing} dir=${badge.dir ?? nothing}>${badge.text}</span></span>` : nothing}
    </li>`;
  }

  /** The pause control (WCAG 2.2.2), whenever the counter refreshes by itself. */
  private renderLiveControl() {
    if (!(Number(this.refresh) > 0)) return nothing;
    return html`<div class="live">
      <button part="button" class="button pause" type="button" aria-pressed=${this.paused ? 'true' : 'false'} @click=${this.handlePauseClick}>
        ${this.paused ? playIcon : pauseIcon}<span>${this.t.counterPause}</span>
      </button>
      ${this.paused
        ? html`<span class="live-note">${this.t.counterPaused}${this.waiting ? ` ${this.t.counterWaiting}` : ''}</span>`
        : nothing}
    </div>`;
  }

  /** Only the final total of a change, never the numbers in between. */
  private renderAnnouncement() {
    const total = this.announced === undefined ? '' : plural(this.formatLocale, this.announced, this.labelForms());
    return html`<p class="visually-hidden" role="status">${total ? interpolate(this.t.counterAnnouncement, { total }) : ''}</p>`;
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-counter': StandpointCounter;
  }
}
