/**
 * Values of the wrong type and prototype keys: the built bundle on a plain
 * page, with feeds whose strings are objects (look-alikes of Lit template
 * results, objects whose `toString` runs code), numbers, arrays and
 * booleans, and feeds full of `__proto__` and `constructor` keys. The
 * validator refuses each wrong value with a warning that names its path;
 * nothing reaches a template, nothing runs, no prototype changes.
 */
import { expect } from '@open-wc/testing';
import { wrongTypeItems } from '../fixtures/feeds.js';
import { putFeed, uniqueFeedName } from '../helpers/feed-server.js';
import { addWidget, closePages, inspectShadowTree, loadBundle, openPage, report, sleep, waitForWidgets, WIDGETS } from '../fixtures/trust/frame.js';

const VERSION = 'https://jsonfeed.org/version/1.1';

// A value that escaped into the test page itself would call this one.
const topCanary: string[] = [];
(window as unknown as { __xss: (id?: string) => void }).__xss = (id) => topCanary.push(id ?? '(no id)');

/** Values of the wrong type where a feed's strings belong, with the path the validator must name. */
const LIT_LOOKALIKE = { _$litType$: 1, strings: ['<img src=x onerror=window.__xss("lit-json")>'], values: [] };
const wrongTypedItems: { item: { id: string } & Record<string, unknown>; refused: string[] }[] = [
  { item: { id: 'title-object', title: { toString: 'x', valueOf: 'y' }, content_text: 'x' }, refused: ['title'] },
  { item: { id: 'title-lit', title: LIT_LOOKALIKE, summary: LIT_LOOKALIKE, content_html: LIT_LOOKALIKE }, refused: ['title', 'summary', 'content_html'] },
  { item: { id: 'title-number', title: 42, summary: ['a', 'b'], content_text: true }, refused: ['title', 'summary', 'content_text'] },
  {
    item: {
      id: 'fields-objects',
      title: 'Objects in every string field',
      url: { href: 'javascript:window.__xss("url-object")', toString: 'javascript:window.__xss("url-object")' },
      tags: [LIT_LOOKALIKE, 'ok'],
      authors: [{ name: LIT_LOOKALIKE, url: { toString: 'x' } }],
      attachments: [{ url: 'https://example.org/a.pdf', mime_type: 'application/pdf', title: LIT_LOOKALIKE }],
      _standpoint: {
        demands: [
          { id: 'a', text: LIT_LOOKALIKE, status: 'voiced' },
          { id: 'b', text: 'ok', status: { toString: 'voiced' }, note: LIT_LOOKALIKE },
          { id: { toString: 'c' }, text: 'ok', status: 'voiced' },
        ],
        signatories: { count: '12', list: [{ name: LIT_LOOKALIKE }, { name: 'ok', url: ['https://example.org/'] }] },
        share: { url: 'https://example.org/', title: LIT_LOOKALIKE, text: { toString: 'x' }, hashtags: [LIT_LOOKALIKE], image: { url: { toString: 'x' } } },
        translations: { uk: { title: LIT_LOOKALIKE, demands: { a: { text: LIT_LOOKALIKE } } } },
      },
    },
    refused: [
      'url',
      'tags[0]',
      'authors[0].name',
      'attachments[0].title',
      '_standpoint.demands[0].text',
      '_standpoint.demands[1].status',
      '_standpoint.demands[2].id',
      '_standpoint.signatories.count',
      '_standpoint.signatories.list[0].name',
      '_standpoint.signatories.list[1].url',
      '_standpoint.share.title',
      '_standpoint.share.text',
      '_standpoint.share.hashtags[0]',
      '_standpoint.share.image.url',
      '_standpoint.translations.uk.title',
      '_standpoint.translations.uk.demands.a.text',
    ],
  },
];

/** A feed written as text: `__proto__` and `constructor` must stay keys, which an object literal would not keep. */
const PROTOTYPE_FEED = `{
  "version": "https://jsonfeed.org/version/1.1",
  "__proto__": { "polluted": "feed" },
  "constructor": { "prototype": { "polluted": "constructor" } },
  "items": [{
    "id": "prototype",
    "title": "Prototype keys",
    "__proto__": { "polluted": "item", "summary": "<img src=x onerror=window.__xss('proto-summary')>" },
    "_standpoint": {
      "__proto__": { "polluted": "standpoint" },
      "demands": [
        { "id": "__proto__", "text": "A demand called __proto__", "status": "voiced" },
        { "id": "constructor", "text": "A demand called constructor", "status": "voiced" },
        { "id": "toString", "text": "A demand called toString", "status": "voiced" }
      ],
      "signatories": { "__proto__": { "count": 999999 }, "list": [{ "name": "One", "__proto__": { "url": "javascript:window.__xss('proto-url')" } }] },
      "translations": {
        "__proto__": { "title": "polluted translation" },
        "uk": { "demands": { "__proto__": { "text": "Вимога __proto__" }, "constructor": { "text": "Вимога constructor" } } }
      }
    }
  }]
}`;

