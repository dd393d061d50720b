import { html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { StandpointElement } from '../../base/standpoint-element.js';
import type { LocalizedItem } from '../../feed/select.js';
import { hostStyles } from '../../styles/host.styles.js';
import { clampHeadingLevel, levelBelow } from '../../shared/heading.js';
import { numberAttribute } from '../../shared/numbers.js';
import { arrangeSections, FORWARDED_PARTS, parseSections, type EmbedColumn, type EmbedSection } from './sections.js';
import { styles } from './standpoint-embed.styles.js';

/**
 * @summary The whole standpoint in one element: statement, demand checklist, signatory counter (with the join link) and share card, one column on a phone and text beside counter and share in a wide column, all from one feed request.
 * @tag standpoint-embed
 *
 * @csspart base - The embed's root box (the container its layout is measured on).
 * @csspart layout - The grid that holds the columns.
 * @csspart column - Each column.
 * @csspart main-column - The column with the statement and the demands.
 * @csspart side-column - The column with the counter and the share card.
 * @csspart statement - The `<standpoint-statement>` element.
 * @csspart demands - The `<standpoint-demands>` element.
 * @csspart counter - The `<standpoint-counter>` element.
 * @csspart share - The `<standpoint-share>` element.
 *
 * Every part of the four inner widgets is forwarded under its own name (`exportparts`): `standpoint-embed::part(status)` styles the demands' statuses, `::part(heading)` every heading.
 *
 * @cssprop [--standpoint-embed-gap=calc(1.5 * var(--standpoint-spacing))] Space between the parts and the columns.
 * @cssprop [--standpoint-embed-side-width=20rem] Width of the counter-and-share column when the embed is wide (never more than 40 % of the embed).
 *
 * @fires {StandpointLoadEvent} standpoint-load - Once for the whole embed when the standpoint has rendered (the parts' own events stay inside). `detail`: `{ url, feed, item, problems }`.
 * @fires {StandpointErrorEvent} standpoint-error - Once for the whole embed when the feed cannot be loaded or used. `detail`: `{ code, message, url, stale, problems }`.
 * @fires {StandpointShareEvent} standpoint-share - From the share card: a reader took a share action. `detail`: `{ network, url }`.
 */
export class StandpointEmbed extends StandpointElement {
  static override styles = [hostStyles, styles];

  /** The parts to show, space separated, in order: `statement demands counter share` (the default). Unknown names are ignored; nothing usable shows every part. */
  @property() sections = '';

  /** Passed to the statement: show its summary and first paragraph with a "Read more" button, so the count and the share card come early in a narrow column. */
  @property({ type: Boolean }) collapsed = false;

  /** Level of the statement's title, 1–6 (2); the demands and share headings are one level below it. */
  @property({ converter: numberAttribute, attribute: 'heading-level' }) headingLevel = 2;

  protected override renderContent(item: LocalizedItem) {
    const sections = parseSections(this.sections);
    const columns = arrangeSections(sections);
    return html`<div part="base" class="base">
      <div
        part="layout"
        class="layout ${columns.length === 2 ? 'split' : 'single'} ${columns[0].kind}-first"
        @standpoint-load=${this.handlePartFeedEvent}
        @standpoint-error=${this.handlePartFeedEvent}
      >
        ${columns.map((column) => this.renderColumn(column, sections, item))}
      </div>
    </div>`;
  }

  /**
   * The embed announces load and error once for the whole standpoint; the
   * same news from each of its parts would only repeat it to the page.
   */
  private handlePartFeedEvent(event: Event): void {
    event.stopPropagation();
  }

  private renderColumn(column: EmbedColumn, sections: readonly EmbedSection[], item: LocalizedItem) {
    const level = clampHeadingLevel(this.headingLevel);
    // Under the statement's title the other headings go one level down, so the page outline stays whole.
    const below = sections.includes('statement') ? levelBelow(level) : level;
    // The join link stands by the count; the share card offers it only when the embed shows no counter.
    const joinInShare = !sections.includes('counter');
    return html`<div part="column ${column.kind}-column" class="column ${column.kind}">
      ${column.sections.map((section) => this.renderSection(section, level, below, joinInShare, item))}
    </div>`;
  }

  /**
   * One part, with the embed's feed settings passed through. The parts ask
   * the shared loader for the same URL, so the page still makes one request.
   * Data from the `feed` property or an inline script reaches them as the
   * property (they cannot see the embed's light DOM).
   */
  private renderSection(section: EmbedSection, level: number, below: number, joinInShare: boolean, shown: LocalizedItem) {
    const src = this.src || nothing;
    const item = this.item || nothing;
    const lang = this.readerLanguage;
    const theme = this.theme ?? nothing;
    const refresh = this.refresh > 0 ? this.refresh : nothing;
    const feed = this.feed ?? (shown.sourceUrl ? undefined : shown.feed);
    switch (section) {
      case 'statement':
        return html`<standpoint-statement part="statement" exportparts=${FORWARDED_PARTS} src=${src} item=${item} lang=${lang} theme=${theme} refresh=${refresh} heading-level=${level} ?collapsed=${this.collapsed} .feed=${feed} .strings=${this.strings}></standpoint-statement>`;
      case 'demands':
        return html`<standpoint-demands part="demands" exportparts=${FORWARDED_PARTS} src=${src} item=${item} lang=${lang} theme=${theme} refresh=${refresh} heading-level=${below} .feed=${feed} .strings=${this.strings}></standpoint-demands>`;
      case 'counter':
        return html`<standpoint-counter part="counter" exportparts=${FORWARDED_PARTS} src=${src} item=${item} lang=${lang} theme=${theme} refresh=${refresh} .feed=${feed} .strings=${this.strings}></standpoint-counter>`;
      case 'share':
        return html`<standpoint-share part="share" exportparts=${FORWARDED_PARTS} src=${src} item=${item} lang=${lang} theme=${theme} refresh=${refresh} heading-level=${Math.max(below, 2)} ?no-join=${!joinInShare} .feed=${feed} .strings=${this.strings}></standpoint-share>`;
    }
  }
}

// With the class, not in define.ts: a type-only import of the package root types the tag.
declare global {
  interface HTMLElementTagNameMap {
    'standpoint-embed': StandpointEmbed;
  }
}
