import './helpers/lit-warnings.js';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/standpoint-counter/define.js';
import type { StandpointCounter } from '../src/components/standpoint-counter/standpoint-counter.js';
import { configureFeedLoader, feedLoaderOptions, resetFeedCache } from '../src/feed/loader.js';
import { validateFeed } from '../src/feed/validate.js';
import { emptyStandpointFeed, fullFeed, hostileStrings, hugeFeed, joinFeed, plainFeed } from './fixtures/feeds.js';
import { feedUrl, putFeed, requestLog, uniqueFeedName } from './helpers/feed-server.js';

const loaderDefaults = { ...feedLoaderOptions };

/** A one-item feed with the given `_standpoint.signatories`. */
function feedWith(signatories: unknown, language = 'en'): any {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    language,
    items: [{ id: 'standpoint', title: 'Standpoint', content_text: 'Text.', _standpoint: { signatories } }],
  };
}

const orgs = (count: number) => Array.from({ length: count }, (_, index) => ({ name: `Organisation ${index + 1}`, kind: 'organization' }));

const $ = <T extends Element = HTMLElement>(element: Element, selector: string) =>
  element.shadowRoot!.querySelector<T>(selector);
const $$ = (element: Element, selector: string) => [...element.shadowRoot!.querySelectorAll(selector)];
// Collapses layout whitespace but keeps the no-break spaces of formatted numbers.
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/[ \t\n\r]+/g, ' ').trim();
const headline = (element: Element) => text($(element, '.headline'));
const shownCount = (element: Element) => text($(element, '[part~="count"]'));
const liveRegion = (element: Element) => $(element, '[role="status"]')!;

/** Every text the number and the live region showed, frame by frame. */
function watch(element: StandpointCounter) {
  const numbers: string[] = [];
  const widths: number[] = [];
  const announcements: string[] = [];
  const observer = new MutationObserver(() => {
    const number = shownCount(element);
    if (numbers.at(-1) !== number) {
      numbers.push(number);
      widths.push($(element, '[part~="count"]')!.getBoundingClientRect().width);
    }
    const said = text(liveRegion(element));
    if (said && announcements.at(-1) !== said) announcements.push(said);
  });
  observer.observe(element.shadowRoot!, { subtree: true, childList: true, characterData: true });
  return { numbers, widths, announcements, stop: () => observer.disconnect() };
}

