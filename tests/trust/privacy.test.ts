/**
 * Privacy: a page with all four widgets, used as a reader would use it. The
 * browser's own network log (scripts/wtr/trust-plugin.mjs) holds the feed
 * and the one image the feed names, nothing else; the feed request carries
 * no cookie and no referrer; nothing is written to cookies, Web Storage,
 * IndexedDB or Cache Storage; share links carry only what the feed and the
 * webmaster put in them.
 */
import { expect } from '@open-wc/testing';
import { putFeed, requestLog, uniqueFeedName } from '../helpers/feed-server.js';
import {
  addWidget,
  closePages,
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
  type Page,
} from '../fixtures/trust/frame.js';
import { controlFindings } from '../fixtures/trust/full-render.js';

/** Something only the host page's address holds: it must never leave the page. */
const SECRET = 'reader-7f3a91';
const SHARE_URL = 'https://example.org/standpoint/trust';
const SHARE_IMAGE = new URL('/__trust/img/share.png', location.href).href;

interface Storage {
  cookie: string;
  local: string[];
  session: string[];
  databases: string[];
  caches: string[];
}

async function storageOf(page: Page): Promise<Storage> {
  const { win } = page;
  return {
    cookie: page.doc.cookie,
    local: Object.keys(win.localStorage),
    session: Object.keys(win.sessionStorage),
    databases: (await win.indexedDB.databases()).map(({ name }) => name ?? ''),
    caches: await win.caches.keys(),
  };
}

/** A page with the four widgets on one feed, ids as in full-render.ts expects. */
async function openPrivacyPage(feedUrl: string, shareAttributes: Record<string, string> = {}): Promise<Page> {
  const page = await openPage(`/tests/fixtures/trust/host.html?reader=${SECRET}#${SECRET}`, { width: 800, height: 3000 });
  await loadBundle(page);
  const widgets = [
    addWidget(page, 'standpoint-statement', { src: feedUrl, collapsed: true }),
    addWidget(page, 'standpoint-statement', { src: feedUrl, lang: 'uk', collapsed: true }),
    addWidget(page, 'standpoint-demands', { src: feedUrl, legend: true }),
    addWidget(page, 'standpoint-counter', { src: feedUrl, list: true, chart: true, 'page-size': '5', refresh: '60' }),
    addWidget(page, 'standpoint-share', { src: feedUrl, ...shareAttributes }),
  ];
  ['statement', 'statement-uk', 'demands', 'counter', 'share'].forEach((id, index) => (widgets[index].id = id));
  await waitForWidgets(page, widgets);
  return page;
}

/** What each share link carries that neither the feed nor the webmaster put there. */
function shareLinkFindings(page: Page, expectedUrl: string): string[] {
  const findings: string[] = [];
  const share = page.doc.getElementById('share')!.shadowRoot!;
  const links = [...share.querySelectorAll<HTMLAnchorElement>('a[data-network]')];
  if (links.length < 8) findings.push(`only ${links.length} network links`);
  for (const link of links) {
    const network = link.dataset.network;
    const decoded = decodeURIComponent(link.href);
    for (const leak of [SECRET, location.host, '127.0.0.1', '/tests/fixtures/']) {
      if (decoded.includes(leak)) findings.push(`${network}: the link carries "${leak}": ${decoded}`);
    }
    if (!decoded.includes(expectedUrl)) findings.push(`${network}: the link does not carry the shared URL ${expectedUrl}: ${decoded}`);
    // Whatever URL the link passes on is exactly the shared one: no parameter added on the way.
    for (const url of decoded.match(/https?:\/\/example\.org\/[^\s&"]*/g) ?? []) {
      if (url !== expectedUrl) findings.push(`${network}: passes on ${url}, not ${expectedUrl}`);
    }
    if (link.target === '_blank' && !/\bnoopener\b/.test(link.rel)) findings.push(`${network}: a new window without noopener`);
    if (link.protocol.startsWith('http') && !/\bnoreferrer\b/.test(link.rel)) findings.push(`${network}: the network would learn the page (no noreferrer)`);
  }
  const embed = (share.querySelector('#embed-code') as HTMLTextAreaElement | null)?.value ?? '';
  if (embed.includes(SECRET)) findings.push(`the embed code carries the page's address: ${embed}`);
  return findings;
}

describe('trust: privacy', () => {
  afterEach(async () => {
    closePages();
    await stopBrowserRecord();
  });

  it('a reader using all four widgets causes no request but the feed and the image it names, no referrer, and writes nothing to the browser', async function () {
    this.timeout(40000);
    const name = uniqueFeedName('trust-privacy');
    await putFeed(name, await (await fetch('/tests/fixtures/trust/full-feed.json')).text());
    const feedUrl = new URL(`/__feeds/${name}`, location.href).href;
    // A cookie of the site's own: it must not travel with the feed request.
    document.cookie = `trust-session=${SECRET}; path=/; SameSite=Lax`;
    await startBrowserRecord();
    const page = await openPrivacyPage(feedUrl);
    const before = await storageOf(page);
    const findings = await controlFindings(page);
    page.doc.getElementById('share')!.scrollIntoView();
    await sleep(800);
    const record = await readBrowserRecord();
    const after = await storageOf(page);
    document.cookie = 'trust-session=; path=/; max-age=0';

    const requests = pageRequests(record).filter(({ url }) => !isPageFile(url));
    for (const request of requests) {
      if (request.url !== feedUrl && request.url !== SHARE_IMAGE) findings.push(`a request to ${request.url} (${request.type})`);
      if (request.referer) findings.push(`${request.url} was sent with the referrer ${request.referer}`);
    }
    if (!requests.some(({ url }) => url === feedUrl)) findings.push('the feed was never requested: the log saw nothing');
    if (!requests.some(({ url }) => url === SHARE_IMAGE)) findings.push('the share image was never requested: the log missed it');
    for (const read of await requestLog(name)) {
      if (read.cookie) findings.push('the feed request carried a cookie');
      if (read.referer) findings.push(`the feed request carried the referrer ${read.referer}`);
    }
    findings.push(...page.probe.storageWrites.map((write) => `a write: ${write}`));
    if (JSON.stringify(after) !== JSON.stringify(before)) findings.push(`storage changed: ${JSON.stringify(before)} → ${JSON.stringify(after)}`);
    findings.push(...shareLinkFindings(page, SHARE_URL));
    expect(findings, report('privacy', findings)).to.deep.equal([]);
  });

  it('share links carry campaign parameters only when the webmaster sets them, and nothing else', async function () {
    this.timeout(20000);
    const plain = await openPrivacyPage('/tests/fixtures/trust/full-feed.json');
    const findings = shareLinkFindings(plain, SHARE_URL);
    if (plain.doc.getElementById('share')!.shadowRoot!.innerHTML.includes('utm_')) findings.push('campaign parameters without utm-* attributes');
    closePages();
    const tagged = await openPrivacyPage('/tests/fixtures/trust/full-feed.json', { 'utm-source': 'newsletter' });
    findings.push(...shareLinkFindings(tagged, `${SHARE_URL}?utm_source=newsletter`));
    expect(findings, report('share links', findings)).to.deep.equal([]);
  });
});
