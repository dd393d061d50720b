import '../helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { resetFeedCache } from '../../src/feed/loader.js';
import { fullFeed, plainFeed } from '../fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from '../helpers/feed-server.js';

/** The standpoint and two other materials, so that every widget has something to show. */
const feed = { ...fullFeed, items: [...fullFeed.items, ...plainFeed.items] };
const TAGS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-embed', 'standpoint-related'] as const;

/** Whether an element shows its content, not its fallback or loading state. */
const rendered = (element: Element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));
const messages = (root: ParentNode) =>
  [...root.querySelectorAll(TAGS.join(','))]
    .map((element) => element.shadowRoot?.querySelector('.status-message')?.textContent?.trim())
    .filter(Boolean);

/** Every widget with all its options, in the page's colours and in a `lang`, no `theme`. */
async function everyWidgetOn(page: { background: string; color: string }, lang: string) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} style="background: ${page.background}; color: ${page.color}; padding: 16px">
    <standpoint-statement .feed=${feed}></standpoint-statement>
    <standpoint-demands legend .feed=${feed}></standpoint-demands>
    <standpoint-counter list chart .feed=${feed}></standpoint-counter>
    <standpoint-share .feed=${feed}></standpoint-share>
    <standpoint-related .feed=${feed}></standpoint-related>
    <standpoint-embed .feed=${feed}></standpoint-embed>
  </div>`);
  await waitUntil(() => [...wrapper.children].every(rendered), 'every widget renders', { timeout: 5000 });
  const embed = wrapper.querySelector('standpoint-embed')!;
  await waitUntil(() => [...embed.shadowRoot!.querySelectorAll('[part~="column"] > *')].every(rendered), 'the embed’s parts render', { timeout: 5000 });
  return wrapper;
}

describe('on the pages NGOs run, with no theme set', () => {
  afterEach(() => resetFeedCache());

  // Dark sites that set no `theme` (near-black, navy, an editor palette) and a
  // warm tinted light one: every colour the widgets add must reach AA there.
  const PAGES = [
    { name: 'a near-black page', background: '#111111', color: '#e4e4e4' },
    { name: 'a navy page', background: '#0b1f3a', color: '#e8eef6' },
    { name: 'a #1e1e2e page', background: '#1e1e2e', color: '#cdd6f4' },
    { name: 'a tinted light page', background: '#fdf6e3', color: '#3c3836' },
    { name: 'a plain white page', background: '#ffffff', color: '#1f2328' },
  ];
  for (const page of PAGES) {
    for (const lang of ['en', 'uk']) {
      it(`passes axe, colour contrast included, on ${page.name} (${lang})`, async () => {
        const wrapper = await everyWidgetOn(page, lang);
        await expect(wrapper).to.be.accessible();
      });
    }
  }

  it('derives the accent from the page: light on a dark page, dark on a light one', async () => {
    const luminance = (element: Element) => {
      const link = element.shadowRoot!.querySelector('a')!;
      const canvas = document.createElement('canvas').getContext('2d')!;
      canvas.fillStyle = getComputedStyle(link).color;
      canvas.fillRect(0, 0, 1, 1);
      const [r, g, b] = canvas.getImageData(0, 0, 1, 1).data;
      return (r + g + b) / 3;
    };
    const dark = await everyWidgetOn(PAGES[1], 'en');
    const onDark = luminance(dark.querySelector('standpoint-statement')!);
    const light = await everyWidgetOn(PAGES[4], 'en');
    const onLight = luminance(light.querySelector('standpoint-statement')!);
    expect(onDark, 'links are light on navy').to.be.above(150);
    expect(onLight, 'links are dark on white').to.be.below(100);
  });
});

describe('widgets one after another', () => {
  afterEach(() => resetFeedCache());

  it('keep a space between them, which a token changes', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="font-size: 16px">
      <standpoint-counter .feed=${feed}></standpoint-counter>
      <standpoint-share .feed=${feed}></standpoint-share>
      <standpoint-demands .feed=${feed}></standpoint-demands>
    </div>`);
    await waitUntil(() => [...wrapper.children].every(rendered), 'every widget renders');
    const [counter, share, demands] = [...wrapper.children];
    const gap = (above: Element, below: Element) => below.getBoundingClientRect().top - above.getBoundingClientRect().bottom;
    expect(gap(counter, share)).to.equal(24);
    expect(gap(share, demands)).to.equal(24);
    expect(parseFloat(getComputedStyle(demands).marginBottom), 'nothing after the last one').to.equal(0);
    wrapper.style.setProperty('--standpoint-stack-gap', '40px');
    expect(gap(counter, share)).to.equal(40);
  });

  it('leave the page’s own rules in charge of the spacing', async () => {
    // As WordPress's flow layout does: no margins, then a block gap above each block but the first.
    const wrapper = await fixture<HTMLElement>(html`<div class="flow">
      <style>
        .flow > * { margin-block: 0; }
        .flow > * + * { margin-block-start: 10px; }
      </style>
      <standpoint-counter .feed=${feed}></standpoint-counter>
      <standpoint-share .feed=${feed}></standpoint-share>
    </div>`);
    const [counter, share] = [...wrapper.querySelectorAll<HTMLElement>('standpoint-counter, standpoint-share')];
    await waitUntil(() => rendered(share) && rendered(counter));
    expect(share.getBoundingClientRect().top - counter.getBoundingClientRect().bottom).to.equal(10);
  });

  it('in one <standpoint-embed>, are spaced by the embed alone', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 320px"><standpoint-embed .feed=${feed}></standpoint-embed></div>`);
    const embed = wrapper.querySelector('standpoint-embed')!;
    await waitUntil(() => rendered(embed) && [...embed.shadowRoot!.querySelectorAll('[part~="column"] > *')].every(rendered), 'the parts render', { timeout: 5000 });
    const [first, second] = [...embed.shadowRoot!.querySelectorAll('[part~="column"] > *')];
    const gap = second.getBoundingClientRect().top - first.getBoundingClientRect().bottom;
    expect(gap).to.equal(parseFloat(getComputedStyle(embed.shadowRoot!.querySelector('[part~="column"]')!).rowGap));
  });
});