describe('trust: values of the wrong type and prototype keys', () => {
  afterEach(closePages);

  it('objects where strings belong (Lit template look-alikes, toString fields) are refused by validation and never reach a template', async function () {
    this.timeout(30000);
    const name = uniqueFeedName('trust-wrong-types');
    const items: { id: string }[] = [...wrongTypeItems, ...wrongTypedItems.map(({ item }) => item)];
    await putFeed(name, { version: VERSION, items });
    const feedUrl = new URL(`/__feeds/${name}`, location.href).href;
    const page = await openPage();
    await loadBundle(page);
    const problems: string[] = [];
    page.doc.addEventListener('standpoint-load', (event) =>
      problems.push(...(event as CustomEvent).detail.problems.map((problem: { path: string; code: string }) => `${problem.path} ${problem.code}`)),
    );
    const elements = items.flatMap((item) =>
      WIDGETS.flatMap((tag) => ['en', 'uk'].map((lang) => addWidget(page, tag, { src: feedUrl, item: String(item.id), lang, list: true }))),
    );
    // Items whose only text was wrong render their empty state; none may throw or show the object.
    await waitForWidgets(page, elements);
    await sleep(300);
    const findings = [
      ...page.probe.xss.map((id) => `script ran: ${id}`),
      ...page.probe.errors.map((error) => `uncaught: ${error}`),
      ...elements.flatMap((element) => inspectShadowTree(element).map((finding) => `item ${element.getAttribute('item')} in <${element.localName} lang=${element.lang}>: ${finding}`)),
    ];
    wrongTypedItems.forEach(({ refused }, index) => {
      const at = wrongTypeItems.length + index;
      for (const path of refused) {
        // An enumerated field (a status) names its values instead of a type.
        if (!problems.includes(`items[${at}].${path} wrong-type`) && !problems.includes(`items[${at}].${path} not-one-of`)) findings.push(`items[${at}].${path} was not refused with a warning`);
      }
    });
    expect(findings, report('wrong-typed values that got through', findings)).to.deep.equal([]);
  });

  it('the feed property refuses objects with a toString that runs code and Lit template look-alikes with a raw array', async function () {
    this.timeout(20000);
    const page = await openPage();
    await loadBundle(page);
    const fired: string[] = [];
    const trap = (label: string) => ({
      toString() {
        fired.push(`${label}.toString()`);
        return 'x';
      },
      valueOf() {
        fired.push(`${label}.valueOf()`);
        return 'x';
      },
    });
    const strings = Object.assign(['<img src=x onerror=window.__xss("lit-property")>'], { raw: ['<img src=x onerror=window.__xss("lit-property")>'] });
    const lookalike = { _$litType$: 1, strings, values: [] };
    const feed = {
      version: VERSION,
      items: [
        {
          id: 'property',
          title: lookalike,
          summary: trap('summary'),
          content_html: trap('content_html'),
          url: trap('url'),
          tags: [trap('tag')],
          _standpoint: {
            demands: [{ id: 'a', text: lookalike, status: 'voiced', note: trap('note') }],
            signatories: { count: 5, list: [{ name: trap('name'), url: trap('signatory url') }] },
            share: { url: 'https://example.org/', title: trap('share title'), text: lookalike },
          },
        },
      ],
    };
    const elements = WIDGETS.map((tag) => {
      const element = addWidget(page, tag, { lang: 'en', list: true });
      (element as HTMLElement & { feed: unknown }).feed = feed;
      return element;
    });
    await waitForWidgets(page, elements);
    await sleep(300);
    const findings = [
      ...fired.map((call) => `the widget called ${call} of a feed value`),
      ...page.probe.xss.map((id) => `script ran: ${id}`),
      ...topCanary.splice(0).map((id) => `script ran in the test page: ${id}`),
      ...page.probe.errors.map((error) => `uncaught: ${error}`),
      ...elements.flatMap((element) => inspectShadowTree(element).map((finding) => `<${element.localName}>: ${finding}`)),
    ];
    expect(findings, report('feed-property values that got through', findings)).to.deep.equal([]);
    const statement = elements[0].shadowRoot!;
    expect(statement.querySelector('[part~="heading"]'), 'the refused title is not shown').to.equal(null);
  });

  it('__proto__ and constructor keys in a feed pollute no prototype and smuggle no value in', async function () {
    this.timeout(20000);
    const name = uniqueFeedName('trust-prototype');
    await putFeed(name, PROTOTYPE_FEED);
    const feedUrl = new URL(`/__feeds/${name}`, location.href).href;
    const page = await openPage();
    const before = Object.getOwnPropertyNames(page.win.Object.prototype).sort();
    await loadBundle(page);
    const elements = WIDGETS.flatMap((tag) => ['en', 'uk'].map((lang) => addWidget(page, tag, { src: feedUrl, lang, list: true })));
    await waitForWidgets(page, elements);
    await sleep(300);
    const findings = [
      ...page.probe.xss.map((id) => `script ran: ${id}`),
      ...page.probe.errors.map((error) => `uncaught: ${error}`),
      ...elements.flatMap((element) => inspectShadowTree(element).map((finding) => `<${element.localName} lang=${element.lang}>: ${finding}`)),
    ];
    const win = page.win as unknown as { Object: ObjectConstructor; Array: ArrayConstructor };
    const after = Object.getOwnPropertyNames(win.Object.prototype).sort();
    if (after.join() !== before.join()) findings.push(`Object.prototype gained ${after.filter((key) => !before.includes(key)).join(', ')}`);
    if ((new win.Object() as { polluted?: unknown }).polluted !== undefined) findings.push('({}).polluted is set');
    if ((new win.Array() as { polluted?: unknown }).polluted !== undefined) findings.push('[].polluted is set');
    const text = (index: number) => elements[index].shadowRoot!.textContent ?? '';
    if (/polluted|999[\s,.]?999/.test(elements.map((_, index) => text(index)).join(' '))) findings.push('a value under __proto__ reached the screen');
    for (const demand of ['A demand called __proto__', 'A demand called constructor', 'A demand called toString']) {
      if (!text(2).includes(demand)) findings.push(`the demand "${demand}" is not shown`);
    }
    if (!text(3).includes('Вимога constructor')) findings.push('the translation of the demand "constructor" is not shown');
    expect(findings, report('prototype keys that did harm', findings)).to.deep.equal([]);
  });
});
