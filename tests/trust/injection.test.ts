/**
 * Injection: the built bundle on a plain page (no CSP to save it), with every
 * XSS vector, URL vector and tracking vector in every text and URL field of a
 * feed. Many vectors share one page: each vector is one item, shown by every
 * widget, in English (the item's own fields) and Ukrainian (its translation).
 * A vector passes when no script runs (canary), no dialog opens, nothing is
 * requested but the feed and the image it names, and no element or attribute
 * a widget would not make appears in any shadow root.
 */
import { expect } from '@open-wc/testing';
import { putFeed, uniqueFeedName } from '../helpers/feed-server.js';
import {
  addWidget,
  closePages,
  inspectShadowTree,
  isPageFile,
  loadBundle,
  openPage,
  pageRequests,
  readBrowserRecord,
  report,
  sleep,
  startBrowserRecord,
  stopBrowserRecord,
  waitForWidgets,
  type WidgetTag,
} from '../fixtures/trust/frame.js';
import { TEXT_VECTORS, TRACKING_VECTORS, URL_VECTORS, XSS_VECTOR_COUNT, type Vector } from '../fixtures/trust/vectors.js';

const VERSION = 'https://jsonfeed.org/version/1.1';
/** The one image every item names (share image and item image): on the feed's own origin. */
const SHARE_IMAGE = '/__trust/img/share.png';
/** Time for what a vector might do late: an image's error handler, a meta refresh, a lazy load. */
const SETTLE_MS = 800;

// A vector that escaped into the test page itself would call this one.
const topCanary: string[] = [];
(window as unknown as { __xss: (id?: string) => void }).__xss = (id) => topCanary.push(id ?? '(no id)');

/** One item with `value` in every text field (URLs are safe and on the feed's origin). */
function textItem({ id, value }: Vector) {
  return {
    id: `${id} ${value}`,
    url: `/__trust/ok/${id}`,
    external_url: `/__trust/ok/${id}/external`,
    title: value,
    summary: value,
    content_html: value,
    image: SHARE_IMAGE,
    date_published: '2025-08-13T10:00:00+03:00',
    date_modified: '2025-09-01T12:00:00Z',
    tags: [value, 'tag'],
    language: 'en',
    authors: [{ name: value, url: '/__trust/ok/author' }, { name: value }],
    attachments: [
      { url: '/__trust/ok/file-en.pdf', mime_type: value, title: value, size_in_bytes: 2048 },
      { url: '/__trust/ok/file-uk.pdf', mime_type: 'application/pdf', title: value },
    ],
    _standpoint: {
      about: value,
      demands: [
        { id: value, text: value, status: 'voiced', note: value, url: '/__trust/ok/demand', updated: '2025-08-20T10:00:00Z' },
        { id: `${value} 2`, text: value, status: value, note: value },
      ],
      signatories: {
        count: 12,
        goal: 100,
        updated: '2025-09-01T12:00:00Z',
        list: [
          { name: value, url: '/__trust/ok/signatory', kind: 'organization', verified: true },
          { name: value, kind: value },
        ],
        history: [
          { date: '2025-08-13T00:00:00Z', count: 1 },
          { date: '2025-08-20T00:00:00Z', count: 12 },
        ],
      },
      share: { url: 'https://example.org/standpoint', title: value, text: value, hashtags: [value], image: { url: SHARE_IMAGE, alt: value } },
      translations: {
        // Plain text in the translation, so the text-to-paragraphs path meets every vector too.
        uk: {
          title: value,
          summary: value,
          content_text: value,
          demands: { [value]: { text: value, note: value }, [`${value} 2`]: { text: value, note: value } },
          share: { title: value, text: value, hashtags: [value] },
        },
        [value]: { title: value, content_html: value },
      },
    },
  };
}

