import './helpers/lit-warnings.js';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { aTimeout, expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../src/components/standpoint-statement/define.js';
import type { StandpointStatement } from '../src/components/standpoint-statement/standpoint-statement.js';
import { resetFeedCache } from '../src/feed/loader.js';
import { emptyStandpointFeed, fullFeed, hostileStrings, hostileUrls, plainFeed } from './fixtures/feeds.js';
import { feedUrl, putFeed, requestLog, uniqueFeedName } from './helpers/feed-server.js';

const root = (element: StandpointStatement) => element.shadowRoot!;
/** The text as a reader sees it (block boundaries are spaces); no-break spaces are kept. */
const text = (node: Element | null | undefined) =>
  (node ? (node as HTMLElement).innerText ?? node.textContent ?? '' : '').replace(/[ \t\n\r]+/g, ' ').trim();
const part = (element: StandpointStatement, name: string) => root(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const toggle = (element: StandpointStatement) => root(element).querySelector<HTMLButtonElement>('button.toggle');
const more = (element: StandpointStatement) => root(element).querySelector<HTMLElement>('#more');
/** Waits until the text is on screen (the sanitiser is loaded lazily for HTML). */
const bodyReady = (element: StandpointStatement) =>
  waitUntil(() => root(element).querySelector('article') && !root(element).querySelector('[aria-busy]'), 'the text never rendered');

/** A one-item feed; `item` fields replace the defaults. */
function feedWith(item: Record<string, unknown>, feed: Record<string, unknown> = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Test feed',
    language: 'en',
    ...feed,
    items: [{ id: 'test', url: 'https://example.org/standpoint/test', title: 'Test standpoint', ...item }],
  };
}

const LONG_TEXT = Array.from({ length: 5 }, (_, index) => `Paragraph ${index + 1} of the statement.`).join('\n\n');

// Elements and attributes that must never come out of a feed.
const DISALLOWED = new Set(
  'script style iframe frame frameset form img video audio source track picture object embed svg math link meta base input button textarea select option template noscript marquee details body html head title canvas portal'.split(' '),
);
const DISALLOWED_ATTRIBUTES = /^(?:on.*|style|srcset|src|srcdoc|poster|background|action|formaction|ping|xlink:href|xmlns.*|data|is)$/i;

/** Every element the feed could have produced: all of the shadow root except the widget's own icons and toggle. */
function feedNodes(element: StandpointStatement): Element[] {
  return [...root(element).querySelectorAll('*')].filter((node) => !node.closest('svg.icon') && !node.matches('button.toggle'));
}

function expectNothingDangerous(element: StandpointStatement) {
  for (const node of feedNodes(element)) {
    expect(DISALLOWED.has(node.localName), `<${node.localName}> in the shadow DOM`).to.equal(false);
    for (const attribute of [...node.attributes]) {
      expect(DISALLOWED_ATTRIBUTES.test(attribute.name), `${attribute.name}="${attribute.value}" on <${node.localName}>`).to.equal(false);
    }
    const href = node.getAttribute('href');
    if (href !== null) expect(['https:', 'http:', 'mailto:'], `href ${href}`).to.include(new URL(href).protocol);
  }
  expect(root(element).querySelectorAll('svg:not(.icon)')).to.have.length(0);
}

const trackerRequests = () =>
  performance.getEntriesByType('resource').filter((entry) => /tracker\.example|evil\.example/.test(entry.name));

describe('<standpoint-statement>', () => {
  let xss: sinon.SinonSpy;
  beforeEach(() => {
    xss = sinon.spy();
    (window as unknown as { __xss: () => void }).__xss = xss;
  });
  afterEach(async () => {
    sinon.restore();
    resetFeedCache();
    await emulateMedia({ media: 'screen', reducedMotion: 'no-preference' });
  });

  it('shows the title as an h2, dates, authors, summary, paragraphs, downloads, topics and the original link', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${fullFeed}></standpoint-statement>`);
    const heading = root(element).querySelector('h2')!;
    expect(heading.getAttribute('part')).to.equal('heading');
    expect(heading.textContent).to.equal('Fixture standpoint');
    expect(heading.lang).to.equal('en');
    expect(root(element).querySelector('article')!.getAttribute('aria-labelledby')).to.equal(heading.id);
    const times = [...part(element, 'meta')!.querySelectorAll('time')];
    expect(times.map((time) => time.dateTime)).to.deep.equal(['2025-08-13T10:00:00+03:00', '2025-09-01T12:00:00Z']);
    expect(text(part(element, 'meta'))).to.equal('Published August 13, 2025 · updated September 1, 2025');
    expect(text(part(element, 'authors'))).to.equal('By Fixture Coalition');
    expect(part(element, 'authors')!.querySelector('a')!.href).to.equal('https://example.org/coalition');
    expect(text(part(element, 'summary'))).to.equal('A short test standpoint.');
    // Summary first, then the text.
    expect(part(element, 'summary')!.compareDocumentPosition(part(element, 'content')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    const paragraphs = [...root(element).querySelectorAll('[part~="content"] p')];
    expect(paragraphs).to.have.length(2);
    expect(paragraphs[0].innerHTML.replace(/<!--[^>]*-->/g, '')).to.equal('First paragraph of the fixture.<br>Second line of the first paragraph.');
    const link = paragraphs[1].querySelector('a')!;
    expect(link.href).to.equal('https://example.org/standpoint/fixture');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(text(paragraphs[1])).to.equal('See https://example.org/standpoint/fixture for details.');
    expect([...root(element).querySelectorAll('[part="tag"]')].map((tag) => tag.textContent)).to.deep.equal(['human rights', 'fixture']);
    expect(part(element, 'tags')!.getAttribute('aria-label')).to.equal('Topics');
    const original = root(element).querySelector<HTMLAnchorElement>('a.original')!;
    expect(original.href).to.equal('https://example.org/standpoint/fixture');
    expect(text(original)).to.equal('Read the original publication');
    expect(part(element, 'status'), 'an open campaign says nothing about closing').to.equal(null);
    await expect(element).to.be.accessible();
  });

  it('uses the heading level the webmaster sets, clamped to 1–6, and puts the text’s own headings below it', async () => {
    const feed = feedWith({ content_html: '<h1>Part one</h1><p>Text.</p><h2>Detail</h2><p>More.</p>' });
    const four = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="4" .feed=${feed}></standpoint-statement>`);
    await bodyReady(four);
    expect(text(root(four).querySelector('h4[part="heading"]'))).to.equal('Test standpoint');
    expect(text(root(four).querySelector('[part~="content"] h5'))).to.equal('Part one');
    expect(text(root(four).querySelector('[part~="content"] h6'))).to.equal('Detail');
    const tooDeep = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="9" .feed=${feed}></standpoint-statement>`);
    expect(root(tooDeep).querySelector('[part="heading"]')!.localName).to.equal('h6');
    const zero = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="0" .feed=${feed}></standpoint-statement>`);
    expect(root(zero).querySelector('[part="heading"]')!.localName).to.equal('h1');
    const junk = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" heading-level="big" .feed=${feed}></standpoint-statement>`);
    expect(root(junk).querySelector('[part="heading"]')!.localName).to.equal('h2');
    await expect(four).to.be.accessible();
  });

  it('says "updated" only when date_modified differs from date_published', async () => {
    const same = feedWith({ content_text: 'Text.', date_published: '2025-08-13T10:00:00+03:00', date_modified: '2025-08-13T10:00:00+03:00' });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${same}></standpoint-statement>`);
    expect(text(part(element, 'meta'))).to.equal('Published August 13, 2025');
    expect(part(element, 'meta')!.querySelectorAll('time')).to.have.length(1);
  });

  it('reads in Ukrainian: the translation, dates and interface strings, each marked with its language', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${fullFeed}></standpoint-statement>`);
    expect(text(part(element, 'heading'))).to.equal('Тестова позиція');
    expect(part(element, 'heading')!.lang).to.equal('uk');
    expect(text(part(element, 'meta'))).to.equal('Оприлюднено 13 серпня 2025 р. · оновлено 1 вересня 2025 р.');
    expect(text(part(element, 'authors'))).to.equal('Автор: Fixture Coalition');
    expect(text(part(element, 'summary'))).to.equal('Коротка тестова позиція.');
    expect(part(element, 'content')!.lang).to.equal('uk');
    expect(text(part(element, 'content'))).to.contain('Перший абзац тестових даних.');
    expect(text(root(element).querySelector('a.original'))).to.equal('Читати оригінал публікації');
    expect(part(element, 'tags')!.getAttribute('aria-label')).to.equal('Теми');
    await expect(element).to.be.accessible();
  });

  it('shows translated tags and attachment titles, each marked with its language', async () => {
    const uk = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${fullFeed}></standpoint-statement>`);
    const tags = part(uk, 'tags')!;
    expect([...tags.querySelectorAll('li')].map((tag) => text(tag))).to.deep.equal(['права людини', 'тестові дані']);
    expect(tags.lang).to.equal('uk');
    const title = root(uk).querySelector('a.attachment-link span[lang]')!;
    expect(text(title)).to.equal('Повний текст (PDF)');
    expect((title as HTMLElement).lang).to.equal('uk');

    const en = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${fullFeed}></standpoint-statement>`);
    expect([...part(en, 'tags')!.querySelectorAll('li')].map((tag) => text(tag)), 'the original in its own language').to.deep.equal(['human rights', 'fixture']);
    expect(part(en, 'tags')!.lang).to.equal('en');
    expect(text(root(en).querySelector('a.attachment-link span[lang]'))).to.equal('Full text (PDF)');

    // A language the translation lacks tags for keeps the original ones, in their own language.
    const withoutTags = structuredClone(fullFeed) as typeof fullFeed;
    delete (withoutTags.items[0]._standpoint.translations.uk as { tags?: string[] }).tags;
    const partly = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${withoutTags}></standpoint-statement>`);
    expect(text(part(partly, 'tags')!.querySelector('li'))).to.equal('human rights');
    expect(part(partly, 'tags')!.lang).to.equal('en');
    await expect(uk).to.be.accessible();
  });

  it('falls back field by field to the original when a translation lacks a field or leaves it blank', async () => {
    const feed = feedWith(
      {
        summary: 'English summary.',
        content_text: 'English text.',
        _standpoint: { translations: { uk: { title: 'Лише заголовок', summary: '   ', content_text: '' } } },
      },
      { language: 'en' },
    );
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${feed}></standpoint-statement>`);
    expect(text(part(element, 'heading'))).to.equal('Лише заголовок');
    expect(part(element, 'heading')!.lang).to.equal('uk');
    expect(text(part(element, 'summary'))).to.equal('English summary.');
    expect(part(element, 'summary')!.lang, 'the original keeps its own language').to.equal('en');
    expect(text(part(element, 'content'))).to.equal('English text.');
    expect(part(element, 'content')!.lang).to.equal('en');
  });

  it('renders an ordinary JSON Feed item (no _standpoint) in full, its HTML sanitised into real elements', async () => {
    const loaded = oneEvent(document, 'standpoint-load');
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${plainFeed}></standpoint-statement>`);
    await loaded;
    await bodyReady(element);
    expect(text(part(element, 'heading'))).to.equal('Second plain item');
    const content = part(element, 'content')!;
    expect(content.querySelector('em')!.textContent).to.equal('plain');
    const link = content.querySelector('a')!;
    expect(link.href).to.equal('https://example.org/');
    expect(link.rel).to.equal('noopener noreferrer');
    expect(content.querySelectorAll('p')).to.have.length(2);
    expect(text(root(element).querySelector('a.original'))).to.equal('Read the original publication');
    const other = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" item="plain-1" .feed=${plainFeed}></standpoint-statement>`);
    expect(text(part(other, 'summary'))).to.equal('Summary of the first plain item.');
    expect(root(other).querySelectorAll('[part~="content"] p')).to.have.length(2);
    await expect(element).to.be.accessible();
  });

  it('keeps the allowed markup of content_html and resolves relative links against the item’s page', async () => {
    const feed = feedWith({
      content_html:
        '<p>One <strong>strong</strong> and <em>soft</em> word.<br>New line.</p><ul><li>First</li><li>Second</li></ul><ol start="3"><li>Third</li></ol><blockquote><p>Quoted</p></blockquote><p><a href="/demands#a">relative</a> <a href="mailto:info@example.org">mail</a> <a href="https://example.org/x" target="_blank">new tab</a></p>',
    });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
    await bodyReady(element);
    const content = part(element, 'content')!;
    for (const selector of ['p strong', 'p em', 'p br', 'ul > li', 'ol[start="3"] > li', 'blockquote > p']) {
      expect(content.querySelector(selector), selector).to.exist;
    }
    const links = [...content.querySelectorAll('a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'https://example.org/demands#a',
      'mailto:info@example.org',
      'https://example.org/x',
    ]);
    expect(links.every((link) => link.rel === 'noopener noreferrer' && !link.hasAttribute('target'))).to.equal(true);
    await expect(element).to.be.accessible();
  });

  it('collapses to a preview with a keyboard-operable "Read more" that never hides the heading', async () => {
    const feed = feedWith({ summary: 'The summary.', content_text: LONG_TEXT });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" theme="light" collapsed .feed=${feed}></standpoint-statement>`);
    const button = toggle(element)!;
    expect(text(button)).to.equal('Read more');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(button.getAttribute('aria-controls')).to.equal('more');
    expect(more(element)!.hidden).to.equal(true);
    expect(text(part(element, 'content'))).to.equal('Paragraph 1 of the statement.');
    expect(part(element, 'heading')!.checkVisibility()).to.equal(true);
    expect(part(element, 'summary')!.checkVisibility()).to.equal(true);
    await expect(element).to.be.accessible();

    button.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root(element).activeElement === more(element), 'reading goes on in the opened text');
    const less = toggle(element)!;
    expect(less.getAttribute('aria-expanded')).to.equal('true');
    expect(text(less)).to.equal('Show less');
    expect(more(element)!.hidden).to.equal(false);
    expect(more(element)!.querySelectorAll('p')).to.have.length(4);
    expect(less.getBoundingClientRect().top, '"Show less" sits at the end of the text').to.be.at.least(more(element)!.getBoundingClientRect().bottom);
    expect(part(element, 'heading')!.checkVisibility()).to.equal(true);
    await expect(element).to.be.accessible();

    less.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => root(element).activeElement === toggle(element), 'focus returns to "Read more"');
    expect(toggle(element)!.getAttribute('aria-expanded')).to.equal('false');
    expect(toggle(element)!.getBoundingClientRect().top, 'back below the preview').to.be.at.least(part(element, 'content')!.getBoundingClientRect().bottom);
    expect(more(element)!.hidden).to.equal(true);
    expect(part(element, 'heading')!.checkVisibility()).to.equal(true);
  });

  it('passes the accessibility audit collapsed and expanded in the dark theme, in Ukrainian', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" theme="dark" collapsed .feed=${fullFeed}></standpoint-statement>`);
    expect(text(toggle(element))).to.equal('Читати далі');
    await expect(element).to.be.accessible();
    toggle(element)!.click();
    await element.updateComplete;
    expect(text(toggle(element))).to.equal('Згорнути');
    await expect(element).to.be.accessible();
  });

  it('lets the webmaster choose the preview length; headings do not count and are never left alone', async () => {
    const feed = feedWith({ content_html: '<p>One</p><h2>Section</h2><p>Two</p><p>Three</p>' });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" collapsed preview-paragraphs="2" .feed=${feed}></standpoint-statement>`);
    await bodyReady(element);
    expect(text(part(element, 'content'))).to.equal('One Section Two');
    expect(text(more(element))).to.equal('Three');
    element.previewParagraphs = 1;
    await element.updateComplete;
    expect(text(part(element, 'content'))).to.equal('One');
    const hiddenBlocks = [...more(element)!.querySelectorAll('h3, p')].map((block) => `${block.localName}:${block.textContent}`);
    expect(hiddenBlocks, 'the heading moves with its paragraph').to.deep.equal(['h3:Section', 'p:Two', 'p:Three']);
    const summaryOnly = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" collapsed preview-paragraphs="0" .feed=${fullFeed}></standpoint-statement>`);
    expect(text(part(summaryOnly, 'summary'))).to.equal('A short test standpoint.');
    expect(more(summaryOnly)!.hidden).to.equal(true);
    expect(root(summaryOnly).querySelectorAll('[part~="content"]:not([hidden]) p')).to.have.length(0);
    const short = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" collapsed preview-paragraphs="5" .feed=${fullFeed}></standpoint-statement>`);
    expect(toggle(short), 'nothing to open, no button').to.equal(null);
  });

  it('prints the whole text, without the button, even when collapsed', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" theme="dark" collapsed .feed=${feedWith({ content_text: LONG_TEXT })}></standpoint-statement>`);
    await emulateMedia({ media: 'print' });
    expect(getComputedStyle(toggle(element)!).display).to.equal('none');
    expect(getComputedStyle(more(element)!).display).to.not.equal('none');
    expect(more(element)!.checkVisibility()).to.equal(true);
    expect(getComputedStyle(part(element, 'base')!).borderTopStyle).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(more(element)!).display).to.equal('none');
  });

  it('turns the toggle’s motion off for readers who ask for reduced motion', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" collapsed .feed=${feedWith({ content_text: LONG_TEXT })}></standpoint-statement>`);
    const icon = toggle(element)!.querySelector('svg')!;
    expect(getComputedStyle(icon).transitionDuration).to.equal('0.2s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(getComputedStyle(icon).transitionDuration)).to.be.below(0.001);
  });

  it('offers downloads with format and size; alternates by language show the reader’s version first', async () => {
    const en = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${fullFeed}></standpoint-statement>`);
    const enLink = root(en).querySelector<HTMLAnchorElement>('a.attachment-link')!;
    expect(enLink.href).to.equal('https://example.org/standpoint/fixture-en.pdf');
    expect(enLink.hreflang).to.equal('en');
    expect(text(enLink), 'the title names the type: only the size follows').to.equal('Full text (PDF) (240\u00a0KB)');
    expect(text(root(en).querySelector('.alternates'))).to.equal('Also available: Ukrainian (PDF, 246\u00a0KB)');
    expect(root(en).querySelectorAll('[part="attachment"]'), 'alternates are one download').to.have.length(1);

    const uk = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${fullFeed}></standpoint-statement>`);
    const ukLink = root(uk).querySelector<HTMLAnchorElement>('a.attachment-link')!;
    expect(ukLink.href).to.equal('https://example.org/standpoint/fixture-uk.pdf');
    expect(text(ukLink)).to.equal('Повний текст (PDF) (246\u00a0КБ)');
    expect(text(root(uk).querySelector('.alternates'))).to.equal('Також доступно: англійська (PDF, 240\u00a0КБ)');
    expect(text(root(uk).querySelector('.attachments-heading'))).to.equal('Документи');
    expect(root(uk).querySelector('.attachments-heading')!.localName, 'one level below the title').to.equal('h3');
    await expect(uk).to.be.accessible();
  });

  it('says plainly that a closed campaign has closed, by text and icon', async () => {
    const feed = feedWith({ content_text: 'Text.', _standpoint: { expired: true } });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" theme="light" .feed=${feed}></standpoint-statement>`);
    const status = part(element, 'status')!;
    expect(text(status)).to.equal('Цю кампанію завершено.');
    expect(status.querySelector('svg[aria-hidden="true"]')).to.exist;
    await expect(element).to.be.accessible();
  });

  it('says so in the reader’s language when an item has no text at all', async () => {
    const feed = feedWith({ content_text: '  \n\n ' });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="uk" .feed=${feed}></standpoint-statement>`);
    expect(text(part(element, 'content'))).to.equal('Текст цієї позиції ще не оприлюднено.');
    const onlyScript = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feedWith({ content_html: '<script>window.__xss()</script><img src=x onerror=window.__xss()>' })}></standpoint-statement>`);
    await bodyReady(onlyScript);
    expect(text(part(onlyScript, 'content')), 'HTML with nothing left once cleaned').to.equal('The text of this standpoint has not been published yet.');
    const standpointWithNothing = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${emptyStandpointFeed}></standpoint-statement>`);
    expect(text(part(standpointWithNothing, 'content'))).to.equal('Nothing to show yet.');
  });

  it('wraps long words and URLs inside a 280 px column, in English and Ukrainian', async () => {
    const long = `Надзвичайнодовгесловобезжоднихпробілів${'а'.repeat(120)}`;
    const feed = feedWith({
      title: long,
      summary: long,
      content_text: `${long}\n\nhttps://example.org/${'very-long-path-segment/'.repeat(12)}end`,
      tags: [long],
      attachments: [{ url: `https://example.org/${'x'.repeat(150)}.pdf`, mime_type: 'application/pdf', size_in_bytes: 1234567 }],
    });
    for (const lang of ['en', 'uk']) {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 280px">
        <standpoint-statement lang=${lang} theme="light" collapsed preview-paragraphs="0" .feed=${feed}></standpoint-statement>
      </div>`);
      const element = wrapper.querySelector('standpoint-statement')!;
      await element.updateComplete;
      const edge = wrapper.getBoundingClientRect().right + 0.5;
      for (const node of root(element).querySelectorAll('*')) {
        expect(node.getBoundingClientRect().right, `<${node.localName} part=${node.getAttribute('part')}> overflows (${lang})`).to.be.at.most(edge);
      }
      expect(element.scrollWidth).to.be.at.most(280);
    }
  });

  it('lays out right-to-left content and a right-to-left page correctly', async () => {
    const feed = feedWith({
      content_text: 'English text.',
      _standpoint: { expired: true, translations: { ar: { title: 'الموقف', summary: 'ملخص قصير.', content_text: 'الفقرة الأولى.\n\nالفقرة الثانية.' } } },
    });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="ar" .feed=${feed}></standpoint-statement>`);
    for (const name of ['heading', 'summary', 'content']) {
      expect(part(element, name)!.dir, name).to.equal('rtl');
      expect(getComputedStyle(part(element, name)!).direction, name).to.equal('rtl');
      expect(part(element, name)!.lang).to.equal('ar');
    }
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><standpoint-statement lang="en" .feed=${feed}></standpoint-statement></div>`);
    const inRtlPage = page.querySelector('standpoint-statement')!;
    await inRtlPage.updateComplete;
    expect(getComputedStyle(part(inRtlPage, 'base')!).direction).to.equal('rtl');
    const status = part(inRtlPage, 'status')!;
    expect(getComputedStyle(status).borderRightWidth, 'the notice’s bar is at the start, on the right').to.equal('4px');
    expect(getComputedStyle(status).borderLeftWidth).to.equal('0px');
  });

  it('makes no request but the feed (Chromium sanitises natively: no sanitiser download), and fires standpoint-load', async () => {
    const name = uniqueFeedName('statement');
    await putFeed(name, feedWith({ content_html: '<p>Hello <img src="https://tracker.example/pixel.gif"> world</p><div style="background:url(https://tracker.example/bg)">x</div>' }));
    const before = performance.getEntriesByType('resource').length;
    const loaded = oneEvent(document, 'standpoint-load');
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" src=${feedUrl(name)}></standpoint-statement>`);
    const event = await loaded;
    expect(event.detail.item.id).to.equal('test');
    await bodyReady(element);
    await aTimeout(50);
    expect(text(part(element, 'content'))).to.equal('Hello world\u00a0x'.replace('\u00a0', ' '));
    expect(await requestLog(name)).to.have.length(1);
    const requests = performance.getEntriesByType('resource').slice(before);
    for (const request of requests) expect(new URL(request.name).origin, request.name).to.equal(location.origin);
    expect(requests.filter((request) => /dompurify/i.test(request.name)).map((request) => request.name)).to.deep.equal([]);
    expect(trackerRequests()).to.have.length(0);
  });

  it('renders every hostile string in titles, summaries and topics as inert text', async () => {
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${{
      version: 'https://jsonfeed.org/version/1.1',
      items: hostileStrings.map((hostile, index) => ({ id: `h${index}`, title: hostile, summary: hostile, content_text: hostile, tags: [hostile], authors: [{ name: hostile }] })),
    }}></standpoint-statement>`);
    for (const [index, hostile] of hostileStrings.entries()) {
      element.item = `h${index}`;
      await element.updateComplete;
      expect(part(element, 'heading')!.textContent).to.equal(hostile);
      expect(part(element, 'summary')!.textContent).to.equal(hostile);
      expect(root(element).querySelector('[part="tag"]')!.textContent).to.equal(hostile);
      expectNothingDangerous(element);
    }
    await aTimeout(50);
    expect(xss.called).to.equal(false);
  });

  for (const [index, hostile] of hostileStrings.entries()) {
    it(`sanitises hostile content_html #${index}: ${JSON.stringify(hostile).slice(0, 70)}`, async () => {
      const feed = feedWith({ content_html: `<p>Before.</p>${hostile}<p>After.</p>` });
      const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
      await bodyReady(element);
      await aTimeout(30);
      expect(text(root(element).querySelector('[part~="content"]'))).to.contain('Before.');
      expectNothingDangerous(element);
      expect(xss.called, 'no script ran').to.equal(false);
      expect(trackerRequests(), 'no request to a third party').to.have.length(0);
    });
  }

  for (const [index, hostile] of hostileUrls.entries()) {
    it(`refuses hostile URL #${index} everywhere: ${JSON.stringify(hostile).slice(0, 60)}`, async () => {
      sinon.stub(console, 'warn');
      const attribute = hostile.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
      const feed = feedWith({
        url: hostile,
        external_url: hostile,
        content_html: `<p><a href="${attribute}">hostile link</a> and <a href="https://example.org/ok">a good one</a></p>`,
        authors: [{ name: 'Author', url: hostile }],
        attachments: [
          { url: hostile, mime_type: 'application/pdf', title: 'Hostile file' },
          { url: 'https://example.org/ok.pdf', mime_type: 'application/pdf', title: 'Good file' },
        ],
      });
      const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
      await bodyReady(element);
      expectNothingDangerous(element);
      // A value with no scheme at all (`&#106;avascript:…`) is a harmless relative https URL.
      const hrefs = [...root(element).querySelectorAll('[href]')].map((node) => node.getAttribute('href')!);
      expect(hrefs).to.include.members(['https://example.org/ok', 'https://example.org/ok.pdf']);
      expect(hrefs.every((href) => ['https:', 'http:', 'mailto:'].includes(new URL(href).protocol))).to.equal(true);
      expect(text(part(element, 'content'))).to.equal('hostile link and a good one');
      expect(xss.called).to.equal(false);
    });
  }

  it('never turns a hostile URL in plain text into a link', async () => {
    const feed = feedWith({ content_text: hostileUrls.join('\n') });
    const element = await fixture<StandpointStatement>(html`<standpoint-statement lang="en" .feed=${feed}></standpoint-statement>`);
    expect(root(element).querySelectorAll('[part~="content"] a')).to.have.length(0);
    expectNothingDangerous(element);
  });
});
