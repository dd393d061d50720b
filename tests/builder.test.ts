/**
 * The embed builder (builder/index.html) as a webmaster uses it, in an
 * iframe under the demo's strict CSP with Trusted Types: paste a feed, load
 * one from an address or a file, read the problems, choose widgets and
 * options in the live preview, and copy a snippet that works when pasted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedUrl, putFeed, uniqueFeedName } from './helpers/feed-server.js';

type BuilderWindow = Window & typeof globalThis & { __violations: string[] };

const sampleFeed = async () => (await fetch('/demo/sample-feed.json')).text();

async function openBuilder({ csp = true } = {}): Promise<{ frame: HTMLIFrameElement; doc: Document; win: BuilderWindow }> {
  const frame = document.createElement('iframe');
  frame.style.width = '1000px';
  frame.style.height = '800px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/builder/index.html${csp ? '?csp=strict' : ''}`;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as BuilderWindow;
  const doc = frame.contentDocument!;
  // Violations from here on: everything the builder does once the page has loaded.
  win.__violations = [];
  doc.addEventListener('securitypolicyviolation', (event) => win.__violations.push(`${event.violatedDirective}: ${event.blockedURI || event.sample}`));
  await waitUntil(() => doc.documentElement.dataset.ready === 'true', 'the builder started', { timeout: 8000 });
  return { frame, doc, win };
}

const field = <T extends HTMLElement = HTMLInputElement>(doc: Document, id: string) => doc.getElementById(id) as T;

/** Types into the feed text as a paste would, and waits for the check. */
async function pasteFeed(doc: Document, text: string) {
  const textarea = field<HTMLTextAreaElement>(doc, 'feed-text');
  const before = field(doc, 'check-summary').textContent;
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
  await waitUntil(() => field(doc, 'check-summary').textContent !== before, 'the feed was checked', { timeout: 4000 });
}

function setOption(doc: Document, id: string, value: string | boolean) {
  const control = field<HTMLInputElement | HTMLSelectElement>(doc, id);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const rendered = (element: Element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));

