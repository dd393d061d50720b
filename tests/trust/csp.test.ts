/**
 * Strict CSP: the built bundles on a page served with
 *   default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self';
 *   img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify
 * (scripts/wtr/trust-server.mjs, `?trust-csp=strict`): every widget renders
 * fully and every control works, with not one `securitypolicyviolation`.
 */
import { expect } from '@open-wc/testing';
import { closePages, openPage, pageRequests, readBrowserRecord, report, sleep, startBrowserRecord, stopBrowserRecord, waitFor, waitForWidgets, WIDGETS, type Page } from '../fixtures/trust/frame.js';
import { contentFindings, controlFindings } from '../fixtures/trust/full-render.js';

/** Violations the page heard, and the ones only the browser's console tells (a refused Trusted Types policy, say). */
async function violations(page: Page): Promise<string[]> {
  const record = await readBrowserRecord();
  const refused = record.console
    .filter(({ text }) => /Content Security Policy|Trusted Type|Refused to/i.test(text))
    .map(({ text }) => `console: ${text.slice(0, 300)}`);
  return [...page.probe.violations.map((violation) => `securitypolicyviolation: ${violation}`), ...refused];
}

async function openStrictPage(src: string, policy = 'strict'): Promise<Page> {
  await startBrowserRecord();
  const page = await openPage(`${src}?trust-csp=${policy}`, { width: 800, height: 900 });
  const elements = [...page.doc.querySelectorAll(WIDGETS.join(','))];
  await waitForWidgets(page, elements, 15000).catch(async (error) => {
    throw new Error(`${(error as Error).message}\n${report('policy violations', await violations(page))}`);
  });
  return page;
}

describe('trust: a page under the strictest CSP with Trusted Types', () => {
  afterEach(async () => {
    closePages();
    await stopBrowserRecord();
  });

  it('renders all four widgets fully from the script-tag bundle, every control works, and there is no violation', async function () {
    this.timeout(30000);
    const page = await openStrictPage('/tests/fixtures/trust/csp.html');
    const findings = [...(await contentFindings(page)), ...(await controlFindings(page)), ...page.probe.errors.map((error) => `uncaught: ${error}`)];
    findings.push(...(await violations(page)));
    // Chromium sanitises content_html itself (Element.setHTML): the DOMPurify chunk is for browsers without it.
    findings.push(...pageRequests(await readBrowserRecord()).filter(({ url }) => /purify/i.test(url)).map(({ url }) => `DOMPurify loaded: ${url}`));
    expect(findings, report('under the strict policy', findings)).to.deep.equal([]);

    // The policy is really in force: a string into innerHTML is refused, and the recorder hears an inline style.
    expect(() => {
      page.doc.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    page.doc.body.setAttribute('style', 'color: red');
    await waitFor(() => page.probe.violations.join().includes('style-src'), 'the page to hear the inline style', 3000);
    // The browser's console line for it arrives on its own schedule: wait for it here, not in the next test's record.
    let heard = false;
    for (let tries = 0; tries < 30 && !heard; tries += 1) {
      heard = (await readBrowserRecord()).console.some(({ text }) => /inline style/i.test(text));
      if (!heard) await sleep(100);
    }
    expect(heard, 'the browser reports the inline style too').to.equal(true);
  });

  // Each per-widget bundle carries its own Lit, and each Lit creates a policy named lit-html: a page that
  // loads more than one copy needs 'allow-duplicates' (SECURITY.md), or every copy after the first fails.
  it("renders all four widgets from the four per-widget bundles on one page under the policy with 'allow-duplicates', with no violation", async function () {
    this.timeout(30000);
    const page = await openStrictPage('/tests/fixtures/trust/csp-per-widget.html', 'strict-duplicates');
    const findings = [...(await contentFindings(page)), ...page.probe.errors.map((error) => `uncaught: ${error}`), ...(await violations(page))];
    expect(findings, report('per-widget bundles under the strict policy', findings)).to.deep.equal([]);
  });
});
