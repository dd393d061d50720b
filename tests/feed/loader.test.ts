import '../helpers/lit-warnings.js';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { configureFeedLoader, feedLoaderOptions, resetFeedCache } from '../../src/feed/loader.js';
import { fullFeed } from '../fixtures/feeds.js';
import { feedUrl, putFeed, requestLog, uniqueFeedName } from '../helpers/feed-server.js';
import '../helpers/test-element.js';
import type { TestStandpoint } from '../helpers/test-element.js';

const defaults = { ...feedLoaderOptions };

function feedWithTitle(title: string): unknown {
  const feed = structuredClone(fullFeed) as any;
  feed.items[0].title = title;
  return feed;
}

const shownTitle = (element: TestStandpoint) => element.shadowRoot?.querySelector('h2')?.textContent ?? null;

describe('shared feed loader', () => {
  beforeEach(() => {
    resetFeedCache();
    // Polling in seconds would make a slow suite; the floor is lowered for tests only.
    configureFeedLoader({ minRefreshSeconds: 0.05 });
  });

  afterEach(() => {
    resetFeedCache();
    configureFeedLoader(defaults);
    sinon.restore();
  });

  it('makes one request for twenty elements on one URL', async () => {
    const name = uniqueFeedName();
    await putFeed(name, feedWithTitle('Shared'));
    const url = feedUrl(name);
    const container = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 20 }, () => html`<test-standpoint src=${url} refresh="0"></test-standpoint>`)}
    </div>`);
    const elements = [...container.querySelectorAll('test-standpoint')];
    await waitUntil(() => elements.every((element) => shownTitle(element) === 'Shared'), 'all twenty render');
    expect(await requestLog(name)).to.have.length(1);
  });

  it('sends no cookies and no referrer, and asks for a JSON Feed', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed);
    document.cookie = 'tracking=1; path=/';
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}></test-standpoint>`);
    await waitUntil(() => shownTitle(element) !== null);
    const [request] = await requestLog(name);
    expect(request.cookie).to.equal(false);
    expect(request.referer).to.equal(null);
    expect(request.accept).to.contain('application/feed+json');
    document.cookie = 'tracking=; path=/; max-age=0';
  });

  it('revalidates on refresh instead of downloading the feed again', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed);
    await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await waitUntil(async () => (await requestLog(name)).length >= 3, 'two refreshes', { timeout: 3000 });
    const [first, second] = await requestLog(name);
    expect(first.status).to.equal(200);
    expect(second.ifNoneMatch, 'conditional request').to.be.a('string').and.not.equal('');
    expect(second.status).to.equal(304);
  });

  it('shows a changed feed after a refresh and fires standpoint-load again', async () => {
    const name = uniqueFeedName();
    await putFeed(name, feedWithTitle('Before'));
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await waitUntil(() => shownTitle(element) === 'Before');
    const loaded = oneEvent(element, 'standpoint-load');
    await putFeed(name, feedWithTitle('After'));
    const event = await loaded;
    expect(event.detail.item.title).to.equal('After');
    expect(shownTitle(element)).to.equal('After');
  });

  it('keeps the last good data when a refresh fails', async () => {
    const name = uniqueFeedName();
    await putFeed(name, feedWithTitle('Good'));
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await waitUntil(() => shownTitle(element) === 'Good');
    const failed = oneEvent(element, 'standpoint-error');
    await putFeed(name, 'server error', { status: 500 });
    const event = await failed;
    expect(event.detail).to.include({ code: 'http', stale: true });
    expect(shownTitle(element)).to.equal('Good');
  });

  it('keeps the last good data when a refresh brings a broken feed', async () => {
    const name = uniqueFeedName();
    await putFeed(name, feedWithTitle('Good'));
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await waitUntil(() => shownTitle(element) === 'Good');
    const failed = oneEvent(element, 'standpoint-error');
    await putFeed(name, '{"version": "https://jsonfeed.org/version/1.1", "items": [');
    expect((await failed).detail).to.include({ code: 'not-json', stale: true });
    expect(shownTitle(element)).to.equal('Good');
  });

  it('stops polling after the last element using the URL disconnects', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed);
    const url = feedUrl(name);
    const container = await fixture<HTMLDivElement>(html`<div>
      <test-standpoint src=${url} refresh="0.05"></test-standpoint>
      <test-standpoint src=${url} refresh="0.05"></test-standpoint>
    </div>`);
    await waitUntil(async () => (await requestLog(name)).length >= 2, 'polling runs');
    container.firstElementChild!.remove();
    const stillPolling = (await requestLog(name)).length;
    await aTimeout(250);
    expect((await requestLog(name)).length, 'one element left keeps polling').to.be.greaterThan(stillPolling);
    container.replaceChildren();
    await aTimeout(100); // a request may have been under way at the moment of removal
    const afterLast = (await requestLog(name)).length;
    await aTimeout(400);
    expect((await requestLog(name)).length).to.equal(afterLast);
  });

  it('does not poll while the page is hidden, and catches up when it is shown', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed);
    await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await waitUntil(async () => (await requestLog(name)).length >= 1);
    const visibility = sinon.stub(document, 'visibilityState').get(() => 'hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    await aTimeout(100);
    const whileHidden = (await requestLog(name)).length;
    await aTimeout(400);
    expect((await requestLog(name)).length).to.equal(whileHidden);
    visibility.get(() => 'visible');
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(async () => (await requestLog(name)).length > whileHidden, 'polls again when visible');
  });

  it('backs off after failures instead of hammering the server', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'down', { status: 503 });
    configureFeedLoader({ minRefreshSeconds: 0.05, maxBackoffSeconds: 0.4 });
    await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)} refresh="0.05"></test-standpoint>`);
    await aTimeout(1000);
    // Without backoff 1 s at 50 ms would be ~20 requests; doubling waits allow far fewer.
    expect((await requestLog(name)).length).to.be.within(2, 9);
  });

  it('does not remember a failed first load: the next element tries again', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'missing', { status: 404 });
    const failed = oneEvent(document, 'standpoint-error');
    const first = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}></test-standpoint>`);
    expect((await failed).detail).to.include({ code: 'http', stale: false });
    first.remove();
    await putFeed(name, feedWithTitle('Back'));
    const second = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}></test-standpoint>`);
    await waitUntil(() => shownTitle(second) === 'Back');
  });

  it('aborts a request that takes longer than the timeout', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed, { delay: 2000 });
    configureFeedLoader({ timeoutSeconds: 0.2 });
    const failed = oneEvent(document, 'standpoint-error');
    await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}></test-standpoint>`);
    expect((await failed).detail.code).to.equal('timeout');
  });

  it('refuses a feed body over the size cap', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed);
    configureFeedLoader({ maxBytes: 200 });
    const failed = oneEvent(document, 'standpoint-error');
    await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}></test-standpoint>`);
    expect((await failed).detail.code).to.equal('too-large');
  });
});
