import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../../src/components/standpoint-statement/standpoint-statement.js';
import { isSanitizerLoaded } from '../../src/components/standpoint-statement/sanitize.js';
import { fullFeed, plainFeed } from '../fixtures/feeds.js';

// Its own file, so its own page: nothing else has loaded DOMPurify here.
const purifyRequests = () => performance.getEntriesByType('resource').filter((entry) => /dompurify|purify/i.test(entry.name));

describe('<standpoint-statement>: the sanitiser is loaded only for HTML', () => {
  it('does not load DOMPurify for a feed without content_html, and loads it once one has', async () => {
    const text = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${fullFeed}></standpoint-statement>`);
    expect(text.shadowRoot!.querySelector('[part~="content"] p')).to.exist;
    expect(isSanitizerLoaded()).to.equal(false);
    expect(purifyRequests()).to.have.length(0);

    const withHtml = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${plainFeed}></standpoint-statement>`);
    await waitUntil(() => withHtml.shadowRoot!.querySelector('[part~="content"] em'), 'the HTML never rendered');
    expect(isSanitizerLoaded()).to.equal(true);
    expect(purifyRequests().length).to.be.greaterThan(0);
  });
});