/** One item with `value` in every URL field (texts name the vector). */
function urlItem({ id, value }: Vector) {
  const label = `URL vector ${id}`;
  return {
    id,
    url: value,
    external_url: value,
    title: label,
    summary: label,
    content_text: `${label}, with ${value} in the text`,
    content_html: `<p>${label}: <a href="${value.replace(/"/g, '&quot;')}">a link</a></p>`,
    image: value,
    language: 'en',
    authors: [{ name: label, url: value }],
    attachments: [{ url: value, mime_type: 'application/pdf', title: label }],
    _standpoint: {
      demands: [{ id: 'd', text: label, status: 'voiced', url: value }],
      signatories: { count: 3, list: [{ name: label, url: value }] },
      share: { url: value, image: { url: value, alt: label } },
      translations: { uk: { title: label, content_html: `<p><a href="${value.replace(/"/g, '&quot;')}">посилання</a></p>` } },
    },
  };
}

interface Placement {
  vector: Vector;
  element: HTMLElement;
  lang: string;
}

/**
 * Every widget, in both languages where the content differs. One page per
 * widget and language: a page of a thousand widgets lays out far more slowly
 * than seven pages of a hundred and fifty.
 */
const GROUPS: { tag: WidgetTag; lang: string; attributes: Record<string, string | true> }[] = [
  { tag: 'standpoint-statement', lang: 'en', attributes: {} },
  { tag: 'standpoint-statement', lang: 'uk', attributes: {} },
  { tag: 'standpoint-demands', lang: 'en', attributes: { legend: true } },
  { tag: 'standpoint-demands', lang: 'uk', attributes: { legend: true } },
  { tag: 'standpoint-counter', lang: 'en', attributes: { list: true, chart: true } },
  { tag: 'standpoint-share', lang: 'en', attributes: {} },
  { tag: 'standpoint-share', lang: 'uk', attributes: {} },
];

const short = (value: string) => JSON.stringify(value.length > 70 ? `${value.slice(0, 67)}…` : value);

/** The findings of every placement, each naming the vector, the widget, the language and what broke. */
function shadowFindings(placements: readonly Placement[], allowImage: (url: string) => boolean): string[] {
  return placements.flatMap(({ vector, element, lang }) =>
    inspectShadowTree(element, allowImage).map(
      (finding) => `${vector.id} ${short(vector.value)} in <${element.localName} lang=${lang}> ${finding}`,
    ),
  );
}

/** Requests of the page that are neither its own files, nor the feed, nor the image the feed names. */
function strayRequests(requests: { url: string; type: string }[], feedUrl: string, vectors: readonly Vector[], allowImage: (url: string) => boolean): string[] {
  return requests
    .filter(({ url, type }) => !isPageFile(url) && url !== feedUrl && !(type === 'image' && allowImage(url)))
    .map(({ url }) => {
      const path = url.replace(/^https?:\/\/[^/]+/, '');
      const culprit = vectors.find((vector) => vector.value.includes(url) || (path.length > 1 && vector.value.includes(path.slice(1))));
      return `request to ${url}${culprit ? ` (from ${culprit.id} ${short(culprit.value)})` : ''}`;
    });
}

interface Outcome {
  placements: Placement[];
  findings: string[];
  loadProblems: string[];
}

