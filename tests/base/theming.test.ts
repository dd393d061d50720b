import '../helpers/lit-warnings.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { resetFeedCache } from '../../src/feed/loader.js';
import { fullFeed, plainFeed } from '../fixtures/feeds.js';

/** The standpoint and two other materials, so that every widget has something to show. */
const feed = { ...fullFeed, items: [...fullFeed.items, ...plainFeed.items] };
const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-related'] as const;
const RED = 'rgb(200, 16, 46)';
const BLUE = 'rgb(0, 87, 183)';

/** The brand restyle of issue #23: a red accent, Georgia, square corners, statuses as plain text. */
const BRAND_TOKENS = `
  --standpoint-color-accent: #c8102e;
  --standpoint-font-family: Georgia, serif;
  --standpoint-heading-font-family: Georgia, serif;
  --standpoint-radius: 0;
`;
const PLAIN_STATUS = 'border: 0; padding: 0; background: none;';

const rendered = (element: Element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));
const base = (element: Element) => element.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

/** Applies a style sheet to the document for one test. */
function withSheet(text: string): () => void {
  const style = document.createElement('style');
  style.textContent = text;
  document.head.append(style);
  return () => style.remove();
}

/** The widgets to look at in `root`: the five widgets, and the four inside the embed. */
async function widgetsIn(root: HTMLElement): Promise<Element[]> {
  const own = [...root.querySelectorAll(WIDGETS.join(','))];
  const embed = root.querySelector('standpoint-embed')!;
  await waitUntil(() => [...own, embed].every(rendered), 'every widget renders', { timeout: 5000 });
  await waitUntil(() => [...embed.shadowRoot!.querySelectorAll('[part~="column"] > *')].every(rendered), 'the embed’s parts render', { timeout: 5000 });
  return [...own, ...embed.shadowRoot!.querySelectorAll('[part~="column"] > *')];
}

/** What the brand restyle must have changed in one widget, measured in computed styles. */
function expectBrand(widget: Element) {
  const name = widget.localName;
  const box = getComputedStyle(base(widget));
  expect(box.fontFamily, `${name} font`).to.match(/^Georgia/);
  expect(box.borderTopLeftRadius, `${name} corners`).to.equal('0px');
  // The first link or button shows the accent: the share button, the demands' source link, the statement's link.
  const accented = widget.shadowRoot!.querySelector('.button.primary, .button, a');
  if (!accented) {
    // The counter shows the accent in its bar (a native <progress>, whose fill a computed style cannot reach).
    const bar = widget.shadowRoot!.querySelector('[part~="bar"]')!;
    expect(getComputedStyle(bar).getPropertyValue('--_bar-color').trim(), `${name} bar`).to.equal('#c8102e');
    return;
  }
  const style = getComputedStyle(accented);
  const colours = [style.color, style.backgroundColor, style.borderTopColor];
  expect(colours, `${name} accent`).to.include(RED);
  expect(colours, `${name} accent`).to.not.include(BLUE);
}

function expectPlainStatuses(widget: Element) {
  const statuses = [...widget.shadowRoot!.querySelectorAll('[part~="status"][class~="badge"]')];
  expect(statuses.length).to.be.greaterThan(0);
  for (const status of statuses) {
    const style = getComputedStyle(status);
    expect(style.borderTopWidth, 'no border').to.equal('0px');
    expect(style.paddingInlineStart, 'no padding').to.equal('0px');
  }
  // A status colour is its own, not the accent: "voiced" does not turn red with the brand.
  const voiced = widget.shadowRoot!.querySelector('[part~="status-voiced"]');
  if (voiced) expect(getComputedStyle(voiced).color).to.not.equal(RED);
}

