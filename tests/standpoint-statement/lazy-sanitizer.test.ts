import '../helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../../src/components/standpoint-statement/standpoint-statement.js';
import { isSanitizerLoaded, nativeSanitizerAvailable } from '../../src/components/standpoint-statement/sanitize.js';
import { fullFeed, plainFeed } from '../fixtures/feeds.js';
import { hideSanitizerApi } from '../helpers/sanitizer-api.js';

// Its own file, so its own page: nothing else has loaded DOMPurify here.
const purifyRequests = () => performance.getEntriesByType('resource').filter((entry) => /dompurify|purify/i.test(entry.name));
const contentHtml = (element: StandpointStatement) =>
  [...element.shadowRoot!.querySelectorAll('[part~="content"]')].map((part) => part.innerHTML.replace(/<!--[^>]*-->/g, '')).join('');

describe('<standpoint-statement>: DOMPurify, in a browser without the HTML Sanitizer API', () => {
  let restore: () => void;
  before(() => {
    restore = hideSanitizerApi();
  });
  after(() => restore());

  it('does not load DOMPurify for a feed without content_html, and loads it once one has', async () => {
    expect(nativeSanitizerAvailable()).to.equal(false);
    const text = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${fullFeed}></standpoint-statement>`);
    expect(text.shadowRoot!.querySelector('[part~="content"] p')).to.exist;
    expect(isSanitizerLoaded()).to.equal(false);
    expect(purifyRequests()).to.have.length(0);

    const withHtml = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${plainFeed}></standpoint-statement>`);
    expect(withHtml.shadowRoot!.querySelector('[aria-busy="true"]'), 'says the text is loading meanwhile').to.exist;
    await waitUntil(() => withHtml.shadowRoot!.querySelector('[part~="content"] em'), 'the HTML never rendered');
    expect(isSanitizerLoaded()).to.equal(true);
    expect(purifyRequests()).to.have.length(1);
  });

  it('renders the same text as the browser’s own sanitiser does', async () => {
    const fallback = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="3" .feed=${plainFeed}></standpoint-statement>`);
    await waitUntil(() => fallback.shadowRoot!.querySelector('[part~="content"] em'), 'the HTML never rendered');
    restore();
    try {
      expect(nativeSanitizerAvailable()).to.equal(true);
      const native = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="3" .feed=${plainFeed}></standpoint-statement>`);
      expect(contentHtml(native)).to.not.equal('');
      expect(contentHtml(native)).to.equal(contentHtml(fallback));
    } finally {
      restore = hideSanitizerApi();
    }
  });

  it('shows a feed whose HTML DOMPurify has no fragment for (a frameset) as empty, with its summary, and neither throws nor warns', async () => {
    const feed = structuredClone(plainFeed);
    feed.items[0].content_html = '<frameset><frame src="https://example.org/"></frameset>';
    feed.items[0].summary = 'A summary, sample text.';
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    // Not even a warning that sanitising failed: there was nothing to sanitise.
    const warn = sinon.spy(console, 'warn');
    try {
      const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
      await waitUntil(() => !element.shadowRoot!.querySelector('[aria-busy="true"]'), 'it never left the loading state');
      expect(element.shadowRoot!.textContent).to.include('A summary, sample text.');
      expect(contentHtml(element)).to.equal('');
      expect(errors).to.deep.equal([]);
      expect(warn.args.map((args) => args.join(' '))).to.deep.equal([]);
    } finally {
      warn.restore();
      window.removeEventListener('error', onError);
    }
  });
});
