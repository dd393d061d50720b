import './helpers/lit-warnings.js';
import { sendKeys } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/standpoint-demands/define.js';
import '../src/components/standpoint-related/define.js';
import type { StandpointRelated } from '../src/components/standpoint-related/standpoint-related.js';
import { resetFeedCache } from '../src/feed/loader.js';
import type { FeedInput } from '../src/feed/types.js';
import { fullFeed, hostileStrings } from './fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from './helpers/feed-server.js';

const ABOUT = 'https://www.npmjs.com/package/standpoint-widgets#the-feed';
/** A same-origin image, so no test asks for anything off this machine. */
const IMAGE = new URL('/demo/favicon.svg', location.href).href;

/** Six demands of which two count as enshrined (enshrined, implemented), as <standpoint-demands> counts them. */
const sixDemands = [
  { id: 'd1', text: 'One', status: 'enshrined' },
  { id: 'd2', text: 'Two', status: 'implemented' },
  { id: 'd3', text: 'Three', status: 'rejected' },
  { id: 'd4', text: 'Four', status: 'negotiating' },
  { id: 'd5', text: 'Five', status: 'voiced' },
  { id: 'd6', text: 'Six', status: 'pending' },
] as const;

/** A publisher's feed: the standpoint first, then materials in no particular order of date. */
const materials = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Coalition materials',
  home_page_url: 'https://example.org/materials/',
  language: 'en',
  items: [
    {
      id: 'standpoint',
      url: 'https://example.org/standpoint',
      title: 'The joint standpoint',
      date_published: '2025-08-13T10:00:00+03:00',
      _standpoint: { about: ABOUT, demands: [{ id: 'a', text: 'A', status: 'enshrined' }, { id: 'b', text: 'B', status: 'voiced' }] },
    },
    { id: 'old', url: 'https://example.org/old', title: 'An older note', date_published: '2025-07-01T09:00:00Z' },
    {
      id: 'briefing',
      url: 'https://example.org/briefing',
      title: 'Briefing: two weeks on',
      summary: 'Where the demands stand two weeks after the standpoint.',
      image: IMAGE,
      date_published: '2025-08-27T14:00:00+03:00',
      _standpoint: {
        about: ABOUT,
        demands: [...sixDemands],
        translations: { uk: { title: 'Брифінг: два тижні по тому', summary: 'Де вимоги через два тижні після позиції.' } },
      },
    },
    { id: 'undated', url: 'https://example.org/undated', title: 'A note with no date' },
    {
      id: 'press',
      external_url: 'https://news.example.org/press',
      title: 'Press note',
      summary: 'The signatory count passed one hundred.',
      date_published: '2025-09-01T16:00:00+03:00',
    },
  ],
} satisfies FeedInput;