describe('a designer’s tokens win over the built-in themes', () => {
  afterEach(() => resetFeedCache());

  for (const theme of ['light', 'dark'] as const) {
    it(`set on an ancestor, they reach all six widgets with theme="${theme}"`, async () => {
      const remove = withSheet(`.brand { ${BRAND_TOKENS} } .brand ::part(status) { ${PLAIN_STATUS} }`);
      try {
        const page = await fixture<HTMLElement>(html`<div class="brand" lang="en">
          <standpoint-statement theme=${theme} .feed=${feed}></standpoint-statement>
          <standpoint-demands theme=${theme} legend .feed=${feed}></standpoint-demands>
          <standpoint-counter theme=${theme} list .feed=${feed}></standpoint-counter>
          <standpoint-share theme=${theme} .feed=${feed}></standpoint-share>
          <standpoint-related theme=${theme} .feed=${feed}></standpoint-related>
          <standpoint-embed theme=${theme} .feed=${feed}></standpoint-embed>
        </div>`);
        const widgets = await widgetsIn(page);
        expect(widgets).to.have.length(9);
        widgets.forEach(expectBrand);
        expectPlainStatuses(page.querySelector('standpoint-demands')!);
      } finally {
        remove();
      }
    });
  }

  it('set on each element, they win over its theme', async () => {
    const tags = [...WIDGETS, 'standpoint-embed'].map((tag) => `${tag}.brand`).join(',');
    const remove = withSheet(`${tags} { ${BRAND_TOKENS} } standpoint-demands.brand::part(status), standpoint-embed.brand::part(status) { ${PLAIN_STATUS} }`);
    try {
      const page = await fixture<HTMLElement>(html`<div lang="uk">
        <standpoint-statement class="brand" theme="light" .feed=${feed}></standpoint-statement>
        <standpoint-demands class="brand" theme="light" legend .feed=${feed}></standpoint-demands>
        <standpoint-counter class="brand" theme="dark" list .feed=${feed}></standpoint-counter>
        <standpoint-share class="brand" theme="light" .feed=${feed}></standpoint-share>
        <standpoint-related class="brand" theme="dark" .feed=${feed}></standpoint-related>
        <standpoint-embed class="brand" theme="auto" .feed=${feed}></standpoint-embed>
      </div>`);
      const widgets = await widgetsIn(page);
      widgets.forEach(expectBrand);
      expectPlainStatuses(page.querySelector('standpoint-demands')!);
      expectPlainStatuses(page.querySelector('standpoint-embed')!.shadowRoot!.querySelector('standpoint-demands')!);
    } finally {
      remove();
    }
  });

  it('set on <standpoint-embed>, they reach its parts, and its forwarded parts take the status rule', async () => {
    const remove = withSheet(`standpoint-embed { ${BRAND_TOKENS} } standpoint-embed::part(status) { ${PLAIN_STATUS} }`);
    try {
      const page = await fixture<HTMLElement>(html`<div lang="en"><standpoint-embed theme="light" .feed=${feed}></standpoint-embed></div>`);
      const widgets = await widgetsIn(page);
      expect(widgets.map((widget) => widget.localName)).to.have.members(['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share']);
      widgets.forEach(expectBrand);
      expectPlainStatuses(widgets.find((widget) => widget.localName === 'standpoint-demands')!);
      await expect(page.querySelector('standpoint-embed')).to.be.accessible();
    } finally {
      remove();
    }
  });

  it('without tokens the themes still give their own palette, and statuses their own colours', async () => {
    const demands = await fixture<HTMLElement>(html`<standpoint-demands lang="en" theme="light" legend .feed=${feed}></standpoint-demands>`);
    await waitUntil(() => rendered(demands));
    expect(getComputedStyle(base(demands)).backgroundColor).to.equal('rgb(255, 255, 255)');
    const colours = new Set([...demands.shadowRoot!.querySelectorAll('[part~="legend-status"]')].map((badge) => getComputedStyle(badge).color));
    // pending, voiced, negotiating, enshrined = implemented, rejected
    expect(colours.size).to.equal(5);
    expect([...colours]).to.not.include(BLUE);
    await expect(demands).to.be.accessible();
  });
});