/** Serves the feed, renders every placement, lets the vectors do their worst, and gathers everything that went wrong. */
async function attack(
  vectors: readonly Vector[],
  makeItem: (vector: Vector) => object,
  itemId: (vector: Vector) => string,
  allowImage: (url: string) => boolean = (url) => url === new URL(SHARE_IMAGE, location.href).href,
): Promise<Outcome> {
  const name = uniqueFeedName('trust-injection');
  await putFeed(name, { version: VERSION, title: 'Injection', home_page_url: 'https://example.org/', items: vectors.map(makeItem) });
  const feedUrl = new URL(`/__feeds/${name}`, location.href).href;
  const placements: Placement[] = [];
  const findings: string[] = [];
  const loadProblems: string[] = [];
  await startBrowserRecord();
  // The pages stay open until the end, so what a vector does late happens on all of them during one pause.
  const pages = [];
  for (const { tag, lang, attributes } of GROUPS) {
    const page = await openPage();
    await loadBundle(page);
    page.doc.addEventListener('standpoint-load', (event) => {
      for (const problem of (event as CustomEvent).detail.problems) loadProblems.push(`${problem.path} ${problem.code}`);
    });
    const here = vectors.map((vector) => ({ vector, lang, element: addWidget(page, tag, { src: feedUrl, item: itemId(vector), lang, ...attributes }) }));
    await waitForWidgets(page, here.map(({ element }) => element), 30000);
    pages.push({ page, tag, lang, here });
    placements.push(...here);
  }
  await sleep(SETTLE_MS);
  for (const { page, tag, lang, here } of pages) {
    const label = (id: string) => `${id} ${short(vectors.find((vector) => vector.id === id)?.value ?? '')} in <${tag} lang=${lang}>`;
    findings.push(
      ...page.probe.xss.map((id) => `script ran: ${label(id)}`),
      ...page.probe.dialogs.map((dialog) => `dialog in <${tag} lang=${lang}>: ${dialog}`),
      ...page.probe.errors.map((error) => `uncaught in <${tag} lang=${lang}>: ${error}`),
      ...shadowFindings(here, allowImage),
    );
  }
  closePages();
  const record = await readBrowserRecord();
  await stopBrowserRecord();
  findings.push(
    ...topCanary.splice(0).map((id) => `script ran in the test page: ${id}`),
    ...record.dialogs.map((dialog) => `browser dialog: ${dialog.type} ${dialog.message}`),
    ...strayRequests(pageRequests(record), feedUrl, vectors, allowImage),
  );
  return { placements, findings, loadProblems };
}

describe('trust: injection through every field of a feed', () => {
  afterEach(closePages);

  it(`the corpus holds at least 100 XSS vectors (${XSS_VECTOR_COUNT}) and a tracking corpus`, () => {
    expect(XSS_VECTOR_COUNT).to.be.at.least(100);
    expect(TRACKING_VECTORS.length).to.be.at.least(20);
    expect(new Set([...TEXT_VECTORS, ...URL_VECTORS, ...TRACKING_VECTORS].map((vector) => vector.id)).size).to.equal(
      TEXT_VECTORS.length + URL_VECTORS.length + TRACKING_VECTORS.length,
    );
  });

  it(`XSS vectors in every text field (${TEXT_VECTORS.length} vectors × 7 renders): no script, dialog, request or foreign markup`, async function () {
    this.timeout(90000);
    const { findings, placements } = await attack(TEXT_VECTORS, textItem, (vector) => `${vector.id} ${vector.value}`);
    expect(placements.length).to.equal(TEXT_VECTORS.length * 7);
    expect(findings, report('XSS vectors that got through', findings)).to.deep.equal([]);
  });

  it(`tracking vectors in every text field (${TRACKING_VECTORS.length}): no request to any origin but the feed's`, async function () {
    this.timeout(60000);
    const { findings } = await attack(TRACKING_VECTORS, textItem, (vector) => `${vector.id} ${vector.value}`);
    expect(findings, report('tracking vectors that got through', findings)).to.deep.equal([]);
  });

  it(`URL vectors in every URL field (${URL_VECTORS.length}): refused by validation, never an href or src`, async function () {
    this.timeout(60000);
    // An image URL that resolves to http or https is an image the feed names: shown, by design (README, Privacy).
    const namedImage = (url: string) => /^https?:/.test(url);
    const { findings, loadProblems } = await attack(URL_VECTORS, urlItem, (vector) => vector.id, namedImage);
    expect(findings, report('URL vectors that got through', findings)).to.deep.equal([]);
    // Refused means refused by the validator, with a message that names the field.
    const base = new URL('/__feeds/x', location.href);
    const unsafe = URL_VECTORS.filter(({ value }) => {
      try {
        return !['http:', 'https:', 'mailto:'].includes(new URL(value, base).protocol);
      } catch {
        return true;
      }
    });
    const unreported = unsafe.filter(
      (vector) => !loadProblems.includes(`items[${URL_VECTORS.indexOf(vector)}].url bad-url`),
    );
    expect(
      unreported.map((vector) => `${vector.id} ${short(vector.value)}: items[].url was not refused by validation`),
      'every unsafe URL is refused with a warning',
    ).to.deep.equal([]);
  });
});
