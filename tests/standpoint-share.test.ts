import './helpers/lit-warnings.js';
import { expect, fixture, html, nextFrame, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import '../src/components/standpoint-share/define.js';
import type { StandpointShare } from '../src/components/standpoint-share/standpoint-share.js';
import { resetFeedCache } from '../src/feed/loader.js';
import { buildSnippet, cdnUrl } from '../src/components/standpoint-share/embed-snippet.js';
import { LIBRARY_VERSION } from '../src/version.js';
import { validateFeed } from '../src/feed/validate.js';
import { emptyStandpointFeed, fullFeed, hostileStrings, joinFeed, plainFeed } from './fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from './helpers/feed-server.js';

/** A standpoint whose URL and share text hold spaces, `&`, `#`, Cyrillic and an emoji. */
const trickyFeed = {
  version: 'https://jsonfeed.org/version/1.1',
  title: 'Tricky feed',
  language: 'uk',
  items: [
    {
      id: 'tricky',
      url: 'https://example.org/standpoint?a=1&b=2#demands',
      title: 'Мир & права',
      _standpoint: { share: { text: 'Права людей & мир #1 🕊️' } },
    },
  ],
};
const URL_ = 'https%3A%2F%2Fexample.org%2Fstandpoint%3Fa%3D1%26b%3D2%23demands';
const TEXT = '%D0%9F%D1%80%D0%B0%D0%B2%D0%B0%20%D0%BB%D1%8E%D0%B4%D0%B5%D0%B9%20%26%20%D0%BC%D0%B8%D1%80%20%231%20%F0%9F%95%8A%EF%B8%8F';
const TITLE = '%D0%9C%D0%B8%D1%80%20%26%20%D0%BF%D1%80%D0%B0%D0%B2%D0%B0';

const root = (element: StandpointShare) => element.shadowRoot!;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const link = (element: StandpointShare, network: string) => root(element).querySelector<HTMLAnchorElement>(`a[data-network="${network}"]`)!;
const button = (element: StandpointShare, label: string) =>
  [...root(element).querySelectorAll('button')].find((candidate) => text(candidate) === label)!;
const status = (element: StandpointShare) => root(element).querySelector('[part="status"]')!;

/** Replaces a navigator member for one test; `afterEach` puts the browser's own back. */
const restorers: (() => void)[] = [];
function setNavigator(name: 'share' | 'canShare' | 'clipboard', value: unknown): void {
  Object.defineProperty(navigator, name, { configurable: true, value });
  restorers.push(() => delete (navigator as unknown as Record<string, unknown>)[name]);
}
/** Keeps a clicked share link from opening a tab; the widget still sees the click. */
function stopNavigation(): void {
  const stop = (event: Event) => event.preventDefault();
  document.addEventListener('click', stop, { capture: true });
  restorers.push(() => document.removeEventListener('click', stop, { capture: true }));
}

describe('<standpoint-share>', () => {
  afterEach(() => {
    sinon.restore();
    restorers.splice(0).forEach((restore) => restore());
    resetFeedCache();
  });

  it('shows the share title, text and signatory count, marked with the content language', async () => {
    setNavigator('share', undefined);
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    const heading = root(element).querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(text(heading)).to.equal('Share title');
    expect(text(root(element).querySelector('[part="text"]'))).to.equal('Share text.');
    expect(text(root(element).querySelector('[part="count"]'))).to.equal('21 signatories');
    expect(root(element).querySelector('.preview')!.getAttribute('lang')).to.equal('en');
    expect(root(element).querySelector('img'), 'no image in this feed').to.equal(null);
    expect(root(element).querySelector('[part="base"][role="group"]')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(element).to.be.accessible();
  });

  it('speaks Ukrainian: translated share text, interface and plural', async () => {
    setNavigator('share', undefined);
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="uk" theme="light" .feed=${fullFeed}></standpoint-share>`);
    expect(text(root(element).querySelector('[part="heading"]'))).to.equal('Заголовок для поширення');
    expect(text(root(element).querySelector('[part="text"]'))).to.equal('Текст для поширення.');
    expect(root(element).querySelector('.preview')!.getAttribute('lang')).to.equal('uk');
    expect(text(root(element).querySelector('[part="count"]'))).to.equal('21 підписант');
    expect(button(element, 'Копіювати посилання')).to.exist;
    expect(link(element, 'telegram').getAttribute('aria-label')).to.equal('Поширити в Telegram (відкривається в новій вкладці)');
    expect(text(root(element).querySelector('summary'))).to.equal('Вбудувати на свій сайт');
    await expect(element).to.be.accessible();
  });

  it('is accessible in the dark theme, with the embed code and the manual copy field open', async () => {
    setNavigator('clipboard', undefined);
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" theme="dark" .feed=${fullFeed}></standpoint-share>`);
    root(element).querySelector('details')!.open = true;
    button(element, 'Copy link').click();
    await waitUntil(() => root(element).querySelector('#manual-link'));
    await expect(element).to.be.accessible();
  });

  it('shows the share image with the feed’s alt text, or an empty alt when decorative', async () => {
    const withAlt = structuredClone(fullFeed);
    (withAlt.items[0]._standpoint.share as Record<string, unknown>).image = { url: 'https://example.org/share.png', alt: 'Людський ланцюг' };
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="uk" .feed=${withAlt}></standpoint-share>`);
    const image = root(element).querySelector('img')!;
    expect(image.getAttribute('src')).to.equal('https://example.org/share.png');
    expect(image.getAttribute('alt')).to.equal('Людський ланцюг');
    expect(image.getAttribute('referrerpolicy')).to.equal('no-referrer');
    expect(image.closest('[lang]')!.getAttribute('lang'), 'the alt text is marked with the content language').to.equal('uk');

    const decorative = { ...plainFeed, items: [{ ...plainFeed.items[1], image: 'https://example.org/decor.png' }] };
    const plain = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${decorative}></standpoint-share>`);
    expect(root(plain).querySelector('img')!.getAttribute('alt')).to.equal('');
    await expect(plain).to.be.accessible();
  });

  it('links every default network, in order, with the exact encoded href', async () => {
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${trickyFeed}></standpoint-share>`);
    const links = [...root(element).querySelectorAll<HTMLAnchorElement>('[part="link"]')];
    expect(links.map((anchor) => anchor.dataset.network)).to.deep.equal(['telegram', 'viber', 'whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email']);
    expect(link(element, 'telegram').getAttribute('href')).to.equal(`https://t.me/share/url?url=${URL_}&text=${TEXT}`);
    expect(link(element, 'viber').getAttribute('href')).to.equal(`viber://forward?text=${TEXT}%20${URL_}`);
    expect(link(element, 'whatsapp').getAttribute('href')).to.equal(`https://wa.me/?text=${TEXT}%20${URL_}`);
    expect(link(element, 'facebook').getAttribute('href')).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${URL_}`);
    expect(link(element, 'x').getAttribute('href')).to.equal(`https://x.com/intent/post?text=${TEXT}&url=${URL_}`);
    expect(link(element, 'linkedin').getAttribute('href')).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${URL_}`);
    expect(link(element, 'bluesky').getAttribute('href')).to.equal(`https://bsky.app/intent/compose?text=${TEXT}%20${URL_}`);
    expect(link(element, 'email').getAttribute('href')).to.equal(`mailto:?subject=${TITLE}&body=${TEXT}%0D%0A%0D%0A${URL_}`);
    for (const anchor of links) {
      expect(anchor.rel, anchor.dataset.network).to.equal('noopener noreferrer');
      expect(anchor.target, anchor.dataset.network).to.equal(anchor.href.startsWith('https:') ? '_blank' : '');
      const icon = anchor.querySelector('svg')!;
      expect(icon.getAttribute('aria-hidden'), 'an inline, hidden icon').to.equal('true');
      expect(icon.querySelector('image, use'), 'no remote icon').to.equal(null);
    }
    expect(link(element, 'telegram').getAttribute('aria-label')).to.equal('Share on Telegram (opens in a new tab)');
    expect(text(link(element, 'telegram'))).to.equal('Telegram');
    expect(link(element, 'email').getAttribute('aria-label')).to.equal('Share by email');
    expect(text(link(element, 'email'))).to.equal('Email');
  });

  it('offers only the networks the webmaster lists, in that order, ignoring unknown names', async () => {
    const warn = sinon.stub(console, 'warn');
    const unknown = `friendster${Date.now()}`;
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" networks="email ${unknown} telegram" .feed=${fullFeed}></standpoint-share>`);
    expect([...root(element).querySelectorAll<HTMLElement>('[part="link"]')].map((anchor) => anchor.dataset.network)).to.deep.equal(['email', 'telegram']);
    expect(root(element).querySelector('form'), 'no Fediverse field unless listed').to.equal(null);
    expect(warn.getCalls().filter((call) => String(call.args[0]).includes(unknown))).to.have.length(1);

    element.networks = 'fediverse';
    await element.updateComplete;
    expect(root(element).querySelector('[part="networks"]')).to.equal(null);
    expect(root(element).querySelector('form[part="fediverse"]')).to.exist;
  });

  it('adds campaign parameters to the shared URL only when the webmaster sets them', async () => {
    const plain = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${trickyFeed}></standpoint-share>`);
    const hrefs = [...root(plain).querySelectorAll<HTMLAnchorElement>('[part="link"]')].map((anchor) => anchor.getAttribute('href'));
    expect(hrefs.join(' ')).not.to.contain('utm');

    const campaign = await fixture<StandpointShare>(html`<standpoint-share
      lang="en"
      utm-source="partner site"
      utm-medium="share-card"
      utm-campaign="peace"
      .feed=${trickyFeed}
    ></standpoint-share>`);
    expect(link(campaign, 'facebook').getAttribute('href')).to.equal(
      'https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fstandpoint%3Fa%3D1%26b%3D2%26utm_source%3Dpartner%2520site%26utm_medium%3Dshare-card%26utm_campaign%3Dpeace%23demands',
    );
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    button(campaign, 'Copy link').click();
    await waitUntil(() => writeText.called);
    expect(writeText.firstCall.args[0]).to.equal(
      'https://example.org/standpoint?a=1&b=2&utm_source=partner%20site&utm_medium=share-card&utm_campaign=peace#demands',
    );
  });

  it('copies the link, confirms it in a polite live region and fires standpoint-share', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    const region = status(element);
    expect(region.getAttribute('role')).to.equal('status');
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(text(region)).to.equal('');
    const shared = oneEvent(element, 'standpoint-share');
    button(element, 'Copy link').click();
    const event = await shared;
    expect(writeText.calledOnceWithExactly('https://example.org/standpoint/fixture')).to.equal(true);
    expect(event.detail).to.deep.equal({ network: 'copy', url: 'https://example.org/standpoint/fixture' });
    expect(event.bubbles && event.composed).to.equal(true);
    await element.updateComplete;
    expect(text(region)).to.equal('Link copied!');
    expect(region.querySelector('svg[aria-hidden="true"]'), 'an icon beside the words').to.exist;
    expect(root(element).querySelector('#manual-link')).to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('says "copied" in Ukrainian', async () => {
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="uk" .feed=${fullFeed}></standpoint-share>`);
    const shared = oneEvent(element, 'standpoint-share');
    button(element, 'Копіювати посилання').click();
    await shared;
    await element.updateComplete;
    expect(text(status(element))).to.equal('Посилання скопійовано!');
  });

  it('falls back to a selected read-only field when the clipboard is refused, and says so', async () => {
    const writeText = sinon.stub(navigator.clipboard, 'writeText').rejects(new DOMException('Write permission denied.', 'NotAllowedError'));
    const listener = sinon.spy();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    element.addEventListener('standpoint-share', listener);
    button(element, 'Copy link').click();
    await waitUntil(() => root(element).querySelector('#manual-link'));
    await element.updateComplete;
    const field = root(element).querySelector<HTMLInputElement>('#manual-link')!;
    expect(writeText.calledOnce).to.equal(true);
    expect(field.readOnly).to.equal(true);
    expect(field.value).to.equal('https://example.org/standpoint/fixture');
    expect(root(element).activeElement).to.equal(field);
    expect([field.selectionStart, field.selectionEnd]).to.deep.equal([0, field.value.length]);
    expect(text(status(element))).to.contain('Your browser did not let the page copy. The link is selected below');
    expect(text(root(element).querySelector('label[for="manual-link"]'))).to.equal('Link to the standpoint');
    expect(listener.called, 'nothing was shared').to.equal(false);
    await expect(element).to.be.accessible();
  });

  it('falls back the same way where there is no Clipboard API (an insecure page)', async () => {
    setNavigator('clipboard', undefined);
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="uk" .feed=${fullFeed}></standpoint-share>`);
    button(element, 'Копіювати посилання').click();
    await waitUntil(() => root(element).querySelector('#manual-link'));
    await element.updateComplete;
    expect(root(element).activeElement).to.equal(root(element).querySelector('#manual-link'));
    expect(text(status(element))).to.contain('Браузер не дозволив сторінці скопіювати');
  });

  it('offers the system share sheet where the browser has one, with the share data', async () => {
    const share = sinon.stub().resolves();
    setNavigator('share', share);
    setNavigator('canShare', sinon.stub().returns(true));
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    const sheet = button(element, 'Share…');
    expect(sheet).to.exist;
    const shared = oneEvent(element, 'standpoint-share');
    sheet.click();
    const event = await shared;
    expect(share.calledOnceWithExactly({ url: 'https://example.org/standpoint/fixture', title: 'Share title', text: 'Share text.' })).to.equal(true);
    expect(event.detail).to.deep.equal({ network: 'system', url: 'https://example.org/standpoint/fixture' });
  });

  it('has no share-sheet button where the browser has none, or cannot share this data', async () => {
    setNavigator('share', undefined);
    const none = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    expect(button(none, 'Share…')).to.equal(undefined);
    expect(root(none).querySelectorAll('[part="actions"] button')).to.have.length(1);

    setNavigator('share', sinon.stub().resolves());
    setNavigator('canShare', sinon.stub().returns(false));
    const refused = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    expect(button(refused, 'Share…')).to.equal(undefined);
  });

  it('stays quiet when the reader closes the share sheet, and helps when it fails', async () => {
    const share = sinon.stub().rejects(new DOMException('Share canceled', 'AbortError'));
    setNavigator('share', share);
    const listener = sinon.spy();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    element.addEventListener('standpoint-share', listener);
    button(element, 'Share…').click();
    await waitUntil(() => share.called);
    await element.updateComplete;
    expect(text(status(element))).to.equal('');
    share.rejects(new DOMException('No', 'NotAllowedError'));
    button(element, 'Share…').click();
    await waitUntil(() => text(status(element)) !== '');
    expect(text(status(element))).to.equal('The share menu did not open. Copy the link instead.');
    expect(listener.called).to.equal(false);
  });

  it('fires standpoint-share with the network when a share link is clicked', async () => {
    stopNavigation();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
    for (const network of ['telegram', 'viber', 'whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email']) {
      const shared = oneEvent(element, 'standpoint-share');
      link(element, network).click();
      expect((await shared).detail).to.deep.equal({ network, url: 'https://example.org/standpoint/fixture' });
    }
  });

  it('shares to the reader’s own Fediverse server without storing it', async () => {
    const open = sinon.stub(window, 'open').returns(null);
    const storage = [localStorage.length, sessionStorage.length, document.cookie];
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${trickyFeed}></standpoint-share>`);
    const input = root(element).querySelector<HTMLInputElement>('form input[name="server"]')!;
    expect(input.autocomplete, 'the browser keeps no history of it either').to.equal('off');
    expect(text(root(element).querySelector('label[for="server"]'))).to.equal('Fediverse (Mastodon and others): your server');

    input.value = 'not a server';
    root(element).querySelector<HTMLButtonElement>('form button')!.click();
    await element.updateComplete;
    expect(open.called).to.equal(false);
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    const error = root(element).querySelector('#server-error')!;
    expect(error.getAttribute('role')).to.equal('alert');
    expect(text(error)).to.equal('This is not a server name. Type one like mastodon.social.');
    expect(input.getAttribute('aria-describedby')).to.contain('server-error');
    await expect(element).to.be.accessible();

    input.value = 'https://Mastodon.Social/@me';
    input.dispatchEvent(new Event('input'));
    const shared = oneEvent(element, 'standpoint-share');
    root(element).querySelector<HTMLButtonElement>('form button')!.click();
    const event = await shared;
    expect(open.calledOnceWithExactly(`https://mastodon.social/share?text=${TEXT}%20${URL_}`, '_blank', 'noopener,noreferrer')).to.equal(true);
    expect(event.detail).to.deep.equal({ network: 'fediverse', url: 'https://example.org/standpoint?a=1&b=2#demands' });
    await element.updateComplete;
    expect(root(element).querySelector('#server-error')).to.equal(null);
    expect([localStorage.length, sessionStorage.length, document.cookie]).to.deep.equal(storage);
  });

  it('gives partners the embed snippet for the same feed, with its own copy button', async () => {
    const name = uniqueFeedName('share');
    await putFeed(name, fullFeed);
    const writeText = sinon.stub(navigator.clipboard, 'writeText').resolves();
    const loaded = oneEvent(document, 'standpoint-load');
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" src=${feedUrl(name)}></standpoint-share>`);
    await loaded;
    await element.updateComplete;
    const details = root(element).querySelector<HTMLDetailsElement>('details[part="embed"]')!;
    expect(details.open, 'closed until asked for').to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Embed on your site');
    details.open = true;
    const code = root(element).querySelector<HTMLTextAreaElement>('#embed-code')!;
    const expected =
      `<script type="module" src="https://cdn.jsdelivr.net/npm/standpoint-widgets@${LIBRARY_VERSION}/dist/cdn/standpoint-statement.js"></script>\n\n` +
      `<standpoint-statement src="${feedUrl(name)}" item="fixture-standpoint">\n` +
      '  <p><a href="https://example.org/standpoint/fixture">Fixture standpoint</a></p>\n' +
      '</standpoint-statement>';
    expect(code.value).to.equal(expected);
    expect(code.readOnly).to.equal(true);
    const shared = oneEvent(element, 'standpoint-share');
    button(element, 'Copy code').click();
    const event = await shared;
    expect(writeText.calledOnceWithExactly(expected)).to.equal(true);
    expect(event.detail).to.deep.equal({ network: 'embed', url: feedUrl(name) });
    await element.updateComplete;
    expect(text(details.querySelector('[part="status"]'))).to.equal('Code copied!');
    await expect(element).to.be.accessible();
  });

  it('offers the whole standpoint too, as the builder writes it: pinned version, integrity, crossorigin and a fallback link', async () => {
    // The script tag a webmaster pasted (inert here: another type, so nothing is fetched).
    const hash = 'sha384-QBYVpylFol8NqdmYE6Y0qewqw//Ev3C4LtXQpB4E3jTETVtBaz2LjyzUbyPSymyo';
    const pasted = document.createElement('script');
    pasted.type = 'text/x-inert';
    pasted.src = cdnUrl(LIBRARY_VERSION, 'standpoint-widgets.js');
    pasted.setAttribute('integrity', hash);
    document.head.append(pasted);
    try {
      const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${fullFeed}></standpoint-share>`);
      await element.updateComplete;
      const details = root(element).querySelector('details')!;
      details.open = true;
      const code = root(element).querySelector<HTMLTextAreaElement>('#embed-code')!;
      const builders = (tag: string) =>
        buildSnippet({
          version: LIBRARY_VERSION,
          integrity: { 'standpoint-widgets.js': hash },
          bundle: 'standpoint-widgets.js',
          widgets: [{ tag, attributes: { src: 'https://example.org/feed.json', item: 'fixture-standpoint' }, fallback: { text: 'Fixture standpoint', href: 'https://example.org/standpoint/fixture' } }],
        }).trimEnd();
      expect(code.value).to.equal(builders('standpoint-statement'));
      const choices = [...root(element).querySelectorAll<HTMLInputElement>('input[name="embed-widget"]')];
      expect(choices.map((choice) => text(choice.closest('label')))).to.deep.equal([
        'The statement',
        'The whole standpoint: statement, demands, signatories and sharing',
      ]);
      choices[1].click();
      await element.updateComplete;
      expect(code.value).to.equal(builders('standpoint-embed'));
      const template = document.createElement('template');
      template.innerHTML = code.value;
      const script = template.content.querySelector('script')!;
      expect(script.getAttribute('src')).to.equal(`https://cdn.jsdelivr.net/npm/standpoint-widgets@${LIBRARY_VERSION}/dist/cdn/standpoint-widgets.js`);
      expect(script.getAttribute('integrity')).to.equal(hash);
      expect(script.getAttribute('crossorigin')).to.equal('anonymous');
      expect(script.type).to.equal('module');
      const embed = template.content.querySelector('standpoint-embed')!;
      expect(embed.querySelector('p > a')!.getAttribute('href')).to.equal('https://example.org/standpoint/fixture');
      await expect(element).to.be.accessible();
    } finally {
      pasted.remove();
    }
  });

  it('selects the embed code when the clipboard is refused; uses feed_url for inline data; can be hidden', async () => {
    sinon.stub(navigator.clipboard, 'writeText').rejects(new Error('denied'));
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="uk" .feed=${fullFeed}></standpoint-share>`);
    const details = root(element).querySelector('details')!;
    details.open = true;
    const code = root(element).querySelector<HTMLTextAreaElement>('#embed-code')!;
    expect(code.value).to.contain('<standpoint-statement src="https://example.org/feed.json" item="fixture-standpoint">');
    expect(code.value, 'the fallback link in the reader’s language').to.contain('>Тестова позиція</a>');
    button(element, 'Копіювати код').click();
    await waitUntil(() => text(details.querySelector('[part="status"]')) !== '');
    expect(text(details.querySelector('[part="status"]'))).to.contain('Код виділено');
    expect(root(element).activeElement).to.equal(code);
    expect([code.selectionStart, code.selectionEnd]).to.deep.equal([0, code.value.length]);

    const hidden = await fixture<StandpointShare>(html`<standpoint-share lang="en" no-embed .feed=${fullFeed}></standpoint-share>`);
    expect(root(hidden).querySelector('details')).to.equal(null);
    const noFeedUrl = { ...plainFeed, feed_url: undefined };
    const inline = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${noFeedUrl}></standpoint-share>`);
    expect(root(inline).querySelector('details'), 'no feed URL to give partners').to.equal(null);
  });

  it('makes no network request to render, open and use the card', async () => {
    performance.clearResourceTimings();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const fetchSpy = sinon.spy(window, 'fetch');
    const beacon = sinon.spy(navigator, 'sendBeacon');
    sinon.stub(navigator.clipboard, 'writeText').resolves();
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" theme="dark" .feed=${fullFeed}></standpoint-share>`);
    root(element).querySelector('details')!.open = true;
    button(element, 'Copy link').click();
    await nextFrame();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await nextFrame();
    observer.disconnect();
    expect(seen).to.deep.equal([]);
    expect(performance.getEntriesByType('resource')).to.have.length(0);
    expect(fetchSpy.called || beacon.called).to.equal(false);
    expect(root(element).querySelectorAll('img, iframe, link, script, object, embed')).to.have.length(0);
  });

  it('loads the feed’s own share image and nothing else (the one documented exception)', async () => {
    const imageUrl = new URL('/__share-test/image.png', location.href).href;
    const withImage = structuredClone(fullFeed);
    (withImage.items[0]._standpoint.share as Record<string, unknown>).image = { url: imageUrl, alt: '' };
    performance.clearResourceTimings();
    const seen: string[] = [];
    const observer = new PerformanceObserver((list) => seen.push(...list.getEntries().map((entry) => entry.name)));
    observer.observe({ type: 'resource' });
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${withImage}></standpoint-share>`);
    await waitUntil(() => seen.length > 0, 'the image request is seen');
    await new Promise((resolve) => setTimeout(resolve, 100));
    observer.disconnect();
    expect(seen).to.deep.equal([imageUrl]);
    expect([...root(element).querySelectorAll('img')].map((image) => image.src)).to.deep.equal([imageUrl]);
  });

  it('renders hostile feed text as inert text', async () => {
    const canary = sinon.spy();
    (window as unknown as { __xss: () => void }).__xss = canary;
    const hostile = structuredClone(fullFeed);
    const share = hostile.items[0]._standpoint.share;
    share.title = hostileStrings[0];
    share.text = hostileStrings.join(' ');
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${hostile}></standpoint-share>`);
    expect(text(root(element).querySelector('[part="heading"]'))).to.equal(hostileStrings[0]);
    expect(root(element).querySelector('[part="text"]')!.textContent).to.equal(hostileStrings.join(' '));
    expect(root(element).querySelectorAll('.preview *:not([part="heading"], [part="text"])')).to.have.length(0);
    expect(new URL(link(element, 'telegram').href).searchParams.get('text')).to.equal(hostileStrings.join(' ').trim());
    await nextFrame();
    expect(canary.called).to.equal(false);
  });

  it('says clearly when there is nothing to share, and still shares a plain JSON Feed item', async () => {
    const noUrl = { version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'x', title: 'No address yet', content_text: 'Draft.' }] };
    const en = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${noUrl}></standpoint-share>`);
    expect(text(root(en).querySelector('[part="base"]'))).to.equal('There is no link to share yet.');
    expect(root(en).querySelector('button, a')).to.equal(null);
    await expect(en).to.be.accessible();
    const uk = await fixture<StandpointShare>(html`<standpoint-share lang="uk" theme="dark" .feed=${noUrl}></standpoint-share>`);
    expect(text(root(uk).querySelector('[part="base"]'))).to.equal('Поки що немає посилання, яким можна поділитися.');
    await expect(uk).to.be.accessible();

    const plain = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${plainFeed}></standpoint-share>`);
    expect(text(root(plain).querySelector('[part="heading"]'))).to.equal('Second plain item');
    expect(link(plain, 'facebook').getAttribute('href')).to.equal('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fposts%2F2');
    expect(root(plain).querySelector('[part="count"]'), 'no signatories, no count').to.equal(null);
    const empty = await fixture<StandpointShare>(html`<standpoint-share lang="en" .feed=${emptyStandpointFeed}></standpoint-share>`);
    expect(root(empty).querySelector('[part="count"]')).to.equal(null);
    expect(text(root(empty).querySelector('[part="base"]'))).not.to.contain('This campaign has closed.');
    const closed = { ...emptyStandpointFeed, expired: true };
    const expired = await fixture<StandpointShare>(html`<standpoint-share lang="uk" .feed=${closed}></standpoint-share>`);
    expect(text(root(expired).querySelector('[part="base"]')), 'a closed campaign can still be shared, and says so').to.contain('Цю кампанію завершено.');
  });

  it('fits a 280 px column with targets of 44 × 44 px (24 × 24 at the very least)', async () => {
    setNavigator('share', sinon.stub().resolves());
    setNavigator('clipboard', undefined);
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px">
      <standpoint-share lang="uk" theme="light" .feed=${fullFeed}></standpoint-share>
    </div>`);
    const element = wrapper.querySelector('standpoint-share')!;
    await element.updateComplete;
    root(element).querySelector('details')!.open = true;
    button(element, 'Копіювати посилання').click();
    await waitUntil(() => root(element).querySelector('#manual-link'));
    const bounds = wrapper.getBoundingClientRect();
    const controls = [...root(element).querySelectorAll<HTMLElement>('button, a, summary, input, textarea')];
    expect(controls.length).to.be.greaterThan(12);
    for (const control of controls) {
      const box = control.getBoundingClientRect();
      const name = control.outerHTML.slice(0, 60);
      expect(box.width, name).to.be.at.least(24);
      expect(box.height, name).to.be.at.least(24);
      expect(box.right, `${name} stays inside the column`).to.be.at.most(bounds.right + 0.5);
    }
    for (const main of root(element).querySelectorAll<HTMLElement>('[part="actions"] button, [part="link"], summary, form button')) {
      const box = main.getBoundingClientRect();
      expect(box.width, main.textContent!).to.be.at.least(44);
      expect(box.height, main.textContent!).to.be.at.least(44);
    }
    expect(element.scrollWidth).to.be.at.most(280);
  });

  it('can be used with the keyboard alone, with a visible focus ring', async () => {
    setNavigator('share', undefined);
    const open = sinon.stub(window, 'open').returns(null);
    const element = await fixture<StandpointShare>(html`<standpoint-share lang="en" networks="telegram email fediverse" .feed=${fullFeed}></standpoint-share>`);
    const reached: string[] = [];
    for (let step = 0; step < 8; step += 1) {
      await sendKeys({ press: 'Tab' });
      const active = root(element).activeElement as HTMLElement | null;
      if (!active) break;
      expect(getComputedStyle(active).outlineStyle, active.outerHTML.slice(0, 40)).to.equal('solid');
      reached.push(active.dataset.network ?? active.id ?? '');
      if (active.localName === 'summary') reached.push('summary');
      if (active.localName === 'button') reached.push(text(active));
    }
    expect(reached).to.include.members(['Copy link', 'telegram', 'email', 'server', 'Share', 'summary']);
    // Back to the server field: type a server and press Enter.
    root(element).querySelector<HTMLInputElement>('#server')!.focus();
    await sendKeys({ type: 'mastodon.social' });
    await sendKeys({ press: 'Enter' });
    expect(open.calledOnce).to.equal(true);
    expect(open.firstCall.args[0]).to.match(/^https:\/\/mastodon\.social\/share\?text=/);
  });
});

describe('<standpoint-share> join link', () => {
  const joinLink = (element: StandpointShare) => root(element).querySelector<HTMLAnchorElement>('a[part~="join"]');
  const card = (lang: string, feed: unknown) => fixture<StandpointShare>(html`<standpoint-share lang=${lang} .feed=${feed}></standpoint-share>`);

  it('offers joining beside copy and share, in the interface’s words when the feed gives none', async () => {
    const element = await card('en', joinFeed({ url: 'https://example.org/standpoint/join' }));
    const link = joinLink(element)!;
    expect(text(link)).to.equal('Join the standpoint');
    expect(link.href).to.equal('https://example.org/standpoint/join');
    expect(link.rel).to.equal('noopener');
    expect(link.closest('[part="actions"]'), 'in the row of main actions').to.not.equal(null);
    expect(link.getBoundingClientRect().height).to.be.at.least(44);
    await expect(element).to.be.accessible();

    const uk = await card('uk', joinFeed({ url: 'https://example.org/standpoint/join' }));
    expect(text(joinLink(uk))).to.equal('Приєднатися до позиції');
    await expect(uk).to.be.accessible();
  });

  it('says the feed’s words and their translation, each in its language', async () => {
    const join = { url: 'https://example.org/standpoint/join', text: 'Add your organisation' };
    const en = joinLink(await card('en', joinFeed(join, { ukJoin: { text: 'Додайте свою організацію' } })))!;
    expect([text(en), en.lang]).to.deep.equal(['Add your organisation', 'en']);
    const uk = joinLink(await card('uk', joinFeed(join, { ukJoin: { text: 'Додайте свою організацію' } })))!;
    expect([text(uk), uk.lang, uk.href]).to.deep.equal(['Додайте свою організацію', 'uk', 'https://example.org/standpoint/join']);
  });

  it('opens a mailto: address; no-join hides the link', async () => {
    const feed = joinFeed({ url: 'mailto:coalition@example.org' });
    expect(joinLink(await card('en', feed))!.href).to.equal('mailto:coalition@example.org');
    const hidden = await fixture<StandpointShare>(html`<standpoint-share lang="en" no-join .feed=${feed}></standpoint-share>`);
    expect(joinLink(hidden)).to.equal(null);
  });

  it('shows no link once the campaign has closed, and none for a javascript: address', async () => {
    const closed = await card('en', joinFeed({ url: 'https://example.org/standpoint/join' }, { expired: true }));
    expect(text(root(closed).querySelector('.card'))).to.contain('This campaign has closed.');
    expect(joinLink(closed)).to.equal(null);

    const feed = joinFeed({ url: 'javascript:window.__xss()' });
    expect(validateFeed(feed, 'https://example.org/feed.json').problems.map((problem) => `${problem.path} ${problem.code}`)).to.include(
      'items[0]._standpoint.join.url bad-url',
    );
    const hostile = await card('en', feed);
    expect(joinLink(hostile)).to.equal(null);
    expect([...root(hostile).querySelectorAll('a')].some((anchor) => anchor.href.startsWith('javascript:'))).to.equal(false);
  });
});
