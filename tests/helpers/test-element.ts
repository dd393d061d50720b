import { html } from 'lit';
import { StandpointElement } from '../../src/base/standpoint-element.js';
import { defineElement } from '../../src/define-element.js';
import type { LocalizedItem } from '../../src/feed/select.js';

/**
 * The smallest widget on the shared base: it shows the item's title and
 * language, so tests of the feed layer see exactly what a widget receives.
 */
export class TestStandpoint extends StandpointElement {
  protected override renderContent(item: LocalizedItem) {
    return html`<h2 part="base" lang=${item.lang}>${item.title}</h2>
      <p class="locale">${this.uiLocale}</p>
      <p class="loading-string">${this.t.loading}</p>
      <p class="format-locale">${this.formatLocale}</p>`;
  }
}

defineElement('test-standpoint', TestStandpoint);

declare global {
  interface HTMLElementTagNameMap {
    'test-standpoint': TestStandpoint;
  }
}
