/**
 * The widgets as a webmaster meets them: the built script-tag bundle on an
 * ordinary page, the demo page, the README's snippet, and a page under the
 * strict Content-Security-Policy with Trusted Types that the README documents.
 */
import { expect, waitUntil } from '@open-wc/testing';

const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

type FrameWindow = Window & { __violations?: string[]; __xssCalls?: number };

async function openFrame(src: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '600px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = src;
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Whether an element shows its content, not its fallback or loading state. */
const rendered = (element: Element) =>
  Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));

async function expectAllRendered(frame: HTMLIFrameElement, tags = WIDGETS): Promise<Element[]> {
  const doc = frame.contentDocument!;
  const elements = tags.flatMap((tag) => [...doc.querySelectorAll(tag)]);
  expect(elements.length, 'widgets on the page').to.be.at.least(tags.length);
  await waitUntil(() => elements.every(rendered), 'every widget renders its content', { timeout: 8000 }).catch(() => {
    const missing = elements.filter((element) => !rendered(element)).map((element) => element.localName);
    const violations = (frame.contentWindow as FrameWindow).__violations ?? [];
    throw new Error(`not rendered: ${missing.join(', ')}; CSP violations: ${violations.join(' | ') || 'none'}`);
  });
  for (const tag of tags) {
    expect(frame.contentWindow!.customElements.get(tag), `${tag} is registered by the bundle`).to.be.a('function');
  }
  return elements;
}

describe('the script-tag bundle on real pages', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('renders all four widgets under the strict CSP with Trusted Types, with no violation', async () => {
    const frame = await openFrame('/tests/fixtures/csp-page.html?csp=strict');
    const win = frame.contentWindow as FrameWindow;
    await expectAllRendered(frame);
    const htmlStatement = frame.contentDocument!.querySelector('#html-statement')!;
    await waitUntil(() => htmlStatement.shadowRoot?.querySelector('em'), 'content_html sanitised and shown', { timeout: 8000 });
    expect(htmlStatement.shadowRoot!.querySelector('img, script'), 'tracker and script removed').to.equal(null);
    expect(win.performance.getEntriesByType('resource').filter((entry) => /purify/i.test(entry.name)), 'the browser’s own sanitiser, no DOMPurify chunk').to.deep.equal([]);
    expect(win.__xssCalls).to.equal(0);
    expect(win.__violations).to.deep.equal([]);
    // The recorder hears violations: an inline style attribute is one.
    frame.contentDocument!.body.setAttribute('style', 'color: red');
    await waitUntil(() => win.__violations!.length === 1, 'the recorder hears a violation');
    // The policy is really enforced: a plain string into innerHTML is refused.
    expect(() => {
      frame.contentDocument!.body.innerHTML = '<b>x</b>';
    }).to.throw(/TrustedHTML/);
  });

  it('the demo page loads the bundle by a plain module script and shows every widget', async () => {
    const frame = await openFrame('/demo/index.html');
    const script = frame.contentDocument!.querySelector('script[type="module"][src*="dist/cdn/standpoint-widgets.js"]');
    expect(script, 'plain <script type="module" src>').to.not.equal(null);
    await expectAllRendered(frame);
  });

  it('the README snippet works when pasted into a plain HTML page', async () => {
    const readme = await (await fetch('/README.md')).text();
    const snippet = /## For webmasters[\s\S]*?```html\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(snippet, 'the webmasters’ snippet').to.be.a('string');
    // The published CDN address and the webmaster's feed path become their local equivalents.
    const local = snippet!
      .replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/standpoint-widgets@[^/]+\/dist\/cdn\//g, '/dist/cdn/')
      .replace(/src="\/standpoint\/feed\.json"/g, 'src="/demo/sample-feed.json"');
    expect(local).to.contain('/dist/cdn/standpoint-widgets.js');
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="${location.origin}/"></head><body>${local}</body></html>`;
    document.body.append(frame);
    await loaded;
    await expectAllRendered(frame);
    // The snippet asks for Ukrainian: the interface follows.
    const counter = frame.contentDocument!.querySelector('standpoint-counter')!;
    expect(counter.shadowRoot!.textContent).to.contain('підписант');
  });
});
