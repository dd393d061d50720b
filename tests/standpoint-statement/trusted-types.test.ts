import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { hostileStrings, plainFeed } from '../fixtures/feeds.js';

interface FrameWindow extends Window {
  violations: string[];
  xssCalls: number;
}

/**
 * A page as strict as the NGO sites that embed us: Trusted Types required,
 * and only the `lit-html` and `dompurify` policies allowed (or only those named).
 */
function strictPage(feed: unknown, { policies = 'lit-html dompurify', sanitizerApi = true } = {}): string {
  const json = JSON.stringify(feed).replace(/</g, '\\u003c');
  return `<!doctype html><html lang="en"><head>
<meta http-equiv="Content-Security-Policy" content="require-trusted-types-for 'script'; trusted-types ${policies}">
<script>
  window.violations = [];
  window.xssCalls = 0;
  window.__xss = () => { window.xssCalls += 1; };
  ${sanitizerApi ? '' : 'delete Element.prototype.setHTML;'}
  document.addEventListener('securitypolicyviolation', (event) => window.violations.push(event.violatedDirective + ' ' + event.blockedURI + ' ' + event.sample));
</script>
<script type="module" src="/src/components/standpoint-statement/define.ts"></script>
</head><body>
<standpoint-statement><script type="application/json">${json}</script></standpoint-statement>
</body></html>`;
}

describe('<standpoint-statement> under Trusted Types', () => {
  it('sanitises with DOMPurify, in a browser without the Sanitizer API, and renders HTML with no Trusted Types violation', async () => {
    const feed = structuredClone(plainFeed);
    feed.items[0].content_html += hostileStrings.filter((hostile) => hostile.includes('<')).join('');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict page" style="width: 600px; height: 400px"></iframe>`);
    frame.srcdoc = strictPage(feed, { sanitizerApi: false });
    await waitUntil(() => frame.contentDocument?.querySelector('standpoint-statement')?.shadowRoot?.querySelector('[part~="content"] em'), 'the HTML never rendered', { timeout: 8000 });
    const frameWindow = frame.contentWindow as FrameWindow;
    const content = frame.contentDocument!.querySelector('standpoint-statement')!.shadowRoot!.querySelector('[part~="content"]')!;
    expect(content.querySelector('em')!.textContent).to.equal('plain');
    expect(content.querySelectorAll('script, img, svg, iframe, style, form')).to.have.length(0);
    expect(frameWindow.violations).to.deep.equal([]);
    expect(frameWindow.xssCalls).to.equal(0);
    expect(frameWindow.performance.getEntriesByType('resource').filter((entry) => /purify/i.test(entry.name)), 'DOMPurify was loaded').to.have.length(1);
    // The page really enforces Trusted Types, and the listener really hears violations.
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
    await waitUntil(() => frameWindow.violations.length === 1, 'the violation was not reported');
  });

  it('sanitises with the browser’s Sanitizer API, which needs no policy: none for DOMPurify, and its chunk is never loaded', async () => {
    const feed = structuredClone(plainFeed);
    feed.items[0].content_html += hostileStrings.filter((hostile) => hostile.includes('<')).join('');
    const frame = await fixture<HTMLIFrameElement>(html`<iframe title="strict page" style="width: 600px; height: 400px"></iframe>`);
    frame.srcdoc = strictPage(feed, { policies: 'lit-html' });
    await waitUntil(() => frame.contentDocument?.querySelector('standpoint-statement')?.shadowRoot?.querySelector('[part~="content"] em'), 'the HTML never rendered', { timeout: 8000 });
    const frameWindow = frame.contentWindow as FrameWindow;
    const content = frame.contentDocument!.querySelector('standpoint-statement')!.shadowRoot!.querySelector('[part~="content"]')!;
    expect(content.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/');
    expect(content.querySelectorAll('script, img, svg, iframe, style, form')).to.have.length(0);
    await aTimeout(100);
    expect(frameWindow.violations).to.deep.equal([]);
    expect(frameWindow.xssCalls).to.equal(0);
    expect(frameWindow.performance.getEntriesByType('resource').filter((entry) => /purify/i.test(entry.name))).to.deep.equal([]);
  });
});
