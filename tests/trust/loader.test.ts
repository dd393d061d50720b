/**
 * The script tag's loader (dist/cdn/standpoint-widgets.js): it defines only
 * the elements on the page, those added later too (an embed's parts
 * included), starts each feed request at once (one per URL, whichever copy
 * of the loader saw it), and is silent when pasted twice.
 */
import { expect } from '@open-wc/testing';
import { addModuleScript, addWidget, closePages, isRendered, library, loadBundle, LOADER, openPage, report, sleep, waitFor, WIDGETS, type Page } from '../fixtures/trust/frame.js';

const FEED = '/tests/fixtures/trust/full-feed.json';
const OTHER_FEED = '/__trust/feed/other';

const feedRequests = (page: Page, path: string) => page.probe.fetches.filter(({ url }) => new URL(url).pathname === path);
const warnings = (page: Page) => page.probe.console.filter(({ type }) => type === 'warn' || type === 'error').map(({ text }) => text);
const defined = (page: Page) => WIDGETS.filter((tag) => page.win.customElements.get(tag));

describe('trust: the script tag’s loader', () => {
  afterEach(closePages);

  it('defines only the elements on the page, and one added later when it comes', async function () {
    this.timeout(20000);
    const page = await openPage();
    // Two kinds: the shared chunks (one kind alone comes as its own file, many as the bundle).
    const first = [addWidget(page, 'standpoint-counter', { src: FEED }), addWidget(page, 'standpoint-demands', { src: FEED })];
    expect(await addModuleScript(page, LOADER)).to.equal('load');
    await waitFor(() => first.every(isRendered), 'the counter and the demands to render', 10000);
    const findings: string[] = [];
    if (defined(page).join() !== 'standpoint-demands,standpoint-counter') findings.push(`defined: ${defined(page).join(', ')}`);
    const share = addWidget(page, 'standpoint-share', { src: FEED });
    await waitFor(() => isRendered(share), 'the share card added later to render', 10000).catch(() => findings.push('the share card added later did not render'));
    if (page.win.customElements.get('standpoint-statement')) findings.push('the statement was defined though none is on the page');
    if (feedRequests(page, FEED).length !== 1) findings.push(`${feedRequests(page, FEED).length} requests for the feed`);
    if (warnings(page).length) findings.push(`warnings: ${warnings(page).join(' | ')}`);
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report('defined on demand', findings)).to.deep.equal([]);
  });

  it('an embed added later shows its parts', async function () {
    this.timeout(20000);
    const page = await openPage();
    expect(await addModuleScript(page, LOADER)).to.equal('load');
    await sleep(50);
    const embed = page.doc.createElement('standpoint-embed');
    embed.setAttribute('src', FEED);
    page.doc.body.append(embed);
    const parts = () => [...(embed.shadowRoot?.querySelectorAll('standpoint-statement, standpoint-demands, standpoint-counter, standpoint-share') ?? [])];
    await waitFor(() => parts().length > 0 && parts().every(isRendered), 'the embed’s parts to render', 10000);
    expect(feedRequests(page, FEED).length, 'one request for the embed’s feed').to.equal(1);
    expect(page.probe.errors).to.deep.equal([]);
  });

  it('starts each distinct feed once, at once, with the HTTP cache as it is', async function () {
    this.timeout(20000);
    const page = await openPage();
    const widgets = [
      addWidget(page, 'standpoint-counter', { src: FEED }),
      addWidget(page, 'standpoint-counter', { src: FEED, list: true }),
      addWidget(page, 'standpoint-demands', { src: FEED }),
      addWidget(page, 'standpoint-counter', { src: OTHER_FEED }),
    ];
    expect(await addModuleScript(page, LOADER)).to.equal('load');
    // Before any widget code has run: the loader itself asked for both feeds.
    const askedBeforeCode = feedRequests(page, FEED).length + feedRequests(page, OTHER_FEED).length;
    const codeRanFirst = Boolean(page.win.customElements.get('standpoint-counter'));
    await waitFor(() => widgets.every(isRendered), 'every widget to render', 10000);
    await sleep(100);
    const findings: string[] = [];
    if (codeRanFirst || askedBeforeCode !== 2) findings.push(`${askedBeforeCode} feed requests as the loader ran (widget code ran first: ${codeRanFirst})`);
    for (const path of [FEED, OTHER_FEED]) {
      const requests = feedRequests(page, path);
      if (requests.length !== 1) findings.push(`${requests.length} requests for ${path}`);
      for (const request of requests) {
        if (request.cache !== 'default') findings.push(`${path} asked with cache: ${request.cache}`);
        if (request.credentials !== 'omit' || request.referrerPolicy !== 'no-referrer') findings.push(`${path} sent cookies or a referrer`);
      }
    }
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report('feeds at once', findings)).to.deep.equal([]);
  });

  it('a refresh revalidates: the first request takes the HTTP cache as it is, the next one asks the server', async function () {
    this.timeout(20000);
    const page = await openPage();
    await loadBundle(page);
    const counter = addWidget(page, 'standpoint-counter', { src: FEED });
    await waitFor(() => isRendered(counter), 'the counter to render', 10000);
    await (await library(page)).reloadFeed(new URL(FEED, page.doc.baseURI).href);
    expect(feedRequests(page, FEED).map((request) => request.cache)).to.deep.equal(['default', 'no-cache']);
  });

  it('pasted twice, it loads everything once and says nothing', async function () {
    this.timeout(20000);
    const page = await openPage();
    const widgets = [addWidget(page, 'standpoint-counter', { src: FEED }), addWidget(page, 'standpoint-share', { src: FEED })];
    expect(await addModuleScript(page, LOADER)).to.equal('load');
    expect(await addModuleScript(page, LOADER)).to.equal('load');
    await waitFor(() => widgets.every(isRendered), 'both widgets to render', 10000);
    await sleep(100);
    const findings: string[] = [];
    if (feedRequests(page, FEED).length !== 1) findings.push(`${feedRequests(page, FEED).length} requests for the feed`);
    const links = [...page.doc.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')];
    const preloads = links.map((link) => link.href);
    if (new Set(preloads).size !== preloads.length) findings.push(`a chunk preloaded twice: ${preloads.join(' ')}`);
    if (links.some((link) => !link.integrity.startsWith('sha384-'))) findings.push(`a chunk preloaded without its hash: ${preloads.join(' ')}`);
    if (warnings(page).length) findings.push(`warnings: ${warnings(page).join(' | ')}`);
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report('the loader twice', findings)).to.deep.equal([]);
  });

  it('a file it cannot load leaves the fallback and never throws into the page', async function () {
    this.timeout(20000);
    const page = await openPage();
    const counter = addWidget(page, 'standpoint-counter', { src: FEED });
    const link = page.doc.createElement('a');
    link.href = 'https://example.org/standpoint';
    link.textContent = 'Read the standpoint';
    counter.append(link);
    // The genuine loader from a folder whose other files were all changed: every one is refused.
    expect(await addModuleScript(page, `/__trust/tampered-chunks/standpoint-widgets.js`)).to.equal('load');
    await sleep(1000);
    const findings: string[] = [];
    if (page.win.customElements.get('standpoint-counter')) findings.push('a tampered file defined the counter');
    if (!counter.textContent?.includes('Read the standpoint')) findings.push('the fallback link is gone');
    if (!warnings(page).some((text) => /^\[standpoint-widgets\]/.test(text))) findings.push('the loader did not say what failed');
    findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
    expect(findings, report('refused file', findings)).to.deep.equal([]);
  });
});
