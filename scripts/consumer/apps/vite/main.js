// An app that uses one widget and has Lit code of its own: its bundle
// must hold <standpoint-counter> only, and one copy of lit.
import 'standpoint-widgets/standpoint-counter.js';
import { LitElement, html } from 'lit';

class AppBanner extends LitElement {
  /** @override */
  render() {
    return html`<p>Our campaign</p>`;
  }
}
customElements.define('app-banner', AppBanner);
