import '../helpers/lit-warnings.js';
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { resetFeedCache } from '../../src/feed/loader.js';
import { defineElement, supportsWidgets } from '../../src/define-element.js';
import { resolveLanguage, setStrings, toUiLocale } from '../../src/i18n/locale.js';
import { fullFeed, plainFeed } from '../fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from '../helpers/feed-server.js';
import { TestStandpoint } from '../helpers/test-element.js';
import type { StandpointLoadEvent } from '../../src/events.js';

const shownTitle = (element: Element) => element.shadowRoot?.querySelector('h2')?.textContent ?? null;
const visibleText = (element: Element) => (element.shadowRoot?.querySelector('.status-message')?.textContent ?? '').trim();

describe('StandpointElement: the shared base of every widget', () => {
  afterEach(() => {
    resetFeedCache();
    sinon.restore();
  });

  it('shows its light-DOM fallback until the feed renders', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed, { delay: 300 });
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}>
      <a href="https://example.org/standpoint">Read the standpoint</a>
    </test-standpoint>`);
    const slot = element.shadowRoot!.querySelector('slot')!;
    expect(slot.assignedElements()[0].textContent).to.equal('Read the standpoint');
    expect(element.shadowRoot!.querySelector('.status-message'), 'no second message beside the fallback').to.equal(null);
    await waitUntil(() => shownTitle(element) === fullFeed.items[0].title);
    expect(element.shadowRoot!.querySelector('slot'), 'fallback hidden once content renders').to.equal(null);
  });

  it('renders each widget on a feed in a task of its own when the feed arrives', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed, { delay: 100 });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <test-standpoint id="first" src=${feedUrl(name)}></test-standpoint>
      <test-standpoint id="second" src=${feedUrl(name)}></test-standpoint>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('test-standpoint')];
    // standpoint-load fires in a microtask after the first widget's update.
    // Microtasks never cross into another task: had both widgets rendered in
    // the task that parsed the feed, the second would show the item once the
    // microtasks queued after this one have run.
    const afterMicrotasks = async () => {
      for (let tick = 0; tick < 50; tick += 1) await Promise.resolve();
      return shownTitle(second);
    };
    const secondWhenFirstLoaded = new Promise<string | null>((resolve) =>
      first.addEventListener('standpoint-load', () => resolve(afterMicrotasks()), { once: true }),
    );
    expect(await secondWhenFirstLoaded, 'the second widget has not rendered yet').to.equal(null);
    await waitUntil(() => shownTitle(second) === fullFeed.items[0].title, 'the second widget renders in its own task');
    expect(shownTitle(first)).to.equal(fullFeed.items[0].title);
  });

  it('drops a snapshot that was waiting for its task when the widget moved to another feed', async () => {
    const first = uniqueFeedName();
    const second = uniqueFeedName();
    await putFeed(first, fullFeed, { delay: 100 });
    await putFeed(second, plainFeed, { delay: 400 });
    const wrapper = await fixture<HTMLElement>(html`<div>
      <test-standpoint src=${feedUrl(first)}></test-standpoint>
      <test-standpoint src=${feedUrl(first)}></test-standpoint>
    </div>`);
    const [leader, mover] = [...wrapper.querySelectorAll('test-standpoint')];
    // The leader renders in its own task; the mover's snapshot of the first
    // feed is still waiting for the next task when it is sent elsewhere.
    await new Promise<void>((resolve) =>
      leader.addEventListener('standpoint-load', () => {
        mover.src = feedUrl(second);
        resolve();
      }, { once: true }),
    );
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(shownTitle(mover), 'the first feed is not shown after the move').to.equal(null);
    await waitUntil(() => shownTitle(mover) === plainFeed.items[0].title, 'the new feed is shown');
  });

  it('shows its fallback again after a fatal error, and says why in an event', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'not json at all');
    const failed = oneEvent(document, 'standpoint-error');
    const element = await fixture<TestStandpoint>(html`<test-standpoint src=${feedUrl(name)}>
      <a href="https://example.org/standpoint">Read the standpoint</a>
    </test-standpoint>`);
    const event = await failed;
    expect(event.detail.code).to.equal('not-json');
    expect(event.detail.message).to.match(/^The feed is not valid JSON\b/);
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('slot')!.assignedElements()).to.have.length(1);
  });

  it('says in the reader’s language that loading failed when there is no fallback', async () => {
    const failed = oneEvent(document, 'standpoint-error');
    const element = await fixture<TestStandpoint>(html`<test-standpoint lang="uk" .feed=${{ version: 'nope' }}></test-standpoint>`);
    await failed;
    await element.updateComplete;
    expect(visibleText(element)).to.equal('Не вдалося завантажити позицію.');
  });

  it('reports a missing item as a fatal error', async () => {
    const failed = oneEvent(document, 'standpoint-error');
    await fixture(html`<test-standpoint item="no-such-id" .feed=${fullFeed}></test-standpoint>`);
    const event = await failed;
    expect(event.detail.code).to.equal('no-such-item');
    expect(event.detail.message).to.contain('no-such-id');
  });

  it('reports an element with no feed at all', async () => {
    const failed = oneEvent(document, 'standpoint-error');
    await fixture(html`<test-standpoint></test-standpoint>`);
    expect((await failed).detail.code).to.equal('no-source');
  });

  it('takes a feed property set right after connecting, with no error and no warning', async () => {
    const warn = sinon.spy(console, 'warn');
    const events: string[] = [];
    const element = document.createElement('test-standpoint') as TestStandpoint;
    element.addEventListener('standpoint-load', (event) => events.push(event.type));
    element.addEventListener('standpoint-error', (event) => events.push(`${event.type} ${event.detail.code}`));
    // The order of frameworks: connect, then set the property in the same task.
    document.body.append(element);
    element.feed = plainFeed;
    try {
      await waitUntil(() => shownTitle(element) === plainFeed.items[0].title);
      await new Promise((resolveTask) => setTimeout(resolveTask, 20));
      expect(events).to.deep.equal(['standpoint-load']);
      expect(warn.args.flat().join(' ')).not.to.contain('no feed');
    } finally {
      element.remove();
    }
  });

  it('says how to give data when an element still has none after connecting', async () => {
    const failed = oneEvent(document, 'standpoint-error');
    await fixture(html`<test-standpoint></test-standpoint>`);
    const event = await failed;
    expect(event.detail.message).to.contain('src attribute').and.to.contain('feed property');
  });

  it('treats a new but equal feed object as no change: one load event, no re-render of the data', async () => {
    const loads: StandpointLoadEvent[] = [];
    const element = await fixture<TestStandpoint>(html`<test-standpoint .feed=${structuredClone(plainFeed)}></test-standpoint>`);
    element.addEventListener('standpoint-load', (event) => loads.push(event));
    await waitUntil(() => shownTitle(element) === plainFeed.items[0].title);
    const heading = element.shadowRoot!.querySelector('h2');
    await new Promise((resolveTask) => setTimeout(resolveTask, 20));
    const firstLoads = loads.length;
    for (let clone = 0; clone < 3; clone += 1) {
      element.feed = structuredClone(plainFeed);
      await element.updateComplete;
    }
    await new Promise((resolveTask) => setTimeout(resolveTask, 20));
    expect(loads.length, 'equal clones fire nothing').to.equal(firstLoads);
    expect(element.shadowRoot!.querySelector('h2')).to.equal(heading);

    const changed = structuredClone(plainFeed);
    changed.items[0].title = 'A changed title (sample)';
    const loaded = oneEvent(element, 'standpoint-load');
    element.feed = changed;
    expect((await loaded).detail.item.title).to.equal('A changed title (sample)');
    await new Promise((resolveTask) => setTimeout(resolveTask, 20));
    expect(loads.length, 'a changed feed fires once').to.equal(firstLoads + 1);
    expect(shownTitle(element)).to.equal('A changed title (sample)');
  });

  it('reads src="#id" from a data script on the page, which several widgets share', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const wrapper = await fixture<HTMLElement>(html`<div>
      <script type="application/json" id="shared-feed">${JSON.stringify(plainFeed)}</script>
      <test-standpoint src="#shared-feed"></test-standpoint>
      <test-standpoint src="#shared-feed" item=${plainFeed.items[1].id}></test-standpoint>
      <test-standpoint src="#no-such-script"></test-standpoint>
    </div>`);
    const [first, second, missing] = [...wrapper.querySelectorAll<TestStandpoint>('test-standpoint')];
    const failed = oneEvent(missing, 'standpoint-error');
    await waitUntil(() => shownTitle(first) === plainFeed.items[0].title && shownTitle(second) === plainFeed.items[1].title);
    expect(fetchSpy.callCount).to.equal(0);
    const error = await failed;
    expect(error.detail.code).to.equal('no-source');
    expect(error.detail.message).to.contain('#no-such-script');
  });

  it('renders from an inline JSON child without any request', async () => {
    const fetchSpy = sinon.spy(window, 'fetch');
    const element = await fixture<TestStandpoint>(html`<test-standpoint>
      <script type="application/json">${JSON.stringify(plainFeed)}</script>
    </test-standpoint>`);
    await waitUntil(() => shownTitle(element) === plainFeed.items[0].title);
    expect(fetchSpy.callCount).to.equal(0);
  });

  it('renders from the feed property and picks the item by id', async () => {
    const loaded = oneEvent(document, 'standpoint-load');
    const element = await fixture<TestStandpoint>(html`<test-standpoint item=${plainFeed.items[1].id} .feed=${plainFeed}></test-standpoint>`);
    const event = await loaded;
    expect(event.detail.item.id).to.equal(plainFeed.items[1].id);
    expect(event.detail.url).to.equal('');
    expect(shownTitle(element)).to.equal(plainFeed.items[1].title);
  });

  it('shows the translation for the reader’s language, and marks its language', async () => {
    const element = await fixture<TestStandpoint>(html`<test-standpoint lang="uk-UA" .feed=${fullFeed}></test-standpoint>`);
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal(fullFeed.items[0]._standpoint.translations.uk.title);
    expect(heading.lang).to.equal('uk');
  });

  it('falls back to the original for a language the feed has no translation for', async () => {
    const element = await fixture<TestStandpoint>(html`<test-standpoint lang="pl" .feed=${fullFeed}></test-standpoint>`);
    const heading = element.shadowRoot!.querySelector('h2')!;
    expect(heading.textContent).to.equal(fullFeed.items[0].title);
    expect(heading.lang, 'the content is marked as English for screen readers').to.equal('en');
    expect(element.shadowRoot!.querySelector('.locale')!.textContent).to.equal('en');
  });

  it('formats in the reader’s regional variant when the interface speaks its language', async () => {
    const formatLocale = async (lang: string) => {
      const element = await fixture<TestStandpoint>(html`<test-standpoint lang=${lang} .feed=${fullFeed}></test-standpoint>`);
      return element.shadowRoot!.querySelector('.format-locale')!.textContent;
    };
    expect(await formatLocale('en-GB')).to.equal('en-GB');
    expect(await formatLocale('uk-UA')).to.equal('uk-UA');
    expect(await formatLocale('ar-EG'), 'no Arabic date inside an English sentence').to.equal('en');
  });

  it('can be registered twice without throwing', async () => {
    const warn = sinon.stub(console, 'warn');
    await import('../helpers/test-element.js');
    expect(() => defineElement('test-standpoint', TestStandpoint)).not.to.throw();
    expect(warn.callCount, 'the same class again is silent').to.equal(0);
    class OtherCopy extends HTMLElement {}
    expect(() => defineElement('test-standpoint', OtherCopy)).not.to.throw();
    expect(warn.callCount, 'another copy of the library is named once').to.equal(1);
    expect(customElements.get('test-standpoint')).to.equal(TestStandpoint);
  });

  it('stays undefined, showing its fallback, in a browser without CSS color-mix()', async () => {
    const warn = sinon.stub(console, 'warn');
    sinon.stub(CSS, 'supports').returns(false);
    class Unsupported extends TestStandpoint {}
    expect(() => defineElement('test-standpoint-unsupported', Unsupported)).not.to.throw();
    expect(customElements.get('test-standpoint-unsupported'), 'not defined').to.equal(undefined);
    expect(warn.calledOnce && String(warn.firstCall.args[0]).includes('color-mix')).to.equal(true);
    sinon.restore();
    expect(supportsWidgets(), 'this test browser is supported').to.equal(true);
  });

  it('names the browsers it supports in the README, by the target the build compiles to', async () => {
    const readme = await (await fetch('/README.md')).text();
    const tsconfig = (await (await fetch('/tsconfig.json')).json()) as { compilerOptions: { target: string } };
    const section = readme.slice(readme.indexOf('### Browser support'));
    expect(section.length, 'a Browser support section').to.be.below(readme.length);
    expect(section.slice(0, 1500)).to.contain(tsconfig.compilerOptions.target);
    expect(section.slice(0, 1500)).to.contain('color-mix()');
  });

  it('does not throw into the page for a malformed strings attribute', async () => {
    const warn = sinon.stub(console, 'warn');
    const element = await fixture<TestStandpoint>(html`<test-standpoint strings="{not json" .feed=${fullFeed}></test-standpoint>`);
    expect(shownTitle(element)).to.equal(fullFeed.items[0].title);
    expect(warn.called).to.equal(true);
  });

  it('lets a webmaster replace interface strings per element and per page', async () => {
    const own = await fixture<TestStandpoint>(html`<test-standpoint lang="en" strings='{"loading": "One moment…"}' .feed=${fullFeed}></test-standpoint>`);
    expect(own.shadowRoot!.querySelector('.loading-string')!.textContent).to.equal('One moment…');
    setStrings('uk', { loading: 'Хвилинку…' });
    const page = await fixture<TestStandpoint>(html`<test-standpoint lang="uk" .feed=${fullFeed}></test-standpoint>`);
    expect(page.shadowRoot!.querySelector('.loading-string')!.textContent).to.equal('Хвилинку…');
    setStrings('uk', { loading: 'Завантаження позиції…' });
  });

  it('re-renders when <html lang> changes', async () => {
    const original = document.documentElement.lang;
    document.documentElement.lang = 'en';
    const element = await fixture<TestStandpoint>(html`<test-standpoint .feed=${fullFeed}></test-standpoint>`);
    expect(element.shadowRoot!.querySelector('.locale')!.textContent).to.equal('en');
    document.documentElement.lang = 'uk';
    await waitUntil(() => element.shadowRoot!.querySelector('.locale')!.textContent === 'uk');
    document.documentElement.lang = original;
  });
});

describe('language resolution', () => {
  let original: string;
  beforeEach(() => {
    original = document.documentElement.lang;
  });
  afterEach(() => {
    document.documentElement.lang = original;
  });

  it('takes the element’s own lang first', async () => {
    document.documentElement.lang = 'en';
    const element = await fixture(html`<section lang="en"><test-standpoint lang="uk"></test-standpoint></section>`);
    expect(resolveLanguage(element.querySelector('test-standpoint')!)).to.equal('uk');
  });

  it('then the closest ancestor with lang', async () => {
    document.documentElement.lang = 'en';
    const element = await fixture(html`<div lang="de"><section lang="uk-UA"><p><test-standpoint></test-standpoint></p></section></div>`);
    expect(resolveLanguage(element.querySelector('test-standpoint')!)).to.equal('uk-UA');
  });

  it('crosses shadow roots on the way up', async () => {
    document.documentElement.lang = 'en';
    const outer = await fixture<HTMLDivElement>(html`<div lang="uk"></div>`);
    const root = outer.attachShadow({ mode: 'open' });
    const inner = document.createElement('test-standpoint');
    root.append(inner);
    expect(resolveLanguage(inner)).to.equal('uk');
  });

  it('then <html lang>', async () => {
    document.documentElement.lang = 'uk';
    const element = await fixture(html`<div><test-standpoint></test-standpoint></div>`);
    expect(resolveLanguage(element.querySelector('test-standpoint')!)).to.equal('uk');
  });

  it('else English', async () => {
    document.documentElement.removeAttribute('lang');
    const element = await fixture(html`<div><test-standpoint></test-standpoint></div>`);
    expect(resolveLanguage(element.querySelector('test-standpoint')!)).to.equal('en');
  });

  it('maps a tag to an interface language the library has', () => {
    expect(toUiLocale('uk-UA')).to.equal('uk');
    expect(toUiLocale('UK')).to.equal('uk');
    expect(toUiLocale('en-GB')).to.equal('en');
    expect(toUiLocale('pl')).to.equal('en');
  });
});