describe('a feed that cannot be loaded', () => {
  afterEach(() => resetFeedCache());

  it('is said to be missing once, not once per widget', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'not json', { status: 500 });
    const src = feedUrl(name);
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <standpoint-statement src=${src}></standpoint-statement>
      <standpoint-demands src=${src}></standpoint-demands>
      <standpoint-counter src=${src}></standpoint-counter>
      <standpoint-share src=${src}></standpoint-share>
    </div>`);
    await waitUntil(() => messages(wrapper).includes('The standpoint could not be loaded.'), 'the error is shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(messages(wrapper)).to.deep.equal(['The standpoint could not be loaded.']);
    const first = wrapper.querySelector('standpoint-statement')!;
    expect(first.shadowRoot!.querySelector('.status-message'), 'the first widget says it').not.to.equal(null);
    const silent = wrapper.querySelector('standpoint-share')!;
    expect(silent.getBoundingClientRect().height, 'the others take no room').to.equal(0);
    await expect(wrapper).to.be.accessible();
  });

  it('hands the message on when the widget that said it leaves', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'not json', { status: 500 });
    const src = feedUrl(name);
    const wrapper = await fixture<HTMLElement>(html`<div lang="uk">
      <standpoint-counter src=${src}></standpoint-counter>
      <standpoint-share src=${src}></standpoint-share>
    </div>`);
    // The error, not the loading message before it (on a busy machine the first look can come before the response).
    await waitUntil(() => messages(wrapper).join() === 'Не вдалося завантажити позицію.', 'the error is shown', { timeout: 5000 });
    wrapper.querySelector('standpoint-counter')!.remove();
    await waitUntil(() => wrapper.querySelector('standpoint-share')!.shadowRoot!.querySelector('.status-message'), 'the share card says it now');
    expect(messages(wrapper)).to.deep.equal(['Не вдалося завантажити позицію.']);
  });

  it('still shows every widget’s own fallback content', async () => {
    const name = uniqueFeedName();
    await putFeed(name, 'not json', { status: 500 });
    const src = feedUrl(name);
    const wrapper = await fixture<HTMLElement>(html`<div lang="en">
      <standpoint-statement src=${src}><p><a href="https://example.org/s">Read the standpoint</a></p></standpoint-statement>
      <standpoint-demands src=${src}></standpoint-demands>
      <standpoint-counter src=${src}><p><a href="https://example.org/s#signatories">See who has signed</a></p></standpoint-counter>
      <standpoint-share src=${src}></standpoint-share>
    </div>`);
    // The error itself: while loading, each widget without fallback shows its placeholder.
    await waitUntil(() => messages(wrapper).includes('The standpoint could not be loaded.'), 'the error is shown', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const visible = (element: Element) => element.getBoundingClientRect().height > 0;
    const [statement, demands, counter, share] = [...wrapper.children];
    expect(visible(statement) && visible(counter), 'fallback content is shown').to.equal(true);
    expect(demands.shadowRoot!.querySelector('.status-message'), 'the first widget without fallback says it').not.to.equal(null);
    expect(visible(share)).to.equal(false);
  });
});

describe('before any script, or with JavaScript off', () => {
  it('keeps the README snippet’s fallback links in the content column, one to a line', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /## For webmasters[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)![1];
    const elements = new DOMParser().parseFromString(snippet, 'text/html').body.querySelectorAll('*');
    const tags = [...elements].filter((element) => element.localName.startsWith('standpoint-'));
    expect(tags.length, 'the snippet’s elements').to.be.at.least(4);
    expect(tags.every((element) => element.querySelector('a[href]')), 'every element has a fallback link').to.equal(true);

    // A sandbox without allow-scripts: the page as a reader with JavaScript off sees it,
    // in a narrow content column of a theme that styles links and paragraphs its own way.
    const frame = document.createElement('iframe');
    frame.setAttribute('sandbox', 'allow-same-origin');
    frame.style.cssText = 'width: 360px; height: 600px; border: 0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html lang="uk"><head><meta charset="utf-8"><style>
      body { margin: 0; font: 18px/1.7 Georgia, serif; }
      main { width: 280px; margin: 0 40px; }
      a { color: #6b1e7a; font-weight: 600; }
    </style></head><body><main>${snippet}</main></body></html>`;
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentDocument!;
      expect(page.querySelector('standpoint-statement')!.matches(':defined'), 'no script ran').to.equal(false);
      const column = page.querySelector('main')!.getBoundingClientRect();
      const links = [...page.querySelectorAll('main a')].map((link) => link.getBoundingClientRect());
      expect(links).to.have.length(tags.length);
      for (const link of links) {
        expect(link.left, 'inside the column').to.be.at.least(column.left);
        expect(link.right, 'inside the column').to.be.at.most(column.right + 0.5);
      }
      for (let index = 1; index < links.length; index += 1) {
        expect(links[index].top, 'each link on a line of its own').to.be.at.least(links[index - 1].bottom - 0.5);
      }
    } finally {
      frame.remove();
    }
  });
});