const root = (element: Element) => element.shadowRoot!;
const entries = (element: StandpointRelated) => [...root(element).querySelectorAll<HTMLLIElement>('[part~="item"]')];
const titles = (element: StandpointRelated) => entries(element).map((entry) => text(entry.querySelector('[part~="title"]')));
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<standpoint-related>', () => {
  afterEach(() => {
    sinon.restore();
    resetFeedCache();
  });

  it('lists the feed’s other items newest first, three by default, with link, date and summary, and a link to more', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" .feed=${materials}></standpoint-related>`);
    const heading = root(element).querySelector('h2#heading')!;
    expect(text(heading)).to.equal('Other materials');
    expect(root(element).querySelector('ul')!.getAttribute('aria-labelledby')).to.equal('heading');
    // The first item is the one the other widgets show: it is left out.
    expect(titles(element)).to.deep.equal(['Press note', 'Briefing: two weeks on', 'An older note']);
    const [press, briefing] = entries(element);
    expect(press.querySelector('h3 a')!.getAttribute('href')).to.equal('https://news.example.org/press');
    expect(press.querySelector('time')!.getAttribute('datetime')).to.equal('2025-09-01T16:00:00+03:00');
    expect(text(press.querySelector('time'))).to.equal('September 1, 2025');
    expect(text(press.querySelector('[part="summary"]'))).to.equal('The signatory count passed one hundred.');
    expect(text(briefing.querySelector('[part="summary"]'))).to.equal('Where the demands stand two weeks after the standpoint.');
    const more = root(element).querySelector<HTMLAnchorElement>('[part="more"]')!;
    expect(text(more)).to.equal('More materials');
    expect(more.href).to.equal('https://example.org/materials/');
    await expect(element).to.be.accessible();
  });

  it('shows as many items as `limit` says, undated ones last, and three for a limit it cannot use', async () => {
    const one = await fixture<StandpointRelated>(html`<standpoint-related lang="en" limit="1" .feed=${materials}></standpoint-related>`);
    expect(titles(one)).to.deep.equal(['Press note']);
    one.limit = 10;
    await one.updateComplete;
    expect(titles(one)).to.deep.equal(['Press note', 'Briefing: two weeks on', 'An older note', 'A note with no date']);
    for (const limit of ['0', '-2', 'many', '']) {
      one.setAttribute('limit', limit);
      await one.updateComplete;
      expect(entries(one), `limit="${limit}"`).to.have.length(3);
    }
  });

  it('leaves out the item set with `item`, and lists the first one instead', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" item="press" .feed=${materials}></standpoint-related>`);
    expect(titles(element)).to.deep.equal(['Briefing: two weeks on', 'The joint standpoint', 'An older note']);
    element.item = 'briefing';
    await element.updateComplete;
    expect(titles(element)).to.deep.equal(['Press note', 'The joint standpoint', 'An older note']);
  });

  it('gives a standpoint item a badge with its demand progress, counted as the demand checklist counts it', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <standpoint-related lang="en" item="press" .feed=${materials}></standpoint-related>
      <standpoint-demands lang="en" item="briefing" .feed=${materials}></standpoint-demands>
    </div>`);
    const element = page.querySelector('standpoint-related')!;
    const demands = page.querySelector('standpoint-demands')!;
    const [briefing, standpoint, old] = entries(element);
    const badge = briefing.querySelector('[part="badge"]')!;
    expect(text(badge)).to.equal('Demands: 2 of 6 enshrined');
    expect(text(badge.querySelector('.visually-hidden'))).to.equal('Demands:');
    expect(badge.querySelector('svg[aria-hidden="true"]'), 'an icon beside the words').to.exist;
    expect(text(root(demands).getElementById('summary'))).to.equal('2 of 6 demands enshrined in an agreement');
    expect(text(standpoint.querySelector('[part="badge"]'))).to.equal('Demands: 1 of 2 enshrined');
    expect(old.querySelectorAll('[part="badge"]').length, 'no _standpoint, no badge').to.equal(0);
    await expect(element).to.be.accessible();
  });

  it('speaks Ukrainian: translated titles marked as Ukrainian, dates, badge and links', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="uk" theme="dark" .feed=${materials}></standpoint-related>`);
    expect(text(root(element).querySelector('#heading'))).to.equal('Інші матеріали');
    const briefing = entries(element)[1];
    const title = briefing.querySelector<HTMLElement>('[part~="title"]')!;
    expect(text(title)).to.equal('Брифінг: два тижні по тому');
    expect(title.lang).to.equal('uk');
    expect(briefing.querySelector<HTMLElement>('[part="summary"]')!.lang).to.equal('uk');
    // An item with no translation stays in its own language, and is marked so.
    expect(entries(element)[0].querySelector<HTMLElement>('[part~="title"]')!.lang).to.equal('en');
    expect(text(briefing.querySelector('time'))).to.equal('27 серпня 2025 р.');
    expect(text(briefing.querySelector('[part="badge"]'))).to.equal('Вимоги: закріплено 2 з 6');
    expect(text(root(element).querySelector('[part="more"]'))).to.equal('Більше матеріалів');
    expect(getComputedStyle(element).colorScheme).to.equal('dark');
    await expect(element).to.be.accessible();
  });

  it('writes dates in the reader’s own locale, as every other widget does', async () => {
    // An en-GB page reads British dates: the interface is English, the date format the reader's.
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en-GB" .feed=${materials}></standpoint-related>`);
    expect(text(entries(element)[0].querySelector('time'))).to.equal('1 September 2025');
  });

  it('keeps the "not yet" badge readable on a page with grey text and no theme', async () => {
    const page = await fixture<HTMLElement>(html`<div style="color: #1f2328; background: #ffffff">
      <standpoint-related lang="en" .feed=${{ ...materials, items: [materials.items[0], { ...materials.items[2], _standpoint: { ...materials.items[2]._standpoint, demands: [{ id: 'x', text: 'X', status: 'voiced' }] } }] }}></standpoint-related>
    </div>`);
    const element = page.querySelector<StandpointRelated>('standpoint-related')!;
    await element.updateComplete;
    const badge = root(element).querySelector<HTMLElement>('[part="badge"]')!;
    expect(badge.classList.contains('not-yet')).to.equal(true);
    // The badge is as muted as the date beside it, not muted twice.
    expect(getComputedStyle(badge).color).to.equal(getComputedStyle(root(element).querySelector('.meta')!).color);
    await expect(page).to.be.accessible();
  });

  it('is accessible in the light theme', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" theme="light" limit="4" .feed=${materials}></standpoint-related>`);
    await expect(element).to.be.accessible();
  });

  it('shows a feed image lazily, without referrer, decorative, with its space reserved', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" .feed=${materials}></standpoint-related>`);
    const images = root(element).querySelectorAll('img');
    expect(images, 'only the item with an image has one').to.have.length(1);
    const image = entries(element)[1].querySelector('img')!;
    expect(image.src).to.equal(IMAGE);
    expect(image.getAttribute('loading')).to.equal('lazy');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.getAttribute('alt')).to.equal('');
    expect([image.getAttribute('width'), image.getAttribute('height')]).to.deep.equal(['160', '90']);
    expect(getComputedStyle(image).aspectRatio).to.equal('16 / 9');
  });

  it('puts the image beside the text when the widget is wide, above it in a 280 px column', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div style="width: 280px"><standpoint-related lang="uk" theme="light" .feed=${materials}></standpoint-related></div>`);
    const element = frame.querySelector('standpoint-related')!;
    const briefing = () => entries(element)[1];
    const columns = () => getComputedStyle(briefing()).gridTemplateColumns.split(' ').length;
    expect(columns()).to.equal(1);
    expect(briefing().querySelector('.body')!.getBoundingClientRect().top).to.be.at.least(briefing().querySelector('img')!.getBoundingClientRect().bottom - 1);
    expect(element.scrollWidth, 'nothing sticks out of the column').to.be.at.most(280);
    frame.style.width = '640px';
    expect(columns()).to.equal(2);
    expect(briefing().querySelector('.body')!.getBoundingClientRect().left).to.be.at.least(briefing().querySelector('img')!.getBoundingClientRect().right);
  });

  it('says so when the feed has no other item, and still links to more', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" .feed=${fullFeed}></standpoint-related>`);
    expect(root(element).querySelectorAll('ul').length).to.equal(0);
    expect(text(root(element).querySelector('[part~="empty"]'))).to.equal('There are no other materials yet.');
    expect(root(element).querySelector<HTMLAnchorElement>('[part="more"]')!.href).to.equal('https://example.org/');
    await expect(element).to.be.accessible();

    const noHome = { ...fullFeed, home_page_url: undefined };
    const bare = await fixture<StandpointRelated>(html`<standpoint-related lang="uk" theme="dark" .feed=${noHome}></standpoint-related>`);
    expect(text(root(bare).querySelector('[part~="empty"]'))).to.equal('Інших матеріалів поки немає.');
    expect(root(bare).querySelectorAll('[part="more"]').length).to.equal(0);
    await expect(bare).to.be.accessible();
  });

  it('renders hostile titles as text, drops hostile links, and names items that have no title', async () => {
    const xss = sinon.spy();
    (window as unknown as { __xss: () => void }).__xss = xss;
    sinon.stub(console, 'warn');
    const feed = {
      ...materials,
      items: [
        materials.items[0],
        ...hostileStrings.slice(0, 12).map((hostile, index) => ({
          id: `hostile-${index}`,
          url: 'javascript:window.__xss()',
          title: hostile,
          summary: hostile,
          date_published: `2025-09-${String(index + 1).padStart(2, '0')}T10:00:00Z`,
        })),
        { id: 'summary-only', summary: 'Only a summary here.', date_published: '2025-10-01T10:00:00Z', url: 'https://example.org/s' },
        { id: 'nothing', date_published: '2025-10-02T10:00:00Z', url: 'https://example.org/n' },
      ],
    };
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" limit="20" .feed=${feed}></standpoint-related>`);
    const [nothingAtAll, summaryOnly, ...hostile] = entries(element);
    expect(text(nothingAtAll.querySelector('[part~="title"]'))).to.equal('Untitled');
    expect(text(summaryOnly.querySelector('[part~="title"]'))).to.equal('Only a summary here.');
    expect(summaryOnly.querySelectorAll('[part="summary"]').length, 'the summary is not said twice').to.equal(0);
    expect(hostile).to.have.length(12);
    hostile.reverse().forEach((entry, index) => {
      expect(entry.querySelector('[part~="title"]')!.textContent).to.equal(hostileStrings[index]);
      expect(entry.querySelectorAll('a').length, 'a javascript: URL is never a link').to.equal(0);
    });
    expect(root(element).querySelectorAll('script, iframe, img, object, embed').length).to.equal(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(xss.called).to.equal(false);
  });

  it('shows its light-DOM fallback while loading and when the feed fails', async () => {
    const name = uniqueFeedName('related-fallback');
    await putFeed(name, materials, { delay: 300 });
    const loaded = oneEvent(document, 'standpoint-load');
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" src=${feedUrl(name)}>
      <a href="https://example.org/materials/">All materials</a>
    </standpoint-related>`);
    expect(root(element).querySelector('[part~="fallback"] slot')).to.exist;
    expect(root(element).querySelectorAll('ul').length).to.equal(0);
    await loaded;
    await element.updateComplete;
    expect(titles(element)).to.have.length(3);

    sinon.stub(console, 'warn');
    const failing = uniqueFeedName('related-failing');
    await putFeed(failing, 'not json at all');
    const failed = oneEvent(document, 'standpoint-error');
    const broken = await fixture<StandpointRelated>(html`<standpoint-related lang="en" src=${feedUrl(failing)}>
      <a href="https://example.org/materials/">All materials</a>
    </standpoint-related>`);
    await failed;
    await broken.updateComplete;
    const slot = root(broken).querySelector<HTMLSlotElement>('[part~="fallback"] slot')!;
    expect(text(slot.assignedElements()[0])).to.equal('All materials');
    await expect(broken).to.be.accessible();
  });

  it('can be used with the keyboard alone: every title, then "More materials", each with a focus ring', async () => {
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" .feed=${materials}></standpoint-related>`);
    const reached: string[] = [];
    for (let step = 0; step < 4; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = root(element).activeElement as HTMLElement | null;
      if (!active) break;
      expect(getComputedStyle(active).outlineStyle).to.equal('solid');
      reached.push(text(active));
    }
    expect(reached).to.deep.equal(['Press note', 'Briefing: two weeks on', 'An older note', 'More materials']);
  });

  it('resolves a relative image against the feed’s own URL', async () => {
    const name = uniqueFeedName('related-src');
    const feed = structuredClone(materials);
    feed.items[2].image = '../demo/favicon.svg';
    await putFeed(name, feed);
    const element = await fixture<StandpointRelated>(html`<standpoint-related lang="en" src=${feedUrl(name)}></standpoint-related>`);
    await waitUntil(() => entries(element).length === 3, 'the list renders');
    expect(entries(element)[1].querySelector('img')!.src).to.equal(new URL('../demo/favicon.svg', feedUrl(name)).href);
  });
});
