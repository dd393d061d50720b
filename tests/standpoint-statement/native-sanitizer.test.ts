import '../helpers/lit-warnings.js';
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import '../../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../../src/components/standpoint-statement/standpoint-statement.js';
import { isSanitizerLoaded, nativeSanitizerAvailable, sanitizerReady } from '../../src/components/standpoint-statement/sanitize.js';
import { plainFeed } from '../fixtures/feeds.js';

// Its own file, so its own page: nothing else could have loaded DOMPurify here.
const purifyRequests = () => performance.getEntriesByType('resource').filter((entry) => /dompurify|purify/i.test(entry.name));

describe('<standpoint-statement>: the browser’s own HTML sanitiser', () => {
  it('renders content_html in its first update, with no chunk to load', async () => {
    expect(nativeSanitizerAvailable(), 'Chromium has Element.setHTML and Sanitizer').to.equal(true);
    expect(sanitizerReady()).to.equal(true);
    const element = document.createElement('standpoint-statement') as StandpointStatement;
    element.lang = 'en';
    element.feed = plainFeed;
    document.body.append(element);
    try {
      await element.updateComplete;
      const content = element.shadowRoot!.querySelector('[part~="content"]')!;
      expect(element.shadowRoot!.querySelector('[aria-busy]'), 'never a loading state').to.equal(null);
      expect(content.querySelector('em')!.textContent).to.equal('plain');
      await aTimeout(100);
      expect(isSanitizerLoaded()).to.equal(false);
      expect(purifyRequests()).to.have.length(0);
    } finally {
      element.remove();
    }
  });

  it('makes no request for what the feed’s markup names', async () => {
    const feed = structuredClone(plainFeed);
    feed.items[0].content_html += '<p>More <img src="https://tracker.example/native.gif"><a href="https://example.org/native">link</a></p>';
    const before = performance.getEntriesByType('resource').length;
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
    expect(element.shadowRoot!.querySelector('[part~="content"] a[href="https://example.org/native"]')).to.exist;
    await aTimeout(100);
    expect(performance.getEntriesByType('resource').slice(before).map((entry) => entry.name)).to.deep.equal([]);
    expect(purifyRequests()).to.have.length(0);
  });
});