describe('on a theme with a 62.5 % root font (1rem = 10 px)', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('font-size');
    resetFeedCache();
  });

  it('keeps share buttons in an even grid of whole words at 280 px, icons beside their text', async () => {
    document.documentElement.style.fontSize = '62.5%';
    const wrapper = await fixture<HTMLElement>(html`<div lang="uk" style="width: 280px; font: 18px/1.7 Georgia, serif">
      <standpoint-share .feed=${feed}></standpoint-share>
    </div>`);
    const share = wrapper.querySelector('standpoint-share')!;
    await waitUntil(() => rendered(share));
    const root = share.shadowRoot!;
    const chips = [...root.querySelectorAll<HTMLElement>('.network')].map((chip) => chip.getBoundingClientRect());
    const widths = new Set(chips.map((chip) => Math.round(chip.width)));
    expect(widths.size, 'every chip as wide as the others').to.equal(1);
    expect(Math.min(...chips.map((chip) => chip.width)), 'wide enough for a name').to.be.at.least(120);
    const copy = root.querySelector<HTMLElement>('.button.primary')!;
    const [iconBox, label] = [copy.querySelector('svg')!.getBoundingClientRect(), copy.querySelector('span')!.getBoundingClientRect()];
    expect(Math.abs(iconBox.top + iconBox.height / 2 - (label.top + label.height / 2)), 'the icon beside its text').to.be.below(label.height / 2 + 1);
    expect(iconBox.right).to.be.at.most(label.left + 1);
  });

  it('gives "Copy link" a readable width on a wide column', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 1200px; font-size: 16px">
      <standpoint-share lang="en" .feed=${feed}></standpoint-share>
    </div>`);
    const share = wrapper.querySelector('standpoint-share')!;
    await waitUntil(() => rendered(share));
    const copy = share.shadowRoot!.querySelector<HTMLElement>('.button.primary')!;
    expect(copy.getBoundingClientRect().width).to.be.at.most(20 * 16 + 1);
  });
});
