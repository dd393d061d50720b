import './helpers/lit-warnings.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/standpoint-embed/define.js';
import '../src/components/standpoint-related/define.js';
import type { StandpointDemands } from '../src/components/standpoint-demands/standpoint-demands.js';
import type { StandpointEmbed } from '../src/components/standpoint-embed/standpoint-embed.js';
import type { StandpointRelated } from '../src/components/standpoint-related/standpoint-related.js';
import { FORWARDED_PARTS } from '../src/components/standpoint-embed/sections.js';
import { resetFeedCache } from '../src/feed/loader.js';
import { emptyStandpointFeed, fullFeed, joinFeed, plainFeed } from './fixtures/feeds.js';
import { feedUrl, putFeed, requestLog, uniqueFeedName } from './helpers/feed-server.js';

/** The standpoint first, then two other materials: what a publisher's feed holds. */
const feedWithMaterials = { ...fullFeed, items: [...fullFeed.items, ...plainFeed.items] };

const WINDOW = { width: window.innerWidth, height: window.innerHeight };

const root = (element: Element) => element.shadowRoot!;
/** The parts the embed shows, in document order. */
const partTags = (embed: StandpointEmbed) => [...root(embed).querySelectorAll('[part~="column"] > *')].map((part) => part.localName);
const part = (embed: StandpointEmbed, name: string) => root(embed).querySelector<HTMLElement>(`[part~="${name}"]`)!;
/** Whether an element shows its content, not its fallback or loading state. */
const rendered = (element: Element | null) => Boolean(element?.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function everyPartRendered(embed: StandpointEmbed): Promise<void> {
  await waitUntil(
    () => rendered(embed) && [...root(embed).querySelectorAll('[part~="column"] > *')].every(rendered),
    'the embed and each of its parts render',
    { timeout: 5000 },
  );
}

/** Where the counter stands relative to the statement. */
function placement(embed: StandpointEmbed): 'side by side' | 'stacked' | 'other' {
  const statement = part(embed, 'statement').getBoundingClientRect();
  const counter = part(embed, 'counter').getBoundingClientRect();
  if (counter.left >= statement.right - 1 && Math.abs(counter.top - statement.top) < 1) return 'side by side';
  if (counter.top >= statement.bottom - 1 && Math.abs(counter.left - statement.left) < 1) return 'stacked';
  return 'other';
}

describe('<standpoint-embed>', () => {
  afterEach(async () => {
    sinon.restore();
    resetFeedCache();
    await setViewport(WINDOW);
  });

  it('shows statement, demands, counter and share in that order, passing its feed settings through', async () => {
    const name = uniqueFeedName('embed-parts');
    await putFeed(name, feedWithMaterials);
    const embed = await fixture<StandpointEmbed>(
      html`<standpoint-embed lang="en" src=${feedUrl(name)} item="fixture-standpoint" theme="light" refresh="60"></standpoint-embed>`,
    );
    await everyPartRendered(embed);
    expect(partTags(embed)).to.deep.equal(['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share']);
    for (const child of root(embed).querySelectorAll('[part~="column"] > *')) {
      expect(child.getAttribute('src'), child.localName).to.equal(feedUrl(name));
      expect(child.getAttribute('item'), child.localName).to.equal('fixture-standpoint');
      expect(child.getAttribute('lang'), child.localName).to.equal('en');
      expect(child.getAttribute('theme'), child.localName).to.equal('light');
      expect(child.getAttribute('refresh'), child.localName).to.equal('60');
    }
    expect(text(root(part(embed, 'statement')).querySelector('h2'))).to.equal('Fixture standpoint');
    // One outline: the other headings sit one level below the statement's title.
    expect(text(root(part(embed, 'demands')).querySelector('h3'))).to.equal('Demands');
    expect(root(part(embed, 'share')).querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3');
    expect(text(root(part(embed, 'counter')))).to.contain('21');
    await expect(embed).to.be.accessible();
  });

  it('makes one request for the embed and a related list on the same feed', async () => {
    const name = uniqueFeedName('embed-one-request');
    await putFeed(name, feedWithMaterials);
    const url = feedUrl(name);
    const page = await fixture<HTMLElement>(html`<div>
      <standpoint-embed lang="en" src=${url}></standpoint-embed>
      <standpoint-related lang="en" src=${url}></standpoint-related>
    </div>`);
    const embed = page.querySelector('standpoint-embed')!;
    const related = page.querySelector<StandpointRelated>('standpoint-related')!;
    await everyPartRendered(embed);
    await waitUntil(() => rendered(related), 'the related list renders');
    expect(partTags(embed)).to.have.length(4);
    expect(root(related).querySelectorAll('[part="item"]')).to.have.length(2);
    const reads = await requestLog(name);
    expect(reads.map((read) => read.method), 'six elements, one request').to.deep.equal(['GET']);
    expect(reads[0].cookie).to.equal(false);
    expect(reads[0].referer).to.equal(null);
  });

  it('lays out by its own width, not the window’s: one column when narrow, text beside counter and share when wide', async () => {
    const frame = await fixture<HTMLDivElement>(html`<div><standpoint-embed lang="en" .feed=${fullFeed}></standpoint-embed></div>`);
    const embed = frame.querySelector('standpoint-embed')!;
    await everyPartRendered(embed);
    const layout = part(embed, 'layout');
    const tracks = () => getComputedStyle(layout).gridTemplateColumns.split(' ').length;

    // A narrow embed in a wide window: one column, in document order.
    await setViewport({ width: 1200, height: 800 });
    frame.style.width = '360px';
    expect(placement(embed)).to.equal('stacked');
    expect(tracks()).to.equal(1);
    expect(part(embed, 'demands').getBoundingClientRect().top).to.be.at.least(part(embed, 'statement').getBoundingClientRect().bottom - 1);
    expect(part(embed, 'share').getBoundingClientRect().top).to.be.at.least(part(embed, 'counter').getBoundingClientRect().bottom - 1);

    // A wide embed in a narrow window: two columns.
    await setViewport({ width: 420, height: 800 });
    frame.style.width = '960px';
    expect(placement(embed)).to.equal('side by side');
    expect(tracks()).to.equal(2);
    const side = part(embed, 'side-column').getBoundingClientRect();
    expect(side.width, 'the side column keeps its 20rem').to.be.closeTo(320, 1);
    // The share card stands under the counter in the side column, not under the long statement.
    expect(part(embed, 'share').getBoundingClientRect().top).to.be.below(part(embed, 'statement').getBoundingClientRect().bottom);

    // The same window, the embed narrow again.
    frame.style.width = '280px';
    expect(placement(embed)).to.equal('stacked');
    expect(embed.scrollWidth, 'nothing sticks out of a 280 px column').to.be.at.most(280);
  });

  it('forwards every part its widgets render, in their content and in their error and empty states', async () => {
    const forwarded = new Set(FORWARDED_PARTS.split(', '));
    const partsOf = (element: Element) => [...element.shadowRoot!.querySelectorAll('[part]')].flatMap((node) => node.getAttribute('part')!.split(/\s+/));
    const embed = await fixture<StandpointEmbed>(html`<standpoint-embed lang="uk" .feed=${fullFeed}></standpoint-embed>`);
    await everyPartRendered(embed);
    const rendered = [...root(embed).querySelectorAll('[part~="column"] > *')].flatMap(partsOf);
    // The states, which a loaded embed does not show: an error (a feed that is not one) and an empty list.
    const failed = await fixture<HTMLElement>(html`<standpoint-counter lang="en" .feed=${{ version: 'nope' }}></standpoint-counter>`);
    await waitUntil(() => failed.shadowRoot?.querySelector('[part~="state-error"]'), 'the error state', { timeout: 5000 });
    const empty = await fixture<HTMLElement>(html`<standpoint-demands lang="en" .feed=${emptyStandpointFeed}></standpoint-demands>`);
    await waitUntil(() => empty.shadowRoot?.querySelector('[part~="state-empty"]'), 'the empty state', { timeout: 5000 });
    const missing = new Set([...rendered, ...partsOf(failed), ...partsOf(empty)].filter((name) => !forwarded.has(name)));
    expect([...missing], 'parts the embed does not forward').to.deep.equal([]);
  });

  it('shows only the sections asked for, in their order, each column’s parts together', async () => {
    const embed = await fixture<StandpointEmbed>(
      html`<standpoint-embed lang="en" sections="share demands" .feed=${fullFeed}></standpoint-embed>`,
    );
    await everyPartRendered(embed);
    expect(partTags(embed)).to.deep.equal(['standpoint-share', 'standpoint-demands']);
    expect(part(embed, 'layout').classList.contains('side-first')).to.equal(true);
    // No statement above them: the demands heading takes the embed's level.
    expect(root(part(embed, 'demands')).querySelector('h2')).to.exist;

    embed.sections = 'demands, STATEMENT demands';
    await embed.updateComplete;
    await everyPartRendered(embed);
    expect(partTags(embed)).to.deep.equal(['standpoint-demands', 'standpoint-statement']);
    expect(root(embed).querySelectorAll('[part~="column"]')).to.have.length(1);

    embed.sections = 'counter statement share demands';
    await embed.updateComplete;
    expect(partTags(embed), 'each column keeps its parts in the given order').to.deep.equal([
      'standpoint-counter',
      'standpoint-share',
      'standpoint-statement',
      'standpoint-demands',
    ]);
    await expect(embed).to.be.accessible();
  });

  it('ignores an unknown section with one warning, and shows every part when none is usable', async () => {
    const warn = sinon.stub(console, 'warn');
    const embed = await fixture<StandpointEmbed>(
      html`<standpoint-embed lang="en" sections="counter petition" .feed=${fullFeed}></standpoint-embed>`,
    );
    expect(partTags(embed)).to.deep.equal(['standpoint-counter']);
    embed.sections = 'petition';
    await embed.updateComplete;
    expect(partTags(embed)).to.have.length(4);
    const mine = warn.getCalls().filter((call) => String(call.args[0]).includes('"petition"'));
    expect(mine).to.have.length(1);
  });

  it('speaks Ukrainian in every part, and follows a change of language', async () => {
    const embed = await fixture<StandpointEmbed>(html`<standpoint-embed lang="uk" theme="dark" .feed=${fullFeed}></standpoint-embed>`);
    await everyPartRendered(embed);
    expect(text(root(part(embed, 'statement')).querySelector('h2'))).to.equal('Тестова позиція');
    expect(text(root(part(embed, 'demands')).querySelector('h3'))).to.equal('Вимоги');
    expect(text(root(part(embed, 'counter')))).to.contain('21 підписант');
    expect(getComputedStyle(part(embed, 'counter')).colorScheme).to.equal('dark');
    await expect(embed).to.be.accessible();

    embed.setAttribute('lang', 'en');
    await embed.updateComplete;
    await (part(embed, 'demands') as StandpointDemands).updateComplete;
    expect(part(embed, 'demands').getAttribute('lang')).to.equal('en');
    expect(text(root(part(embed, 'demands')).querySelector('h3'))).to.equal('Demands');
  });

  it('is accessible in the light theme and in a dark one without a theme of its own', async () => {
    const light = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en" theme="light" .feed=${fullFeed}></standpoint-embed>`);
    await everyPartRendered(light);
    await expect(light).to.be.accessible();
    const dark = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en" theme="dark" .feed=${fullFeed}></standpoint-embed>`);
    await everyPartRendered(dark);
    expect(getComputedStyle(part(dark, 'share')).colorScheme).to.equal('dark');
    await expect(dark).to.be.accessible();
  });

  it('shows its light-DOM fallback while loading and when the feed fails, and tells the page once', async () => {
    const name = uniqueFeedName('embed-fallback');
    await putFeed(name, feedWithMaterials, { status: 500 });
    sinon.stub(console, 'warn');
    const errors: Event[] = [];
    const listener = (event: Event) => errors.push(event);
    document.addEventListener('standpoint-error', listener);
    try {
      const failed = oneEvent(document, 'standpoint-error');
      const embed = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en" src=${feedUrl(name)}>
        <a href="https://example.org/standpoint">Read the joint standpoint</a>
      </standpoint-embed>`);
      const pending = root(embed).querySelector('[part~="fallback"]')!;
      expect(pending.getAttribute('aria-busy')).to.equal('true');
      expect((root(embed).querySelector('slot') as HTMLSlotElement).assignedElements()[0].textContent).to.equal('Read the joint standpoint');
      const event = (await failed) as CustomEvent & { detail: { code: string; stale: boolean } };
      expect(event.target === embed, 'fired by the embed').to.equal(true);
      expect(event.detail.code).to.equal('http');
      await embed.updateComplete;
      expect(root(embed).querySelector('[part~="fallback"] slot')).to.exist;
      expect(partTags(embed)).to.deep.equal([]);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.have.length(1);
      await expect(embed).to.be.accessible();
    } finally {
      document.removeEventListener('standpoint-error', listener);
    }
  });

  it('tells the page once that it loaded, and lets the share card’s events through', async () => {
    const name = uniqueFeedName('embed-events');
    await putFeed(name, feedWithMaterials);
    const loads: Event[] = [];
    const listener = (event: Event) => loads.push(event);
    document.addEventListener('standpoint-load', listener);
    try {
      const embed = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en" src=${feedUrl(name)}></standpoint-embed>`);
      await everyPartRendered(embed);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(loads.length, 'one load event').to.equal(1);
      expect(loads[0].target === embed, 'fired by the embed').to.equal(true);

      const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
      const shared = oneEvent(document, 'standpoint-share');
      root(part(embed, 'share')).querySelector<HTMLButtonElement>('[part~="actions"] button')!.click();
      const event = (await shared) as Event & { detail: { network: string; url: string } };
      expect(event.target === embed, 'fired by the embed').to.equal(true);
      expect(event.detail.network).to.equal('copy');
      expect(writeText.calledOnceWith('https://example.org/standpoint/fixture')).to.equal(true);
    } finally {
      document.removeEventListener('standpoint-load', listener);
    }
  });

  it('passes data from the feed property or an inline script to its parts, with no request', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const fromProperty = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en" .feed=${fullFeed}></standpoint-embed>`);
    await everyPartRendered(fromProperty);
    expect(text(root(part(fromProperty, 'statement')).querySelector('h2'))).to.equal('Fixture standpoint');

    const inline = await fixture<StandpointEmbed>(html`<standpoint-embed lang="en">
      <script type="application/json">${JSON.stringify(plainFeed)}</script>
    </standpoint-embed>`);
    await everyPartRendered(inline);
    expect(text(root(part(inline, 'statement')).querySelector('h2'))).to.equal('Second plain item');
    expect(text(root(part(inline, 'demands')).querySelector('[part~="empty"]'))).to.equal('This standpoint lists no demands yet.');
    expect(fetchSpy.called).to.equal(false);
  });

  it('can be gone through with the keyboard alone, into every part and out again', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <standpoint-embed lang="en" refresh="60" .feed=${fullFeed}></standpoint-embed>
      <button id="after">after</button>
    </div>`);
    const embed = page.querySelector('standpoint-embed')!;
    await everyPartRendered(embed);
    page.querySelector<HTMLButtonElement>('#before')!.focus();
    const visited = new Set<string>();
    for (let step = 0; step < 60 && document.activeElement?.id !== 'after'; step += 1) {
      await sendKeys({ press: 'Tab' });
      const host = root(embed).activeElement;
      if (host) visited.add(host.localName);
    }
    expect(document.activeElement?.id, 'focus leaves the embed: no trap').to.equal('after');
    expect([...visited].sort()).to.deep.equal(['standpoint-counter', 'standpoint-demands', 'standpoint-share', 'standpoint-statement']);
  });
});

describe('<standpoint-embed> join link', () => {
  afterEach(() => resetFeedCache());

  const joinLinks = (embed: StandpointEmbed) =>
    [...root(embed).querySelectorAll('[part~="column"] > *')].flatMap((child) =>
      [...(child.shadowRoot?.querySelectorAll<HTMLAnchorElement>('a[part~="join"]') ?? [])].map((link) => ({ in: child.localName, link })),
    );
  const embedOf = async (lang: string, feed: unknown, sections = '') => {
    const embed = await fixture<StandpointEmbed>(html`<standpoint-embed lang=${lang} sections=${sections} .feed=${feed}></standpoint-embed>`);
    await everyPartRendered(embed);
    return embed;
  };

  it('shows the link once, by the count, and not again in the share card', async () => {
    const embed = await embedOf('en', joinFeed({ url: 'https://example.org/standpoint/join' }));
    const links = joinLinks(embed);
    expect(links.map((found) => found.in)).to.deep.equal(['standpoint-counter']);
    expect(text(links[0].link)).to.equal('Join the standpoint');
    expect(links[0].link.getBoundingClientRect().width, 'visible').to.be.greaterThan(0);
    expect(part(embed, 'share').hasAttribute('no-join')).to.equal(true);
    await expect(embed).to.be.accessible();
  });

  it('lets the share card offer it when the embed shows no counter, in the feed’s translated words', async () => {
    const feed = joinFeed({ url: 'https://example.org/standpoint/join', text: 'Add your organisation' }, { ukJoin: { text: 'Додайте свою організацію' } });
    const embed = await embedOf('uk', feed, 'statement share');
    const links = joinLinks(embed);
    expect(links.map((found) => [found.in, text(found.link), found.link.lang])).to.deep.equal([['standpoint-share', 'Додайте свою організацію', 'uk']]);
  });

  it('shows no link once the campaign has closed, and none for a javascript: address', async () => {
    const closed = await embedOf('en', joinFeed({ url: 'https://example.org/standpoint/join' }, { expired: true }));
    expect(joinLinks(closed)).to.deep.equal([]);
    const hostile = await embedOf('uk', joinFeed({ url: 'javascript:window.__xss()' }));
    expect(joinLinks(hostile)).to.deep.equal([]);
  });

  it('opens a mailto: address', async () => {
    const embed = await embedOf('en', joinFeed({ url: 'mailto:coalition@example.org' }));
    expect(joinLinks(embed).map((found) => found.link.href)).to.deep.equal(['mailto:coalition@example.org']);
  });
});
