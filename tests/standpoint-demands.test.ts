import './helpers/lit-warnings.js';
import { emulateMedia } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/standpoint-demands/define.js';
import type { StandpointDemands } from '../src/components/standpoint-demands/standpoint-demands.js';
import type { Demand } from '../src/feed/types.js';
import { configureFeedLoader, feedLoaderOptions, resetFeedCache } from '../src/feed/loader.js';
import { emptyStandpointFeed, fullFeed, hostileStrings, plainFeed } from './fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from './helpers/feed-server.js';

/** fullFeed's shape with statuses as plain strings, so a test may write any status. */
type AnyFeed = Omit<typeof fullFeed, 'items'> & {
  items: (Omit<(typeof fullFeed)['items'][number], '_standpoint'> & {
    _standpoint: Omit<(typeof fullFeed)['items'][number]['_standpoint'], 'demands'> & { demands: Demand[] };
  })[];
};
const loaderDefaults = { ...feedLoaderOptions };

/** fullFeed with its demands replaced (or statuses changed by id). */
function withDemands(demands: Demand[]): AnyFeed {
  const feed: AnyFeed = structuredClone(fullFeed);
  feed.items[0]._standpoint.demands = demands;
  return feed;
}
function withStatus(feed: AnyFeed, id: string, status: string): AnyFeed {
  const copy: AnyFeed = structuredClone(feed);
  copy.items[0]._standpoint.demands.find((demand) => demand.id === id)!.status = status;
  return copy;
}

const root = (element: StandpointDemands) => element.shadowRoot!;
const items = (element: StandpointDemands) => [...root(element).querySelectorAll<HTMLLIElement>('ol > li')];
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const liveRegion = (element: StandpointDemands) => root(element).querySelector('[role="status"]');

