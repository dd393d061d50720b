/**
 * Double inclusion: the bundle twice, two different builds of the library on
 * one page, a host page that runs its own Lit. Every widget works each time,
 * with one console warning at most.
 */
import { expect } from '@open-wc/testing';
import { addModuleScript, addWidget, closePages, isRendered, loadBundle, openPage, report, sleep, waitFor, WIDGETS, BUNDLE, type Page } from '../fixtures/trust/frame.js';

const FEED = '/tests/fixtures/trust/full-feed.json';

/**
 * Puts the four widgets on the page and reports whatever keeps them from working.
 *
 * @param loaders copies of the feed loader the widgets use: one per build that defined one of them
 */
async function widgetFindings(page: Page, loaders = 1): Promise<string[]> {
  const widgets = WIDGETS.map((tag) => addWidget(page, tag, { src: FEED, list: true, chart: true }));
  await waitFor(() => widgets.every(isRendered), 'every widget to render', 10000).catch(() => undefined);
  await sleep(200);
  const findings = widgets.filter((widget) => !isRendered(widget)).map((widget) => `<${widget.localName}> did not render`);
  for (const tag of WIDGETS) if (!page.win.customElements.get(tag)) findings.push(`<${tag}> is not defined`);
  const feedRequests = page.probe.fetches.filter(({ url }) => url.endsWith(FEED)).length;
  // A copy that defined none of them makes no request; one that did, one.
  if (feedRequests < 1 || feedRequests > loaders) findings.push(`${feedRequests} requests for the feed, from ${loaders} loader(s)`);
  findings.push(...page.probe.errors.map((error) => `uncaught: ${error}`));
  return findings;
}

/** Console warnings and errors, less the dev-mode notice of the host's own Lit (its choice, not ours). */
const warnings = (page: Page) =>
  page.probe.console.filter(({ type, text }) => (type === 'warn' || type === 'error') && !text.startsWith('Lit is in dev mode')).map(({ text }) => text);

function oneWarningAtMost(page: Page, findings: string[]): void {
  const said = warnings(page);
  if (said.length > 1) findings.push(`${said.length} warnings: ${said.join(' | ')}`);
}

describe('trust: double inclusion', () => {
  afterEach(closePages);

  it('the same bundle included twice (the snippet pasted twice) works, silently', async function () {
    this.timeout(20000);
    const page = await openPage();
    await loadBundle(page);
    await loadBundle(page);
    const findings = await widgetFindings(page);
    if (warnings(page).length) findings.push(`warnings: ${warnings(page).join(' | ')}`);
    expect(findings, report('the bundle twice', findings)).to.deep.equal([]);
  });

  it('the bundle loaded again from a second address (a second copy of the same version) works, with one warning', async function () {
    this.timeout(20000);
    const page = await openPage();
    await loadBundle(page);
    await loadBundle(page, `${BUNDLE}?second-copy`);
    const findings = await widgetFindings(page);
    oneWarningAtMost(page, findings);
    expect(warnings(page).join(), 'the second copy says it is not used').to.match(/another copy of the library/);
    expect(findings, report('two copies', findings)).to.deep.equal([]);
  });

  it('two different builds on one page (a per-widget bundle, then the full bundle) work, with one warning at most', async function () {
    this.timeout(20000);
    const page = await openPage();
    expect(await addModuleScript(page, '/dist/cdn/standpoint-counter.js')).to.equal('load');
    await loadBundle(page);
    // The per-widget file is the script tag's loader limited to the counter: it brings the counter alone.
    // Each copy that defined a widget has its own feed loader and reads the feed once at most.
    const findings = await widgetFindings(page, 2);
    oneWarningAtMost(page, findings);
    expect(findings, report('two builds', findings)).to.deep.equal([]);
  });

  it('two versions of the library on one page work, with one warning at most', async function () {
    this.timeout(20000);
    const page = await openPage();
    await loadBundle(page);
    // An older release, as another plugin on the same site might bring it: the same code, another version, another address.
    const code = await (await fetch(BUNDLE)).text();
    const older = code
      .replace(/(["'`])0\.\d+\.\d+(["'`])/g, '$10.0.9$2')
      .replace(/(["'`])\.\/chunks\//g, `$1${new URL('/dist/cdn/chunks/', location.href).href}`);
    expect(older, 'the copy names another version').to.not.equal(code);
    const url = URL.createObjectURL(new Blob([older], { type: 'text/javascript' }));
    expect(await addModuleScript(page, url)).to.equal('load');
    const findings = await widgetFindings(page);
    oneWarningAtMost(page, findings);
    expect(findings, report('two versions', findings)).to.deep.equal([]);
  });

  it('a host page that already runs its own Lit keeps it working, and the widgets work beside it', async function () {
    this.timeout(20000);
    const page = await openPage();
    const card = page.doc.createElement('host-card');
    card.setAttribute('label', 'before');
    page.doc.body.append(card);
    expect(await addModuleScript(page, '/tests/fixtures/trust/host-lit.js')).to.equal('load');
    await waitFor(() => card.shadowRoot?.textContent?.includes('Host card: before'), 'the host’s own Lit component');
    await loadBundle(page);
    const findings = await widgetFindings(page);
    card.setAttribute('label', 'after');
    await waitFor(() => card.shadowRoot?.textContent?.includes('Host card: after'), 'the host’s component to update after the widgets came', 3000).catch(() =>
      findings.push('the host’s own Lit component stopped updating'),
    );
    oneWarningAtMost(page, findings);
    expect(findings, report('beside the host’s Lit', findings)).to.deep.equal([]);
  });
});
