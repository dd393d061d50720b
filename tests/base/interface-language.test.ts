/**
 * A page in a language the interface does not speak (German, Arabic) gets
 * English interface text: it must be marked as English (and left to right),
 * so that a screen reader reads it as English, while the feed's text keeps
 * its own language, or the page's when the feed does not say.
 */
import '../helpers/lit-warnings.js';
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/components/standpoint-counter/define.js';
import '../../src/components/standpoint-demands/define.js';
import '../../src/components/standpoint-related/define.js';
import '../../src/components/standpoint-share/define.js';
import '../../src/components/standpoint-statement/define.js';
import { fullFeed } from '../fixtures/feeds.js';

type AnyFeed = Record<string, any>;

/** The fixture feed without any language of its own. */
function feedWithoutLanguage(): AnyFeed {
  const feed: AnyFeed = structuredClone(fullFeed);
  delete feed.language;
  for (const item of feed.items) delete item.language;
  return feed;
}

/** A second item, so <standpoint-related> has something to list. */
function withSecondItem(feed: AnyFeed): AnyFeed {
  const other = structuredClone(feed.items[0]);
  other.id = 'second';
  other.title = 'Second fixture item';
  feed.items.push(other);
  return feed;
}

const base = (element: Element) => element.shadowRoot!.querySelector('[part~="base"]')!;
const $ = (element: Element, selector: string) => element.shadowRoot!.querySelector(selector)!;

async function page(lang: string, dir: string, feed: AnyFeed) {
  const wrapper = await fixture<HTMLElement>(html`<div lang=${lang} dir=${dir}>
    <standpoint-demands .feed=${feed}></standpoint-demands>
    <standpoint-counter list .feed=${feed}></standpoint-counter>
    <standpoint-share .feed=${feed}></standpoint-share>
    <standpoint-related .feed=${feed}></standpoint-related>
    <standpoint-statement .feed=${feed}></standpoint-statement>
  </div>`);
  const widgets = [...wrapper.children] as HTMLElement[];
  await Promise.all(widgets.map((widget) => (widget as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  const [demands, counter, share, related, statement] = widgets;
  return { wrapper, widgets, demands, counter, share, related, statement };
}

describe('interface language on pages the interface does not speak', () => {
  it('marks English interface text on a German page, and the feed’s text with its own language', async () => {
    const { widgets, demands, counter, share, related, statement } = await page('de', 'ltr', withSecondItem(structuredClone(fullFeed)));
    for (const widget of widgets) {
      expect(base(widget).getAttribute('lang'), widget.localName).to.equal('en');
      expect(base(widget).hasAttribute('dir'), `${widget.localName}: a left-to-right page needs no dir`).to.equal(false);
    }
    expect($(demands, '#heading').textContent).to.equal('Demands');
    expect($(demands, '[part="text"]').getAttribute('lang'), 'the feed says its text is English').to.equal('en');
    expect($(counter, '[part="list"]').getAttribute('lang')).to.equal('en');
    expect($(share, '.preview').getAttribute('lang')).to.equal('en');
    expect($(related, '[part="title"]').getAttribute('lang')).to.equal('en');
    expect($(statement, '[part="heading"]').getAttribute('lang')).to.equal('en');
  });

  it('gives feed text of unknown language the page’s language, not the interface’s', async () => {
    const { demands, counter, share, statement } = await page('de', 'ltr', feedWithoutLanguage());
    expect(base(demands).getAttribute('lang')).to.equal('en');
    expect($(demands, '[part="text"]').getAttribute('lang')).to.equal('de');
    expect($(demands, '[part="note"]').getAttribute('lang')).to.equal('de');
    expect($(counter, '[part="list"]').getAttribute('lang')).to.equal('de');
    expect($(counter, '.badge span').getAttribute('lang'), 'the "verified" badge among German names is English').to.equal('en');
    expect($(share, '.preview').getAttribute('lang')).to.equal('de');
    expect($(statement, '[part="authors"] a').getAttribute('lang'), 'author names as the page').to.equal('de');
  });

  it('keeps the interface left to right on an Arabic page; feed text takes its own direction', async () => {
    const arabic = withSecondItem(feedWithoutLanguage());
    arabic.language = 'ar';
    const { wrapper, widgets, demands, counter, share, related } = await page('ar', 'rtl', arabic);
    for (const widget of widgets) {
      expect(base(widget).getAttribute('lang'), widget.localName).to.equal('en');
      expect(base(widget).getAttribute('dir'), widget.localName).to.equal('ltr');
      expect(getComputedStyle(base(widget)).direction, widget.localName).to.equal('ltr');
    }
    const text = $(demands, '[part="text"]');
    expect([text.getAttribute('lang'), text.getAttribute('dir')], 'a feed in Arabic').to.deep.equal(['ar', 'rtl']);
    expect($(counter, '[part="list"]').getAttribute('dir')).to.equal('rtl');
    expect($(share, '.preview').getAttribute('dir')).to.equal('rtl');
    expect($(related, '[part="title"]').getAttribute('dir')).to.equal('rtl');
    await expect(wrapper).to.be.accessible();

    // A feed that does not say its language: the page's is assumed, and each text finds its own direction.
    const unknown = await page('ar', 'rtl', feedWithoutLanguage());
    const unsaid = $(unknown.demands, '[part="text"]');
    expect([unsaid.getAttribute('lang'), unsaid.getAttribute('dir')]).to.deep.equal(['ar', 'auto']);
    expect(getComputedStyle(unsaid).direction, 'English text of a feed that does not say so').to.equal('ltr');
  });

  it('adds nothing where the interface speaks the page’s language', async () => {
    for (const lang of ['uk', 'en-GB', 'en']) {
      const { widgets, demands, counter } = await page(lang, 'ltr', feedWithoutLanguage());
      for (const widget of widgets) {
        expect(base(widget).hasAttribute('lang'), `${lang}: ${widget.localName}`).to.equal(false);
        expect(base(widget).hasAttribute('dir'), `${lang}: ${widget.localName}`).to.equal(false);
      }
      // The fixture has a Ukrainian translation, which says its language; the original does not.
      expect($(demands, '[part="text"]').getAttribute('lang'), `${lang}: text of unknown language inherits`).to.equal(lang === 'uk' ? 'uk' : null);
      expect($(counter, '.badge span').hasAttribute('lang')).to.equal(false);
    }
  });
});