describe('<standpoint-demands>', () => {
  afterEach(async () => {
    sinon.restore();
    configureFeedLoader(loaderDefaults);
    resetFeedCache();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('lists every demand in an ordered list, with status word and icon, note, source and date', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${fullFeed}></standpoint-demands>`);
    const list = root(element).querySelector('ol')!;
    expect(list.getAttribute('aria-labelledby')).to.equal('heading');
    expect(text(root(element).getElementById('heading'))).to.equal('Demands');
    const [a, b, c] = items(element);
    expect(items(element)).to.have.length(3);
    expect(text(a.querySelector('[part="text"]'))).to.equal('Release all civilians.');
    expect(text(a.querySelector('[part~="status"]'))).to.equal('Status: Voiced');
    expect(a.querySelector('[part~="status"] svg[aria-hidden="true"]'), 'an icon beside the word').to.exist;
    expect(text(a.querySelector('[part="note"]'))).to.equal('Raised publicly.');
    expect(a.querySelector('a'), 'no source, no link').to.equal(null);
    expect(text(b.querySelector('[part~="status"]'))).to.equal('Status: Under negotiation');
    expect(b.querySelector('[part="link"]')!.getAttribute('href')).to.equal('https://example.org/standpoint/fixture#demand-b');
    expect(text(b.querySelector('[part="link"]'))).to.equal('Source of this status (demand 2)');
    const date = b.querySelector('time')!;
    expect(date.dateTime).to.equal('2025-08-28T15:30:00+03:00');
    expect(text(date)).to.equal('Updated August 28, 2025');
    expect(text(c.querySelector('[part~="status"]'))).to.equal('Status: Enshrined in an agreement');
    // The status is inside its demand's list item, so it is read with it.
    expect(text(c)).to.contain('Allow humanitarian access.').and.contain('Enshrined in an agreement');
    await expect(element).to.be.accessible();
  });

  it('says above the list how many demands are enshrined in an agreement, with a real progress bar', async () => {
    const feed = withDemands([
      { id: '1', text: 'One', status: 'enshrined' },
      { id: '2', text: 'Two', status: 'implemented' },
      { id: '3', text: 'Three', status: 'rejected' },
      { id: '4', text: 'Four', status: 'negotiating' },
      { id: '5', text: 'Five', status: 'voiced' },
      { id: '6', text: 'Six', status: 'pending' },
    ]);
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${feed}></standpoint-demands>`);
    const summary = root(element).getElementById('summary')!;
    expect(text(summary)).to.equal('2 of 6 demands enshrined in an agreement');
    const bar = root(element).querySelector('progress')!;
    expect(bar.max).to.equal(6);
    expect(bar.value).to.equal(2);
    expect(bar.getAttribute('aria-labelledby')).to.equal('summary');
    expect(summary.compareDocumentPosition(root(element).querySelector('ol')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.greaterThan(0);
    await expect(element).to.be.accessible();
  });

  it('speaks Ukrainian: translated demands marked as Ukrainian, status words and plurals', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="uk" .feed=${fullFeed}></standpoint-demands>`);
    expect(text(root(element).getElementById('heading'))).to.equal('Вимоги');
    expect(text(root(element).getElementById('summary'))).to.equal('1 з 3 вимог закріплено в угоді');
    const [a, b, c] = items(element);
    const demandText = a.querySelector<HTMLElement>('[part="text"]')!;
    expect(text(demandText)).to.equal('Звільнити всіх цивільних.');
    expect(demandText.lang).to.equal('uk');
    expect(text(a.querySelector('[part="note"]'))).to.equal('Озвучено публічно.');
    expect(text(a.querySelector('[part~="status"]'))).to.equal('Статус: Озвучено');
    expect(text(b.querySelector('[part~="status"]'))).to.equal('Статус: Обговорюється на переговорах');
    expect(text(b.querySelector('time'))).to.equal('Оновлено 28 серпня 2025 р.');
    expect(text(b.querySelector('[part="link"]'))).to.equal('Джерело статусу (вимога 2)');
    expect(text(c.querySelector('[part~="status"]'))).to.equal('Статус: Закріплено в угоді');
    await expect(element).to.be.accessible();
  });

  it('marks content in the feed’s own language when the reader’s has no translation', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="pl" .feed=${fullFeed}></standpoint-demands>`);
    const demandText = items(element)[0].querySelector<HTMLElement>('[part="text"]')!;
    expect(text(demandText)).to.equal('Release all civilians.');
    expect(demandText.lang).to.equal('en');
    expect(text(root(element).getElementById('heading')), 'interface falls back to English').to.equal('Demands');
  });

  it('shows only the chosen statuses, keeping each demand’s number and the full summary', async () => {
    const feed = withDemands([
      { id: '1', text: 'One', status: 'voiced' },
      { id: '2', text: 'Two', status: 'enshrined' },
      { id: '3', text: 'Three', status: 'pending' },
      { id: '4', text: 'Four', status: 'implemented' },
    ]);
    const element = await fixture<StandpointDemands>(
      html`<standpoint-demands lang="en" status="enshrined implemented" .feed=${feed}></standpoint-demands>`,
    );
    expect(items(element).map((item) => text(item.querySelector('[part="text"]')))).to.deep.equal(['Two', 'Four']);
    expect(items(element).map((item) => item.value)).to.deep.equal([2, 4]);
    expect(text(root(element).querySelector('.filter-note'))).to.equal('Showing 2 of 4 demands.');
    expect(text(root(element).getElementById('summary'))).to.equal('2 of 4 demands enshrined in an agreement');
    await expect(element).to.be.accessible();

    element.status = 'rejected';
    await element.updateComplete;
    expect(root(element).querySelector('ol')).to.equal(null);
    expect(text(root(element).querySelector('[part~="empty"]'))).to.equal('No demand has the chosen status.');

    element.removeAttribute('status');
    await element.updateComplete;
    expect(items(element)).to.have.length(4);
    expect(root(element).querySelector('.filter-note')).to.equal(null);
  });

  it('compact: a line of icon and text per demand, the status still read with it', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" compact .feed=${fullFeed}></standpoint-demands>`);
    const [a, b] = items(element);
    expect(a.querySelector('svg[part="icon"]')).to.exist;
    expect(text(a.querySelector('[part="text"]'))).to.equal('Release all civilians.');
    expect(a.querySelector('[part="note"]')).to.equal(null);
    expect(b.querySelector('[part="link"]')).to.equal(null);
    expect(b.querySelector('time')).to.equal(null);
    const hidden = a.querySelector('.visually-hidden')!;
    expect(text(hidden)).to.equal('Status: Voiced');
    expect(getComputedStyle(hidden).position, 'visually hidden, not display:none').to.equal('absolute');
    await expect(element).to.be.accessible();
  });

  it('legend: explains all six statuses in order, under a heading one level down', async () => {
    const element = await fixture<StandpointDemands>(
      html`<standpoint-demands lang="en" legend heading-level="3" .feed=${fullFeed}></standpoint-demands>`,
    );
    expect(root(element).querySelector('h3#heading')).to.exist;
    const legend = root(element).querySelector('[part="legend"]')!;
    expect(text(legend.querySelector('h4'))).to.equal('What the statuses mean');
    const entries = [...legend.querySelectorAll('li')];
    expect(entries.map((entry) => text(entry.querySelector('.badge')))).to.deep.equal([
      'Awaiting a response',
      'Voiced',
      'Under negotiation',
      'Enshrined in an agreement',
      'Implemented',
      'Rejected',
    ]);
    expect(entries.every((entry) => entry.querySelector('svg') && text(entry.querySelector('.legend-description')) !== '')).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('is accessible in the dark theme, with legend and in every layout', async () => {
    for (const options of ['', 'compact']) {
      const element = await fixture<StandpointDemands>(
        html`<standpoint-demands lang="uk" theme="dark" legend ?compact=${options === 'compact'} .feed=${fullFeed}></standpoint-demands>`,
      );
      expect(getComputedStyle(element).colorScheme).to.equal('dark');
      await expect(element).to.be.accessible();
    }
  });

  it('draws the dividers between demands along the text column', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${fullFeed}></standpoint-demands>`);
    const items = [...element.shadowRoot!.querySelectorAll<HTMLElement>('li.item')];
    expect(items.length).to.be.at.least(2);
    const second = items[1];
    const divider = getComputedStyle(second, '::before');
    expect(divider.borderTopStyle, 'a divider above every demand but the first').to.equal('solid');
    expect(getComputedStyle(items[0], '::before').content, 'none above the first').to.equal('none');
    const box = second.getBoundingClientRect();
    const text = second.querySelector<HTMLElement>('.text')!.getBoundingClientRect();
    expect(box.left + parseFloat(divider.left), 'starts where the text starts').to.be.closeTo(text.left, 0.5);
    expect(box.right - parseFloat(divider.right), 'ends where the column ends').to.be.closeTo(box.right - parseFloat(getComputedStyle(second).paddingRight), 0.5);
  });

  it('is accessible in the light theme', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" theme="light" legend .feed=${fullFeed}></standpoint-demands>`);
    await expect(element).to.be.accessible();
  });

  it('shows a status it does not know as written, with the neutral icon, and warns once', async () => {
    const warn = sinon.stub(console, 'warn');
    const status = `ratified-${Date.now()}`;
    const feed = withStatus(fullFeed, 'demand-b', status);
    const first = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${feed}></standpoint-demands>`);
    const second = await fixture<StandpointDemands>(html`<standpoint-demands lang="uk" theme="dark" .feed=${feed}></standpoint-demands>`);
    for (const element of [first, second]) {
      const [a, b, c] = items(element);
      expect(items(element)).to.have.length(3);
      expect(text(b.querySelector('.status-label'))).to.equal(status);
      expect(b.classList.contains('s-unknown')).to.equal(true);
      expect(b.querySelector('svg circle[stroke-dasharray]'), 'the neutral dashed icon').to.exist;
      expect(a.querySelector('svg circle[stroke-dasharray]')).to.equal(null);
      expect(text(c.querySelector('.status-label'))).to.not.equal('');
    }
    const mine = warn.getCalls().filter((call) => /standpoint-demands/.test(String(call.args[0])) && String(call.args[0]).includes(`"${status}"`));
    expect(mine).to.have.length(1);
    await expect(first).to.be.accessible();
    await expect(second).to.be.accessible();
  });

  it('says clearly, in the reader’s language, that there are no demands', async () => {
    const empty = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${emptyStandpointFeed}></standpoint-demands>`);
    expect(text(root(empty).querySelector('[part~="empty"]'))).to.equal('This standpoint lists no demands yet.');
    expect(root(empty).querySelector('ol')).to.equal(null);
    expect(root(empty).querySelector('progress')).to.equal(null);
    await expect(empty).to.be.accessible();

    const missing = await fixture<StandpointDemands>(html`<standpoint-demands lang="uk" theme="dark" .feed=${plainFeed}></standpoint-demands>`);
    expect(text(root(missing).querySelector('[part~="empty"]'))).to.equal('Ця позиція поки не містить вимог.');
    expect(text(root(missing).getElementById('heading'))).to.equal('Вимоги');
    await expect(missing).to.be.accessible();
  });

  it('renders hostile demand text as text and drops a hostile source link', async () => {
    const xss = sinon.spy();
    (window as unknown as { __xss: () => void }).__xss = xss;
    sinon.stub(console, 'warn');
    const demands = hostileStrings.slice(0, 30).map((hostile, index) => ({
      id: `h${index}`,
      text: hostile,
      note: hostile,
      status: 'voiced',
      url: 'javascript:window.__xss()',
    }));
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${withDemands(demands)}></standpoint-demands>`);
    const shown = items(element);
    expect(shown).to.have.length(30);
    shown.forEach((item, index) => {
      expect(item.querySelector('[part="text"]')!.textContent).to.equal(hostileStrings[index]);
      expect(item.querySelector('[part="text"]')!.children).to.have.length(0);
    });
    expect(root(element).querySelector('a, img, script, iframe, svg a')).to.equal(null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(xss.called).to.equal(false);
  });

  it('on refresh, updates only the demand whose status changed, announces it once and marks it', async () => {
    configureFeedLoader({ minRefreshSeconds: 0.05 });
    // Two test files share the browser; the loader pauses polling in a tab it thinks hidden.
    sinon.stub(document, 'visibilityState').get(() => 'visible');
    const name = uniqueFeedName('demands');
    await putFeed(name, fullFeed);
    const firstLoad = oneEvent(document, 'standpoint-load');
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" src=${feedUrl(name)} refresh="0.05"></standpoint-demands>`);
    await firstLoad;
    await element.updateComplete;
    const before = items(element);
    const textsBefore = before.map(text);
    expect(before).to.have.length(3);
    expect(text(liveRegion(element)), 'nothing to announce on the first load').to.equal('');
    expect(root(element).querySelector('.changed')).to.equal(null);

    const list = root(element).querySelector('ol')!;
    const mutated = new Set<Node>();
    const observer = new MutationObserver((records) => records.forEach((record) => mutated.add(record.target)));
    observer.observe(list, { subtree: true, childList: true, characterData: true, attributes: true });

    const refreshed = oneEvent(document, 'standpoint-load');
    await putFeed(name, withStatus(fullFeed, 'demand-a', 'enshrined'));
    await refreshed;
    await element.updateComplete;
    observer.disconnect();

    const after = items(element);
    expect(after[0], 'the same list item, updated in place').to.equal(before[0]);
    expect(after[1]).to.equal(before[1]);
    expect(after[2]).to.equal(before[2]);
    expect(text(after[1])).to.equal(textsBefore[1]);
    expect(text(after[2])).to.equal(textsBefore[2]);
    expect([...mutated].every((node) => before[0].contains(node)), 'no mutation outside the changed item').to.equal(true);
    expect(text(after[0].querySelector('.status-label'))).to.equal('Enshrined in an agreement');
    expect(after[0].classList.contains('changed')).to.equal(true);
    expect(after[1].classList.contains('changed')).to.equal(false);
    expect(text(after[0].querySelector('[part="changed"]'))).to.equal('just changed');
    expect(text(liveRegion(element))).to.equal('Demand 1: now Enshrined in an agreement.');
    expect(text(root(element).getElementById('summary'))).to.equal('2 of 3 demands enshrined in an agreement');
    await expect(element).to.be.accessible();

    // The next unchanged refresh says nothing new and re-renders nothing.
    const quiet = new MutationObserver((records) => records.forEach((record) => mutated.add(record.target)));
    mutated.clear();
    quiet.observe(root(element), { subtree: true, childList: true, characterData: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    quiet.disconnect();
    expect(mutated.size).to.equal(0);
  });

  it('announces a status change in Ukrainian, through the polite live region', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="uk" .feed=${fullFeed}></standpoint-demands>`);
    const region = liveRegion(element)!;
    expect(region.getAttribute('role')).to.equal('status');
    element.feed = withStatus(fullFeed, 'demand-c', 'implemented');
    await element.updateComplete;
    expect(text(region)).to.equal('Вимога 3: тепер «Виконано».');
    expect(liveRegion(element), 'the same region, so it is announced').to.equal(region);
  });

  it('fades the highlight out with motion, and holds it still under prefers-reduced-motion', async () => {
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${fullFeed}></standpoint-demands>`);
    element.feed = withStatus(fullFeed, 'demand-b', 'enshrined');
    await element.updateComplete;
    const changed = root(element).querySelector<HTMLLIElement>('li.changed')!;
    expect(changed).to.equal(items(element)[1]);
    expect(getComputedStyle(changed).animationName).to.equal('standpoint-demand-changed');

    await emulateMedia({ reducedMotion: 'reduce' });
    expect(matchMedia('(prefers-reduced-motion: reduce)').matches).to.equal(true);
    expect(getComputedStyle(changed).animationName).to.equal('none');
    expect(getComputedStyle(changed).backgroundColor, 'still marked, without motion').to.not.equal('rgba(0, 0, 0, 0)');
  });

  it('takes the mark away after a few seconds, keeping the announcement', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${fullFeed}></standpoint-demands>`);
    element.feed = withStatus(fullFeed, 'demand-b', 'rejected');
    await element.updateComplete;
    expect(items(element)[1].classList.contains('changed')).to.equal(true);
    clock.tick(5000);
    await element.updateComplete;
    expect(items(element)[1].classList.contains('changed')).to.equal(false);
    expect(root(element).querySelector('[part="changed"]')).to.equal(null);
    expect(text(liveRegion(element))).to.equal('Demand 2: now Rejected.');
  });

  it('does not announce a different item as a change', async () => {
    const feed: AnyFeed = structuredClone(fullFeed);
    const other = structuredClone(feed.items[0]);
    other.id = 'other';
    other._standpoint.demands[0].status = 'rejected';
    feed.items.push(other);
    const element = await fixture<StandpointDemands>(html`<standpoint-demands lang="en" .feed=${feed}></standpoint-demands>`);
    element.item = 'other';
    await element.updateComplete;
    expect(text(items(element)[0].querySelector('.status-label'))).to.equal('Rejected');
    expect(text(liveRegion(element))).to.equal('');
    expect(root(element).querySelector('.changed')).to.equal(null);
  });
});
