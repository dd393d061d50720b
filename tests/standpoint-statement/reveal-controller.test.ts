import '../helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { property } from 'lit/decorators.js';
import { RevealController } from '../../src/components/standpoint-statement/reveal-controller.js';

/** A disclosure on the controller: the button above the text while closed, below it while open, as the statement places it. */
class RevealHost extends LitElement {
  @property({ type: Boolean }) collapsed = true;
  renders = 0;
  readonly reveal = new RevealController(this, {
    opened: () => this.renderRoot.querySelector<HTMLElement>('#more'),
    button: () => this.renderRoot.querySelector<HTMLElement>('button'),
  });

  override render() {
    this.renders += 1;
    const button = litHtml`<button @click=${this.reveal.toggle}>${this.reveal.expanded ? 'Show less' : 'Read more'}</button>`;
    return litHtml`<p>Preview</p>${this.reveal.expanded ? '' : button}<div id="more" tabindex="-1" ?hidden=${!this.reveal.expanded}>Rest</div>${this.reveal.expanded ? button : ''}`;
  }
}
customElements.define('test-reveal-host', RevealHost);

const focused = (element: RevealHost) => element.shadowRoot!.activeElement;

describe('RevealController', () => {
  it('opens the text and moves focus into it; closes it and gives focus back to the moved button', async () => {
    const element = await fixture<RevealHost>(html`<test-reveal-host></test-reveal-host>`);
    expect(element.reveal.expanded).to.equal(false);
    element.shadowRoot!.querySelector('button')!.click();
    await element.updateComplete;
    await element.updateComplete;
    expect(element.reveal.expanded).to.equal(true);
    expect(element.shadowRoot!.getElementById('more')!.hidden).to.equal(false);
    expect(focused(element)?.id).to.equal('more');

    await element.reveal.toggle();
    expect(element.reveal.expanded).to.equal(false);
    expect(focused(element)?.localName).to.equal('button');
    expect(focused(element)?.textContent).to.equal('Read more');
  });

  it('closes the text again when `collapsed` changes, within that same render', async () => {
    const element = await fixture<RevealHost>(html`<test-reveal-host></test-reveal-host>`);
    await element.reveal.toggle();
    expect(element.reveal.expanded).to.equal(true);
    const renders = element.renders;
    element.collapsed = false;
    await element.updateComplete;
    expect(element.reveal.expanded).to.equal(false);
    expect(element.renders, 'one render, already closed').to.equal(renders + 1);
    expect(element.shadowRoot!.getElementById('more')!.hidden).to.equal(true);

    await element.reveal.toggle();
    element.requestUpdate();
    await element.updateComplete;
    expect(element.reveal.expanded, 'an update that leaves `collapsed` as it was keeps the text open').to.equal(true);
  });
});