describe('<standpoint-counter>', () => {
  beforeEach(() => {
    resetFeedCache();
    configureFeedLoader({ minRefreshSeconds: 0.05 });
  });

  afterEach(() => {
    resetFeedCache();
    configureFeedLoader(loaderDefaults);
    sinon.restore();
  });

  it('shows the number large, with a label, the verified count and the goal', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${fullFeed}></standpoint-counter>`);
    expect(shownCount(element)).to.equal('21');
    expect(headline(element)).to.equal('21 signatories');
    expect(getComputedStyle($(element, '.count')!).fontVariantNumeric).to.equal('tabular-nums');
    expect(text($(element, '.verified'))).to.equal('2 verified');
    const bar = $<HTMLProgressElement>(element, 'progress')!;
    expect([bar.value, bar.max]).to.deep.equal([21, 100]);
    expect(text($(element, '#goal-text'))).to.equal('21 of 100 (21%)');
    expect(bar.getAttribute('aria-labelledby')).to.equal('goal-text');
    expect(text(liveRegion(element)), 'nothing is announced on the first load').to.equal('');
    await expect(element).to.be.accessible();
  });

  it('says organisations, people or signatories from the kinds in the list', async () => {
    const people = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${feedWith({ list: [{ name: 'A', kind: 'person' }, { name: 'B', kind: 'person' }] })}></standpoint-counter>`);
    expect(headline(people)).to.equal('2 особи');
    const organisations = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 5, list: orgs(2) })}></standpoint-counter>`);
    expect(headline(organisations)).to.equal('5 organisations');
    const unknown = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${feedWith({ count: 22 })}></standpoint-counter>`);
    expect(headline(unknown)).to.equal('22 підписанти');
  });

  it('pluralises 0, 1, 2, 5, 11, 21, 22, 25, 101 in Ukrainian and English', async () => {
    const counts = [0, 1, 2, 5, 11, 21, 22, 25, 101];
    const shown = async (lang: string, count: number) =>
      headline(await fixture<StandpointCounter>(html`<standpoint-counter lang=${lang} .feed=${feedWith({ count, list: orgs(1) })}></standpoint-counter>`));
    const ukrainian = [];
    const english = [];
    for (const count of counts) {
      ukrainian.push(await shown('uk', count));
      english.push(await shown('en', count));
    }
    expect(ukrainian).to.deep.equal([
      '0 організацій', '1 організація', '2 організації', '5 організацій', '11 організацій',
      '21 організація', '22 організації', '25 організацій', '101 організація',
    ]);
    expect(english).to.deep.equal([
      '0 organisations', '1 organisation', '2 organisations', '5 organisations', '11 organisations',
      '21 organisations', '22 organisations', '25 organisations', '101 organisations',
    ]);
  });

  it('formats large numbers for the reader’s language', async () => {
    const english = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 12345 })}></standpoint-counter>`);
    expect(headline(english)).to.equal('12,345 signatories');
    const ukrainian = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${feedWith({ count: 12345 })}></standpoint-counter>`);
    expect(shownCount(ukrainian)).to.equal('12\u00a0345');
  });

  it('caps the bar at the goal once passed, still showing the real number', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 300, goal: 250 })}></standpoint-counter>`);
    const bar = $<HTMLProgressElement>(element, 'progress')!;
    expect([bar.value, bar.max, bar.position]).to.deep.equal([250, 250, 1]);
    expect(shownCount(element)).to.equal('300');
    expect(text($(element, '#goal-text'))).to.equal('300 of 250 (120%) Goal reached');
    expect($(element, '.reached svg')!.getAttribute('aria-hidden'), 'reached is said in words, with an icon').to.equal('true');
    await expect(element).to.be.accessible();
  });

  it('takes a goal from the attribute over the feed’s, and shows no bar without one', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" goal="1000" .feed=${fullFeed}></standpoint-counter>`);
    expect(text($(element, '#goal-text'))).to.equal('21 з 1\u00a0000 (2%)');
    const none = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 7 })}></standpoint-counter>`);
    expect($(none, 'progress')).to.equal(null);
  });

  it('says how long ago the figures were updated, in the reader’s language', async () => {
    const updated = new Date(Date.now() - 3 * 3600 * 1000 - 60 * 1000).toISOString();
    const english = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 3, updated })}></standpoint-counter>`);
    const time = $(english, 'time')!;
    expect(text(time)).to.equal('updated 3 hours ago');
    expect(time.getAttribute('datetime')).to.equal(updated);
    const ukrainian = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${feedWith({ count: 3, updated })}></standpoint-counter>`);
    expect(text($(ukrainian, 'time'))).to.equal('оновлено 3 години тому');
  });

  it('counts verified signatories apart, only when the list says', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${fullFeed}></standpoint-counter>`);
    expect(text($(element, '.verified'))).to.equal('з них перевірено: 2');
    const silent = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${feedWith({ count: 5, list: orgs(3) })}></standpoint-counter>`);
    expect($(silent, '.verified')).to.equal(null);
  });

  it('lists the names in feed order, linked where a URL is given, in the feed’s language', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" list .feed=${fullFeed}></standpoint-counter>`);
    const list = $(element, 'ul')!;
    expect(list.getAttribute('aria-label')).to.equal('Підписанти');
    expect(list.lang, 'names are not translated: they keep the feed’s language').to.equal('en');
    const items = $$(element, 'li');
    expect(items.map((item) => text(item.firstElementChild?.matches('a') ? item.firstElementChild : item).replace(' перевірено', ''))).to.deep.equal(
      fullFeed.items[0]._standpoint.signatories.list.map((signatory) => signatory.name),
    );
    const links = $$(element, 'li a') as HTMLAnchorElement[];
    expect(links.map((link) => link.href)).to.deep.equal(['https://example.org/org/1', 'https://example.org/org/3']);
    expect(text(items[0].querySelector('.badge'))).to.equal('перевірено');
    expect($(element, 'button.more'), 'five names need no paging').to.equal(null);
    // The overflow check runs after layout (a ResizeObserver): give it a frame.
    await nextFrame();
    await nextFrame();
    expect($(element, 'ul')!.hasAttribute('tabindex'), 'a list that does not scroll adds no tab stop').to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('shows a page of names in full, no clipping scroll box, then "Show all"', async () => {
    const list = Array.from({ length: 30 }, (_, index) => ({ name: `Organisation number ${index + 1} with a long name that wraps` }));
    const element = await fixture<StandpointCounter>(html`<div style="width: 280px">
      <standpoint-counter lang="en" list .feed=${feedWith({ list })}></standpoint-counter>
    </div>`).then((wrapper) => wrapper.querySelector('standpoint-counter')!);
    const names = $(element, 'ul')!;
    expect($$(element, 'li'), 'a page of 20 names').to.have.length(20);
    expect(names.scrollHeight, 'no name is cut off').to.be.at.most(names.clientHeight + 1);
    expect(getComputedStyle(names).overflowY === 'visible' || names.scrollHeight <= names.clientHeight + 1).to.equal(true);
    const last = $$(element, 'li').at(-1)!.getBoundingClientRect();
    expect(last.bottom, 'the last name is inside the widget').to.be.at.most(element.getBoundingClientRect().bottom);
    expect(text($(element, 'button.more'))).to.equal('Show all 30');
  });

  it('renders only the first page of 10 000 names, and all of them on "show all"', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" list style="--standpoint-counter-list-max-height: 20rem" .feed=${hugeFeed()}></standpoint-counter>`);
    expect($$(element, 'li')).to.have.length(20);
    expect(text($(element, 'li'))).to.equal('Organisation 00001');
    const more = $<HTMLButtonElement>(element, 'button.more')!;
    expect(text(more)).to.equal('Show all 10,000');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    await expect(element).to.be.accessible();
    more.click();
    await waitUntil(() => $$(element, 'li').length === 10000, 'all names revealed', { timeout: 8000 });
    expect(text($$(element, 'li').at(-1))).to.equal('Person 10000');
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Show fewer');
    await waitUntil(() => $(element, 'ul')!.getAttribute('tabindex') === '0', 'a list a designer made scroll is reachable by keyboard');
    more.click();
    await element.updateComplete;
    expect($$(element, 'li')).to.have.length(20);
  });

  it('draws a growth chart with a text alternative and a data table', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" chart .feed=${fullFeed}></standpoint-counter>`);
    const svg = $(element, 'figure svg')!;
    expect(svg.getAttribute('aria-hidden')).to.equal('true');
    expect(svg.querySelector('polyline')!.getAttribute('points')!.split(' ')).to.have.length(3);
    expect(text($(element, 'figcaption'))).to.equal('From 3 on August 13 to 21 on September 1.');
    const rows = ($$(element, 'table tbody tr') as HTMLTableRowElement[]).map((row) => [...row.cells].map((cell) => text(cell)).join(' '));
    expect(rows).to.deep.equal(['August 13 3', 'August 20 12', 'September 1 21']);
    expect(text($(element, 'table caption'))).to.equal('Signatories over time');
    await expect(element).to.be.accessible();
    const ukrainian = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" chart .feed=${fullFeed}></standpoint-counter>`);
    expect(text($(ukrainian, 'figcaption'))).to.equal('З 13 серпня до 1 вересня: від 3 до 21.');
    const without = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${fullFeed}></standpoint-counter>`);
    expect($(without, 'figure')).to.equal(null);
  });

  it('shows one line with the number and its label when compact', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" variant="compact" list chart theme="dark" .feed=${fullFeed}></standpoint-counter>`);
    expect(headline(element)).to.equal('21 підписант');
    expect($(element, 'progress')).to.equal(null);
    expect($(element, 'ul')).to.equal(null);
    expect($(element, 'figure')).to.equal(null);
    const base = $(element, '[part~="base"]')!;
    expect(base.getBoundingClientRect().height).to.be.below(80);
    await expect(element).to.be.accessible();
  });

  it('passes axe in the dark theme with everything shown', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" theme="dark" list chart refresh="60" .feed=${fullFeed}></standpoint-counter>`);
    expect(getComputedStyle($(element, '[part~="base"]')!).backgroundColor).to.equal('rgb(22, 25, 31)');
    await expect(element).to.be.accessible();
    const light = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" theme="light" list chart refresh="60" .feed=${fullFeed}></standpoint-counter>`);
    await expect(light).to.be.accessible();
  });

  it('shows a translated empty state when the feed has no count and no list', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" .feed=${emptyStandpointFeed}></standpoint-counter>`);
    expect(text($(element, '[part~="empty"]'))).to.equal('Кількість підписантів ще не оприлюднено.');
    expect($(element, '.count')).to.equal(null);
    await expect(element).to.be.accessible();
    const plain = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" theme="dark" .feed=${plainFeed}></standpoint-counter>`);
    expect(text($(plain, '[part~="empty"]'))).to.equal('The number of signatories has not been published yet.');
    await expect(plain).to.be.accessible();
  });

  it('renders hostile names as text and never follows a hostile link', async () => {
    const xss = sinon.spy();
    (window as any).__xss = xss;
    sinon.stub(console, 'warn');
    const list = hostileStrings.map((name) => ({ name, url: 'javascript:window.__xss()' }));
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" list page-size="100" .feed=${feedWith({ list })}></standpoint-counter>`);
    const items = $$(element, 'li');
    expect(items.map((item) => item.textContent!.trim())).to.deep.equal(hostileStrings.map((name) => name.trim()));
    expect($$(element, 'li a'), 'unsafe URLs were dropped by the validator').to.have.length(0);
    expect($$(element, 'li img, li script, li svg, li iframe')).to.have.length(0);
    expect(xss.called).to.equal(false);
    delete (window as any).__xss;
  });

  it('counts up after a refresh raises the total, and down when it falls, saying each total once', async () => {
    const name = uniqueFeedName('counter');
    await putFeed(name, feedWith({ count: 21 }));
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" refresh="0.05" src=${feedUrl(name)}></standpoint-counter>`);
    await waitUntil(() => shownCount(element) === '21', 'first load');
    const seen = watch(element);

    await putFeed(name, feedWith({ count: 1000 }));
    await waitUntil(() => shownCount(element) === '1,000', 'counted up', { timeout: 5000 });
    const up = seen.numbers.map((number) => Number(number.replace(/\D/g, '')));
    expect(up.length, `intermediate numbers: ${up.join(' ')}`).to.be.above(2);
    expect(up.every((number, index) => index === 0 || number >= up[index - 1]), 'never goes backwards').to.equal(true);
    expect(new Set(seen.widths).size, `stable width: ${seen.widths.join(' ')}`).to.equal(1);
    expect(seen.announcements).to.deep.equal(['Now 1,000 signatories.']);

    seen.numbers.length = 0;
    await putFeed(name, feedWith({ count: 10 }));
    await waitUntil(() => shownCount(element) === '10', 'counted down', { timeout: 5000 });
    const down = seen.numbers.map(Number.parseFloat);
    expect(down.length, `intermediate numbers: ${seen.numbers.join(' ')}`).to.be.above(2);
    expect(seen.announcements).to.deep.equal(['Now 1,000 signatories.', 'Now 10 signatories.']);
    seen.stop();
    await expect(element).to.be.accessible();
  });

  it('jumps straight to the new total under prefers-reduced-motion', async () => {
    const original = window.matchMedia.bind(window);
    sinon.stub(window, 'matchMedia').callsFake((query: string) =>
      query.includes('prefers-reduced-motion') ? ({ matches: true, media: query } as MediaQueryList) : original(query),
    );
    const name = uniqueFeedName('counter-still');
    await putFeed(name, feedWith({ count: 21 }));
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="uk" refresh="0.05" src=${feedUrl(name)}></standpoint-counter>`);
    await waitUntil(() => shownCount(element) === '21');
    const seen = watch(element);
    await putFeed(name, feedWith({ count: 1000 }));
    await waitUntil(() => shownCount(element) === '1\u00a0000', 'new total', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(seen.numbers).to.deep.equal(['1\u00a0000']);
    expect(seen.announcements).to.deep.equal(['Тепер 1\u00a0000 підписантів.']);
    seen.stop();
  });

  it('lets the reader pause live updates and resume them with the latest figures', async () => {
    const name = uniqueFeedName('counter-pause');
    await putFeed(name, feedWith({ count: 21 }));
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" refresh="0.05" src=${feedUrl(name)}></standpoint-counter>`);
    await waitUntil(() => shownCount(element) === '21');
    const button = $<HTMLButtonElement>(element, 'button[aria-pressed]')!;
    expect(text(button)).to.equal('Pause live updates');
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    button.click();
    await element.updateComplete;
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    expect(text($(element, '.live-note'))).to.equal('Live updates are paused.');

    await putFeed(name, feedWith({ count: 60 }));
    await waitUntil(() => text($(element, '.live-note')).includes('New figures will show when you resume.'), 'new data arrived', { timeout: 5000 });
    expect(shownCount(element), 'paused: the number stays').to.equal('21');
    expect(text(liveRegion(element))).to.equal('');
    await expect(element).to.be.accessible();

    button.click();
    await waitUntil(() => shownCount(element) === '60', 'resumed with the latest total', { timeout: 5000 });
    expect(button.getAttribute('aria-pressed')).to.equal('false');
    expect($(element, '.live-note')).to.equal(null);
  });

  it('offers no pause control when the counter does not refresh', async () => {
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" .feed=${fullFeed}></standpoint-counter>`);
    expect($(element, 'button[aria-pressed]')).to.equal(null);
  });

  it('keeps the last good number when a refresh brings a rejected count', async () => {
    const warn = sinon.stub(console, 'warn');
    const name = uniqueFeedName('counter-bad');
    await putFeed(name, feedWith({ count: 21, list: orgs(3) }));
    const element = await fixture<StandpointCounter>(html`<standpoint-counter lang="en" refresh="0.05" src=${feedUrl(name)}></standpoint-counter>`);
    await waitUntil(() => shownCount(element) === '21');
    for (const bad of [-5, 1.5, 1e12]) {
      const loaded = oneEvent(element, 'standpoint-load');
      await putFeed(name, feedWith({ count: bad, list: orgs(3) }));
      const event = await loaded;
      expect(event.detail.problems.map((problem: { path: string }) => problem.path)).to.deep.equal(['items[0]._standpoint.signatories.count']);
      await element.updateComplete;
      expect(shownCount(element), `after a count of ${bad}`).to.equal('21');
      expect(headline(element), 'not the length of the list').to.equal('21 organisations');
    }
    expect(warn.args.some(([message]) => String(message).includes('signatories.count'))).to.equal(true);
    await putFeed(name, feedWith({ count: 22, list: orgs(3) }));
    await waitUntil(() => shownCount(element) === '22', 'a good count is taken again', { timeout: 5000 });
    expect((await requestLog(name)).length).to.be.above(3);
  });
});

