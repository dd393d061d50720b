import '../helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import { resetFeedCache } from '../../src/feed/loader.js';
import { emptyStandpointFeed, fullFeed } from '../fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from '../helpers/feed-server.js';

const TAGS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related', 'standpoint-embed'] as const;
const root = (element: Element) => element.shadowRoot!;
const rendered = (element: Element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));
const errorState = (element: Element) => root(element).querySelector<HTMLElement>('[part~="state-error"]');

/** A feed URL that answers after `delay` ms with `body` (or an error status). */
async function feedAt(body: unknown, options: { status?: number; delay?: number } = {}) {
  const name = uniqueFeedName('states');
  await putFeed(name, body, options);
  return { name, src: feedUrl(name) };
}

/** One widget of `tag` on `src`, in a page of the given language and colours. */
async function widget(tag: string, src: string, { lang = 'en', theme = '' } = {}) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="width: 480px"></div>`);
  const element = document.createElement(tag);
  element.setAttribute('src', src);
  if (theme) element.setAttribute('theme', theme);
  wrapper.append(element);
  return element as HTMLElement & { updateComplete: Promise<boolean> };
}

describe('loading, empty and error states', () => {
  afterEach(async () => {
    resetFeedCache();
    await emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('loading shows an outline of each widget’s shape, with its height reserved and the words for screen readers', async () => {
    for (const tag of TAGS) {
      const { src } = await feedAt(fullFeed, { delay: 4000 });
      const element = await widget(tag, src, { theme: 'light' });
      await element.updateComplete;
      const placeholder = root(element).querySelector<HTMLElement>('[part~="placeholder"]')!;
      expect(placeholder, tag).to.exist;
      expect(placeholder.getAttribute('aria-busy')).to.equal('true');
      expect(placeholder.getBoundingClientRect().height, `${tag} reserves room`).to.be.greaterThan(60);
      expect(placeholder.querySelectorAll('.ph[aria-hidden="true"]').length, `${tag} outline`).to.be.greaterThan(2);
      expect(root(element).querySelector('[role="status"]')!.textContent!.trim()).to.equal('Loading the standpoint…');
      await expect(element).to.be.accessible();
    }
  });

  it('the outline is about the height of the content it stands for', async () => {
    const seen: string[] = [];
    for (const tag of ['standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related', 'standpoint-statement'] as const) {
      const { src } = await feedAt(fullFeed, { delay: 600 });
      const element = await widget(tag, src, { theme: 'light' });
      await element.updateComplete;
      const before = element.getBoundingClientRect().height;
      await waitUntil(() => rendered(element), `${tag} renders`, { timeout: 5000 });
      const after = element.getBoundingClientRect().height;
      // Growth ratio, not a pixel count: the outline is an estimate of text that wraps differently in each font.
      seen.push(`${tag}: ${before} px before, ${after} px after`);
      expect(before / after, seen.join('; ')).to.be.within(0.6, 1.5);
    }
  });

  it('the shimmer stops when the reader asks for less motion', async () => {
    const { src } = await feedAt(fullFeed, { delay: 4000 });
    const element = await widget('standpoint-demands', src);
    await element.updateComplete;
    const block = root(element).querySelector('.ph')!;
    expect(getComputedStyle(block).animationName).to.equal('standpoint-shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(block).animationName).to.equal('none');
  });

  for (const [lang, words, retry] of [
    ['en', 'The standpoint could not be loaded.', 'Try again'],
    ['uk', 'Не вдалося завантажити позицію.', 'Спробувати ще раз'],
  ] as const) {
    for (const theme of ['light', 'dark', ''] as const) {
      it(`an error says so with an icon, the words and "Try again" (${lang}, ${theme || 'no theme'})`, async () => {
        // The share card too: its own .error and .button rules must not restyle the state (its accent fell to 4.36:1 on navy).
        for (const tag of ['standpoint-counter', 'standpoint-share']) {
          const { src } = await feedAt('not json', { status: 500 });
          const element = await widget(tag, src, { lang, theme });
          if (!theme) element.parentElement!.style.cssText = 'width: 480px; color: #e8eef6; background: #0b1f3a';
          await waitUntil(() => errorState(element), 'the error is shown', { timeout: 5000 });
          const state = errorState(element)!;
          expect(state.querySelector('svg.icon[aria-hidden="true"]')).to.exist;
          expect(state.querySelector('[part~="state-message"]')!.textContent!.trim()).to.equal(words);
          expect(state.querySelector('[part~="retry"]')!.textContent!.trim()).to.equal(retry);
          await expect(element).to.be.accessible();
        }
      });
    }
  }

  it('"Try again" asks the shared loader again; the content replaces the error once the feed is there', async () => {
    const { name, src } = await feedAt('not json', { status: 500 });
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <standpoint-demands src=${src}></standpoint-demands>
      <standpoint-counter src=${src}></standpoint-counter>
    </div>`);
    const [demands, counter] = wrapper.children;
    await waitUntil(() => errorState(demands), 'the error is shown', { timeout: 5000 });
    expect(errorState(counter), 'said once per feed').to.equal(null);
    await putFeed(name, fullFeed);
    root(demands).querySelector<HTMLButtonElement>('[part~="retry"]')!.click();
    // One request serves both widgets: the loader's entry of the URL is shared.
    await waitUntil(() => rendered(demands) && rendered(counter), 'both widgets render', { timeout: 5000 });
  });

  it('a retry that brings the content moves the focus from the button, which is gone, to the widget', async () => {
    const { name, src } = await feedAt('not json', { status: 500 });
    const element = await widget('standpoint-demands', src, { lang: 'en' });
    await waitUntil(() => errorState(element), 'the error is shown', { timeout: 5000 });
    await putFeed(name, fullFeed);
    const button = root(element).querySelector<HTMLButtonElement>('[part~="retry"]')!;
    button.focus();
    button.click();
    await waitUntil(() => rendered(element) && root(element).activeElement !== null, 'the content has the focus', { timeout: 5000 });
    expect(root(element).activeElement!.matches('[part~="base"]'), 'the widget itself').to.equal(true);
    expect(document.activeElement).to.equal(element);
  });

  it('a failed retry keeps the focus on the button and says it failed again', async () => {
    const { name, src } = await feedAt('not json', { status: 500 });
    const element = await widget('standpoint-share', src, { lang: 'uk', theme: 'dark' });
    await waitUntil(() => errorState(element), 'the error is shown', { timeout: 5000 });
    await putFeed(name, 'not json', { status: 500, delay: 500 });
    const button = root(element).querySelector<HTMLButtonElement>('[part~="retry"]')!;
    button.focus();
    button.click();
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'the retry is under way');
    await waitUntil(() => /Досі не вдалося/.test(errorState(element)?.textContent ?? ''), 'the retry failed', { timeout: 5000 });
    expect(root(element).activeElement, 'the same button keeps the focus').to.equal(button);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    await expect(element).to.be.accessible();
  });

  it('a feed given as data has no URL to ask again, so no "Try again"', async () => {
    const element = await fixture<HTMLElement>(html`<standpoint-counter lang="en" .feed=${{ version: 'nope' }}></standpoint-counter>`);
    await waitUntil(() => errorState(element), 'the error is shown', { timeout: 5000 });
    expect(root(element).querySelector('[part~="retry"]')).to.equal(null);
  });

  it('empty looks different from error: another icon, muted words, no button', async () => {
    for (const tag of ['standpoint-demands', 'standpoint-counter'] as const) {
      const element = await fixture<HTMLElement>(html`<div lang="uk"></div>`);
      const widgetElement = document.createElement(tag) as HTMLElement & { feed: unknown };
      widgetElement.setAttribute('theme', 'dark');
      widgetElement.feed = emptyStandpointFeed;
      element.append(widgetElement);
      await waitUntil(() => rendered(widgetElement), `${tag} renders`);
      const empty = root(widgetElement).querySelector('[part~="state-empty"]')!;
      expect(empty, tag).to.exist;
      expect(empty.querySelector('svg.icon')).to.exist;
      expect(empty.querySelector('button')).to.equal(null);
      const { src } = await feedAt('not json', { status: 500 });
      const broken = await widget(tag, src, { lang: 'uk', theme: 'dark' });
      await waitUntil(() => errorState(broken), 'the error is shown', { timeout: 5000 });
      const errorIcon = errorState(broken)!.querySelector('svg')!.innerHTML;
      expect(empty.querySelector('svg')!.innerHTML, 'a different icon').to.not.equal(errorIcon);
      expect(getComputedStyle(empty.querySelector('svg')!).color).to.not.equal(getComputedStyle(errorState(broken)!.querySelector('svg')!).color);
      await expect(widgetElement).to.be.accessible();
    }
  });

  it('fallback content of the page is still shown instead of the designed states', async () => {
    const { src } = await feedAt('not json', { status: 500 });
    const element = await fixture<HTMLElement>(html`<standpoint-counter lang="en" src=${src}><a href="https://example.org/s">See who has signed</a></standpoint-counter>`);
    await waitUntil(() => element.getBoundingClientRect().height > 0, 'the fallback is shown');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root(element).querySelector('[part~="fallback"] slot')).to.exist;
    expect(errorState(element)).to.equal(null);
    expect(root(element).querySelector('[part~="placeholder"]')).to.equal(null);
  });
});