describe('embed builder', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('checks a pasted feed: every problem with its path, line, fix, and a button that selects it in the text', async () => {
    const { doc, win } = await openBuilder();
    const feed = JSON.parse(await sampleFeed());
    feed.items[0]._standpoint.demands[2].status = 'done';
    feed.items[0].url = 'javascript:alert(1)';
    const text = JSON.stringify(feed, null, 2);
    await pasteFeed(doc, text);

    expect(field(doc, 'check-summary').textContent).to.equal(
      'The widgets can show this feed, but 2 parts are left out or kept as written: 2 warnings.',
    );
    const problems = [...doc.querySelectorAll('#problems > li')];
    expect(problems.map((problem) => problem.querySelector('.path')!.textContent)).to.deep.equal([
      'items[0].url',
      'items[0]._standpoint.demands[2].status',
    ]);
    const status = problems[1];
    expect(status.querySelector('.severity')!.textContent).to.equal('Warning');
    expect(status.querySelector('.message')!.textContent).to.match(/^expected one of pending, .*; got "done"$/);
    expect(status.querySelector('.fix')!.textContent).to.match(/^Fix: Use one of the statuses/);
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"status": "done"')) + 1;
    const go = status.querySelector<HTMLButtonElement>('.go-to-line')!;
    expect(go.textContent).to.match(new RegExp(`^Line ${expectedLine}, column \\d+$`));

    go.click();
    const textarea = field<HTMLTextAreaElement>(doc, 'feed-text');
    expect(doc.activeElement).to.equal(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal('"done",');

    // The fix, typed in the builder itself, clears the warning.
    await pasteFeed(doc, text.replace('"done"', '"voiced"').replace('"javascript:alert(1)"', '"https://example.org/s"'));
    expect(field(doc, 'check-summary').textContent).to.equal('No problems: the widgets can show every part of this feed.');
    expect(doc.querySelectorAll('#problems > li')).to.have.length(0);
    expect(win.__violations).to.deep.equal([]);
  });

  it('says what stops the widgets: a syntax error at its line, a feed with nothing to show', async () => {
    const { doc } = await openBuilder();
    await pasteFeed(doc, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    { "id": "a" },\n  ]\n}');
    expect(field(doc, 'check-summary').textContent).to.equal('The widgets cannot show this feed: 1 problem to fix first.');
    const problem = doc.querySelector('#problems > li')!;
    expect(problem.className).to.contain('fatal');
    expect(problem.querySelector('.severity')!.textContent).to.equal('Must fix');
    expect(problem.querySelector('.go-to-line')!.textContent).to.equal('Line 5, column 3');
    expect(problem.querySelector('.fix')!.textContent).to.contain('a comma before ]');
    // The preview shows what readers would get: each widget's fallback.
    expect(field(doc, 'preview-note').textContent).to.contain('fallback');

    await pasteFeed(doc, '{ "version": "https://jsonfeed.org/version/1.1", "items": [ { "title": "no id" } ] }');
    expect([...doc.querySelectorAll('#problems .path')].map((path) => path.textContent)).to.include('items');
    expect(doc.querySelector('#problems .fatal .message')!.textContent).to.equal('the feed has no item the widgets can show');
  });

  it('loads a feed from its address, checks it and uses the address in the snippet', async () => {
    const name = uniqueFeedName('builder');
    await putFeed(name, await sampleFeed());
    const { doc, win } = await openBuilder();
    const url = field(doc, 'feed-url');
    url.focus();
    // By keyboard alone: type the address, press Enter.
    await sendKeys({ type: feedUrl(name) });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => field(doc, 'check-summary').textContent!.startsWith('No problems'), 'the loaded feed was checked', { timeout: 6000 });
    expect(field(doc, 'load-status').textContent).to.match(/^Loaded [\d,]+ characters from /);
    expect(field(doc, 'option-src').value).to.equal(feedUrl(name));
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.contain(`src="${feedUrl(name)}"`);
    expect(win.__violations).to.deep.equal([]);
  });

  it('explains a feed that cannot be loaded', async () => {
    const { doc } = await openBuilder({ csp: false });
    const missing = uniqueFeedName('builder-missing');
    field(doc, 'feed-url').value = feedUrl(missing);
    field<HTMLButtonElement>(doc, 'load-url').click();
    await waitUntil(() => field(doc, 'load-status').dataset.tone === 'error', 'an error is shown', { timeout: 6000 });
    expect(field(doc, 'load-status').textContent).to.contain('HTTP 404');

    field(doc, 'feed-url').value = 'http://127.0.0.1:9/feed.json';
    field<HTMLButtonElement>(doc, 'load-url').click();
    await waitUntil(() => field(doc, 'load-status').textContent!.includes('could not be loaded'), 'a network error is explained', { timeout: 6000 });
    expect(field(doc, 'load-status').textContent).to.contain('Access-Control-Allow-Origin');

    field(doc, 'feed-url').value = 'javascript:alert(1)';
    field<HTMLButtonElement>(doc, 'load-url').click();
    expect(field(doc, 'load-status').textContent).to.equal('Write the full address of the feed, starting with https://.');
  });

  it('reads a chosen file and a dropped file', async () => {
    const { doc, win } = await openBuilder();
    const text = await sampleFeed();
    const chosen = new win.DataTransfer();
    chosen.items.add(new win.File([text], 'feed.json', { type: 'application/json' }));
    const input = field(doc, 'feed-file');
    input.files = chosen.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitUntil(() => field(doc, 'load-status').textContent === 'Read feed.json.', 'the chosen file was read', { timeout: 4000 });
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).to.equal(text);
    expect(field(doc, 'check-summary').textContent).to.match(/^No problems/);

    const dropped = new win.DataTransfer();
    dropped.items.add(new win.File(['{"version": 1}'], 'broken.json', { type: 'application/json' }));
    field(doc, 'feed-source').dispatchEvent(new win.DragEvent('drop', { dataTransfer: dropped, bubbles: true, cancelable: true }));
    await waitUntil(() => field(doc, 'load-status').textContent === 'Read broken.json.', 'the dropped file was read', { timeout: 4000 });
    expect(field(doc, 'check-summary').textContent).to.match(/^The widgets cannot show this feed/);
  });

  it('previews the chosen widgets live, with the chosen language and options', async () => {
    const { doc, win } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    const preview = field(doc, 'preview');
    const widgets = () => [...preview.children];
    expect(widgets().map((element) => element.localName)).to.deep.equal([
      'standpoint-statement',
      'standpoint-demands',
      'standpoint-counter',
      'standpoint-share',
    ]);
    await waitUntil(() => widgets().every(rendered), 'every widget renders the pasted feed', { timeout: 8000 });
    // Ukrainian is the builder's first language.
    const counter = () => preview.querySelector('standpoint-counter')!;
    expect(counter().shadowRoot!.textContent).to.contain('підписант');

    setOption(doc, 'option-lang', 'en');
    setOption(doc, 'standpoint-counter-variant', 'compact');
    setOption(doc, 'widget-standpoint-share', false);
    setOption(doc, 'widget-standpoint-statement', false);
    expect(widgets().map((element) => element.localName)).to.deep.equal(['standpoint-demands', 'standpoint-counter']);
    await waitUntil(() => rendered(counter()), 'the counter renders again');
    expect(counter().getAttribute('variant')).to.equal('compact');
    expect(counter().shadowRoot!.querySelector('.base.compact')).to.not.equal(null);
    expect(counter().shadowRoot!.textContent).to.match(/organi[sz]ations|signatories/);
    // Options of widgets that are not chosen are hidden, the others shown.
    expect(field(doc, 'options-standpoint-share').hidden).to.equal(true);
    expect(field(doc, 'options-standpoint-counter').hidden).to.equal(false);
    expect(win.__violations).to.deep.equal([]);
  });

  it('copies a pinned snippet with its SRI hash and fallbacks, and it works when pasted into a page', async () => {
    const { doc, win } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    setOption(doc, 'option-src', '/demo/sample-feed.json');
    field(doc, 'option-src').dispatchEvent(new Event('input', { bubbles: true }));
    setOption(doc, 'standpoint-demands-legend', true);
    setOption(doc, 'standpoint-share-networks-viber', false);
    setOption(doc, 'option-theme', 'dark');

    let copied = '';
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copied = text) },
    });
    field<HTMLButtonElement>(doc, 'copy-snippet').click();
    await waitUntil(() => field(doc, 'copy-status').dataset.tone === 'ok', 'the copy is confirmed');
    expect(field(doc, 'copy-status').textContent).to.match(/^Copied\./);
    expect(copied).to.equal(field<HTMLTextAreaElement>(doc, 'snippet').value);

    const integrity = await (await fetch('/dist/cdn/integrity.json')).json();
    const { version } = await (await fetch('/package.json')).json();
    const script = `<script type="module" src="https://cdn.jsdelivr.net/npm/standpoint-widgets@${version}/dist/cdn/standpoint-widgets.js" integrity="${integrity['standpoint-widgets.js']}" crossorigin="anonymous"></script>`;
    expect(copied.split('\n')[0]).to.equal(script);
    expect(copied).to.contain('<standpoint-demands src="/demo/sample-feed.json" lang="uk" theme="dark" legend>');
    expect(copied).to.contain('networks="telegram whatsapp facebook x linkedin bluesky email fediverse"');
    // The fallback inside each element: a plain link to the standpoint, in the chosen language.
    expect(copied).to.match(/<standpoint-statement [^>]*>\n {2}<a href="https:\/\/example\.org\/standpoint\/2025-08-13">Приклад: [^<]+<\/a>\n<\/standpoint-statement>/);
    expect(copied).to.contain('<a href="https://example.org/standpoint/2025-08-13">Підписантів: 148</a>');

    // Pasted into a plain page (the CDN address mapped to the same file here, so the hash still holds).
    const page = document.createElement('iframe');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="${location.origin}/"></head><body>${copied.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/standpoint-widgets@[^/]+\/dist\/cdn\//, '/dist/cdn/')}</body></html>`;
    document.body.append(page);
    await loaded;
    const pasted = [...page.contentDocument!.querySelectorAll('standpoint-statement, standpoint-demands, standpoint-counter, standpoint-share')];
    expect(pasted).to.have.length(4);
    await waitUntil(() => pasted.every(rendered), 'the pasted snippet renders every widget (the integrity hash matched)', { timeout: 8000 });
    expect(win.__violations).to.deep.equal([]);
  });

  it('selects the code for a manual copy when the browser refuses the clipboard', async () => {
    const { doc, win } = await openBuilder();
    Object.defineProperty(win.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async () => Promise.reject(new DOMException('denied', 'NotAllowedError')) },
    });
    field<HTMLButtonElement>(doc, 'copy-snippet').click();
    await waitUntil(() => field(doc, 'copy-status').dataset.tone === 'warning', 'the refusal is explained');
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet');
    expect(doc.activeElement).to.equal(snippet);
    expect(snippet.selectionEnd - snippet.selectionStart).to.equal(snippet.value.length);
    expect(field(doc, 'copy-status').textContent).to.contain('Ctrl+C');
  });

  it('writes a single widget’s own, smaller bundle when only one widget is chosen', async () => {
    const { doc } = await openBuilder();
    for (const tag of ['standpoint-statement', 'standpoint-demands', 'standpoint-share']) setOption(doc, `widget-${tag}`, false);
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    expect(snippet).to.match(/dist\/cdn\/standpoint-counter\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/);
    setOption(doc, 'option-script', false);
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.not.contain('<script');
  });

  it('offers every attribute that the widgets document', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    // The builder's own module, as the page loads it (plain JavaScript, no types).
    const { COMMON_OPTIONS, WIDGET_OPTIONS } = (await import(String('/builder/options.js'))) as {
      COMMON_OPTIONS: Record<string, string>;
      WIDGET_OPTIONS: Record<string, { options: { name: string }[] }>;
    };
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const tag: string | undefined = declaration.tagName;
        if (!tag || !(tag in WIDGET_OPTIONS)) continue;
        const offered = new Set([...Object.keys(COMMON_OPTIONS), ...WIDGET_OPTIONS[tag].options.map((option) => option.name)]);
        for (const attribute of declaration.attributes ?? []) {
          expect(offered.has(attribute.name), `<${tag} ${attribute.name}> in the builder`).to.equal(true);
        }
      }
    }
  });

  it('is accessible: labelled controls, headings, live regions', async () => {
    const { frame, doc } = await openBuilder({ csp: false });
    await pasteFeed(doc, '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "url": "ftp://x"}]}');
    const win = frame.contentWindow as BuilderWindow & { axe?: { run: (context: Node, options: object) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } };
    const axeLoaded = new Promise((resolve) => {
      const script = doc.createElement('script');
      script.src = '/node_modules/axe-core/axe.min.js';
      script.addEventListener('load', resolve);
      doc.head.append(script);
    });
    await axeLoaded;
    const { violations } = await win.axe!.run(doc, { resultTypes: ['violations'] });
    expect(violations.map((violation) => `${violation.id} (${violation.nodes.length})`)).to.deep.equal([]);
    for (const control of doc.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
      expect((control as HTMLInputElement).labels?.length ?? 0, `a label for #${control.id}`).to.be.greaterThan(0);
    }
  });
});