describe('<standpoint-counter> join link', () => {
  const joinLink = (element: Element) => $<HTMLAnchorElement>(element, 'a[part~="join"]');
  const counter = (lang: string, feed: unknown, variant = 'full') =>
    fixture<StandpointCounter>(html`<standpoint-counter lang=${lang} variant=${variant} .feed=${feed}></standpoint-counter>`);

  it('invites the reader to join by the count, in the interface’s words when the feed gives none', async () => {
    const element = await counter('en', joinFeed({ url: 'https://example.org/standpoint/join' }));
    const link = joinLink(element)!;
    expect(text(link)).to.equal('Join the standpoint');
    expect(link.href).to.equal('https://example.org/standpoint/join');
    expect(link.rel).to.equal('noopener');
    expect(link.hasAttribute('lang'), 'the interface’s words inherit its language').to.equal(false);
    // Right after the goal: the count, its progress, then the call to act on it.
    expect(link.previousElementSibling?.getAttribute('part')).to.equal('goal');
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();

    const uk = await counter('uk', joinFeed({ url: 'https://example.org/standpoint/join' }));
    expect(text(joinLink(uk))).to.equal('Приєднатися до позиції');
    await expect(uk).to.be.accessible();
  });

  it('says the feed’s own words, translated where the feed translates them, each marked with its language', async () => {
    const join = { url: 'https://example.org/standpoint/join', text: 'Add your organisation' };
    const en = joinLink(await counter('en', joinFeed(join, { ukJoin: { text: 'Додайте свою організацію' } })))!;
    expect(text(en)).to.equal('Add your organisation');
    expect(en.lang, 'feed text says its language').to.equal('en');

    const translated = joinLink(await counter('uk', joinFeed(join, { ukJoin: { text: 'Додайте свою організацію', url: 'https://example.org/uk/join' } })))!;
    expect(text(translated)).to.equal('Додайте свою організацію');
    expect(translated.href, 'a translation may point to a form in its language').to.equal('https://example.org/uk/join');
    expect(translated.lang).to.equal('uk');

    const untranslated = joinLink(await counter('uk', joinFeed(join)))!;
    expect(text(untranslated)).to.equal('Add your organisation');
    expect(untranslated.lang, 'English words on a Ukrainian page say they are English').to.equal('en');
  });

  it('opens a mailto: address, and shows the link in the compact variant too', async () => {
    const element = await counter('en', joinFeed({ url: 'mailto:coalition@example.org?subject=Join' }), 'compact');
    expect(joinLink(element)!.href).to.equal('mailto:coalition@example.org?subject=Join');
    await expect(element).to.be.accessible();
  });

  it('shows no link once the campaign has closed', async () => {
    const element = await counter('en', joinFeed({ url: 'https://example.org/standpoint/join' }, { expired: true }));
    expect(text($(element, '.details'))).to.contain('This campaign has closed.');
    expect(joinLink(element)).to.equal(null);
    expect($$(element, 'a').length).to.equal(0);
  });

  it('refuses a javascript: address: the validator drops the link with a problem and nothing is rendered', async () => {
    const feed = joinFeed({ url: 'javascript:window.__xss()', text: 'Join' });
    const { problems } = validateFeed(feed, 'https://example.org/feed.json');
    expect(problems.map((problem) => `${problem.path} ${problem.code}`)).to.include('items[0]._standpoint.join.url bad-url');
    const element = await counter('en', feed);
    expect(shownCount(element)).to.equal('148');
    expect(joinLink(element)).to.equal(null);
    expect($$(element, 'a').length).to.equal(0);
  });
});
