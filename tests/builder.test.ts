/**
 * The embed builder (builder/index.html) as a webmaster uses it, in an
 * iframe under the demo's strict CSP with Trusted Types: paste a feed, load
 * one from an address or a file, read the problems, choose widgets and
 * options in the live preview, and copy a snippet that works when pasted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { feedUrl, putFeed, uniqueFeedName } from './helpers/feed-server.js';
import { axeViolations, field, openBuilder, pasteFeed, sampleFeed } from './helpers/builder-page.js';

/** A table of strings.js: texts, plural sets and groups of them. */
type StringTable = { [key: string]: string | StringTable };

function setOption(doc: Document, id: string, value: string | boolean) {
  const control = field<HTMLInputElement | HTMLSelectElement>(doc, id);
  if (typeof value === 'boolean') (control as HTMLInputElement).checked = value;
  else control.value = value;
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

const rendered = (element: Element) => Boolean(element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));

/** The sample feed with `count` demands whose status the widgets do not know: one warning each. */
async function feedWithUnknownStatuses(count: number) {
  const feed = JSON.parse(await sampleFeed());
  feed.items[0]._standpoint.demands = Array.from({ length: count }, (_, index) => ({ id: `d${index}`, text: `Demand ${index}`, status: 'done' }));
  // The translation would lack these demands' texts (a reminder of its own): this feed is about statuses only.
  delete feed.items[0]._standpoint.translations;
  return JSON.stringify(feed, null, 2);
}

/** Every text of a strings.js table with its dotted key; a plural set gives one entry per form. */
function flatten(table: StringTable, prefix = ''): [string, string[]][] {
  return Object.entries(table).flatMap(([name, value]): [string, string[]][] => {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') return [[key, [value]]];
    if ('other' in value) return [[key, Object.values(value) as string[]]];
    return flatten(value, key);
  });
}

/**
 * What a reader of the page sees and hears: the text of every rendered node
 * (the text of a select's options when the select is shown), the page
 * title and the accessible labels. Left out: what the webmaster typed and
 * the code (the textareas), and whatever is marked as another language
 * (the switch's "English", the widgets' own fallback in their language).
 */
function visibleTexts(doc: Document): string[] {
  const texts = [doc.title];
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('script, style, noscript, textarea')) continue;
    if (parent.closest('[lang]') !== doc.documentElement) continue;
    if (!(parent.closest('select') ?? parent).checkVisibility()) continue;
    texts.push(node.textContent!);
  }
  for (const element of doc.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
    if (!element.checkVisibility()) continue;
    for (const name of ['aria-label', 'placeholder', 'title', 'alt']) if (element.getAttribute(name)) texts.push(element.getAttribute(name)!);
  }
  return texts;
}

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
    // What is wrong and how to fix it first, then where.
    expect(status.querySelector('.message')!.textContent).to.match(/^Warning "status" must be one of pending, .*; "done" is not one of them\.$/);
    expect(status.firstElementChild!.className).to.equal('message');
    const expectedLine = text.split('\n').findIndex((line) => line.includes('"status": "done"')) + 1;
    const go = status.querySelector<HTMLButtonElement>('.go-to-line')!;
    expect(go.textContent).to.match(new RegExp(`^Line ${expectedLine}, column \\d+$`));

    go.click();
    const textarea = field<HTMLTextAreaElement>(doc, 'feed-text');
    expect(doc.activeElement).to.equal(textarea);
    expect(textarea.value.slice(textarea.selectionStart, textarea.selectionEnd)).to.equal('"done",');

    // The fix, typed in the builder itself, clears the warning.
    await pasteFeed(doc, text.replace('"done"', '"voiced"').replace('"javascript:alert(1)"', '"https://coalition.test/s"'));
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
    expect(problem.querySelector('.message')!.textContent).to.equal(
      'Must fix The feed is not valid JSON. Line 5, column 3: a comma before ] (JSON allows no comma after the last entry).',
    );
    // The preview shows what readers would get: each widget's fallback.
    expect(field(doc, 'preview-note').textContent).to.contain('fallback');

    // (Each paste differs in its summary, so the check is seen to have run: a wrong title here.)
    await pasteFeed(doc, '{ "version": "https://jsonfeed.org/version/1.1", "title": 5, "items": [ { "title": "no id" } ] }');
    expect([...doc.querySelectorAll('#problems .path')].map((path) => path.textContent)).to.deep.equal(['items[0].id', 'title']);
    expect(doc.querySelector('#problems .fatal')!.getAttribute('data-code')).to.equal('missing');
    expect(doc.querySelector('#problems .fatal .message')!.textContent).to.equal(
      'Must fix Every item needs an "id" that no other item has: add one, such as "id": "standpoint-2025".',
    );
    await pasteFeed(doc, '{ "version": "https://jsonfeed.org/version/1.1", "items": [] }');
    expect(doc.querySelector('#problems .fatal .message')!.textContent).to.equal('Must fix The feed has no item the widgets can show: add one to "items".');
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
    // It points at the file button where it really is: above the message.
    expect(field(doc, 'load-status').textContent).to.contain('“Choose a file…” above');
    const fileButton = doc.querySelector('label.file-button')!;
    expect(fileButton.textContent).to.equal('Choose a file…');
    expect(fileButton.compareDocumentPosition(field(doc, 'load-status')) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.above(0);

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

  it('previews the widgets exactly as the copied code shows them: no spacing or frame of its own', async () => {
    const { doc, win } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    const preview = field(doc, 'preview');
    await waitUntil(() => [...preview.children].every(rendered), 'every widget renders', { timeout: 8000 });
    const style = win.getComputedStyle(preview);
    expect([style.paddingTop, style.paddingLeft, style.borderTopWidth, style.rowGap]).to.deep.equal(['0px', '0px', '0px', 'normal']);
    expect(style.display).to.equal('block');
    const [statement, demands] = [...preview.children];
    const gap = demands.getBoundingClientRect().top - statement.getBoundingClientRect().bottom;
    expect(gap, 'the widgets’ own space between them, as on the page').to.equal(parseFloat(win.getComputedStyle(statement).marginBottom));
    expect(gap).to.be.above(0);
    // Each fallback as the snippet writes it.
    const snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    for (const element of preview.children) {
      const fallback = element.querySelector(':scope > p')!;
      expect(snippet).to.contain(fallback.outerHTML.replace(/&nbsp;/g, '\u00a0'));
    }
  });

  it('forgets where the last feed came from when another is pasted', async () => {
    const name = uniqueFeedName('builder');
    await putFeed(name, await sampleFeed());
    const { doc, win } = await openBuilder();
    field(doc, 'feed-url').value = feedUrl(name);
    field<HTMLButtonElement>(doc, 'load-url').click();
    await waitUntil(() => /^Loaded /.test(field(doc, 'load-status').textContent!), 'loaded', { timeout: 6000 });
    const textarea = field<HTMLTextAreaElement>(doc, 'feed-text');
    textarea.value = '{"version": "https://jsonfeed.org/version/1.1", "items": []}';
    textarea.dispatchEvent(new win.InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    expect(field(doc, 'load-status').textContent, 'no stale "Loaded … from" line').to.equal('');
  });

  it('links its guides as readable pages, and has a favicon', async () => {
    const { doc } = await openBuilder();
    const guides = [...doc.querySelectorAll<HTMLAnchorElement>('a[data-slot]')];
    expect(guides.length).to.be.at.least(3);
    for (const guide of guides) {
      const response = await fetch(guide.href);
      expect(response.ok, guide.href).to.equal(true);
      expect(response.headers.get('content-type'), guide.href).to.match(/^text\/html/);
      const page = new DOMParser().parseFromString(await response.text(), 'text/html');
      expect(page.querySelector('h1'), `${guide.href} is a page with a heading`).to.not.equal(null);
      expect(page.body.textContent, 'no raw Markdown').not.to.match(/^#{1,3} /m);
    }
    const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]')!;
    expect((await fetch(icon.href)).ok).to.equal(true);
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
    expect(copied).to.match(/<standpoint-statement [^>]*>\n {2}<p><a href="https:\/\/coalition\.test\/standpoint\/2025-08-13">Приклад: [^<]+<\/a><\/p>\n<\/standpoint-statement>/);
    expect(copied).to.contain('<p><a href="https://coalition.test/standpoint/2025-08-13">Підписантів: 148</a></p>');

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

  it('offers every widget, and every attribute that the widgets document, worded in both languages', async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    // The builder's own modules, as the page loads them (plain JavaScript, no types).
    const { COMMON_OPTIONS, WIDGET_OPTIONS } = (await import(String('/builder/options.js'))) as {
      COMMON_OPTIONS: Record<string, string | null>;
      WIDGET_OPTIONS: Record<string, { options: { name: string; choices?: string[] }[] }>;
    };
    const { STRINGS } = (await import(String('/builder/strings.js'))) as { STRINGS: Record<'en' | 'uk', StringTable> };
    const tags: string[] = manifest.modules.flatMap((module: any) => (module.declarations ?? []).map((declaration: any) => declaration.tagName).filter(Boolean));
    expect(tags).to.have.length(6);
    expect(Object.keys(WIDGET_OPTIONS).sort()).to.deep.equal([...tags].sort());
    for (const module of manifest.modules) {
      for (const declaration of module.declarations ?? []) {
        const tag: string | undefined = declaration.tagName;
        if (!tag) continue;
        const offered = new Set([...Object.keys(COMMON_OPTIONS), ...WIDGET_OPTIONS[tag].options.map((option) => option.name)]);
        for (const attribute of declaration.attributes ?? []) {
          expect(offered.has(attribute.name), `<${tag} ${attribute.name}> in the builder`).to.equal(true);
        }
      }
    }
    // Every widget, option and choice has its words in English and in Ukrainian.
    for (const lang of ['en', 'uk'] as const) {
      const widgets = STRINGS[lang].widgets as any;
      for (const [tag, { options }] of Object.entries(WIDGET_OPTIONS)) {
        expect(widgets[tag]?.title, `${lang}: the name of <${tag}>`).to.be.a('string');
        expect(widgets[tag]?.description, `${lang}: what <${tag}> shows`).to.be.a('string');
        for (const option of options) {
          expect(widgets[tag].options[option.name]?.label, `${lang}: <${tag} ${option.name}>`).to.be.a('string');
          for (const choice of option.choices ?? []) {
            expect(widgets[tag].options[option.name].choices?.[choice], `${lang}: <${tag} ${option.name}="${choice}">`).to.be.a('string');
          }
        }
      }
    }
    // The options every element takes are on the page.
    const { doc } = await openBuilder();
    for (const id of Object.values(COMMON_OPTIONS)) if (id) expect(doc.getElementById(id), `#${id}`).to.not.equal(null);
  });

  it('offers the whole standpoint in one element, with its parts, and previews it', async () => {
    const { doc, win } = await openBuilder({ lang: 'uk' });
    await pasteFeed(doc, await sampleFeed());
    for (const tag of ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share']) setOption(doc, `widget-${tag}`, false);
    setOption(doc, 'widget-standpoint-embed', true);
    expect(field(doc, 'options-standpoint-embed').hidden).to.equal(false);
    expect(field(doc, 'options-standpoint-embed').querySelector('legend')!.textContent).to.equal('Налаштування всієї позиції');
    setOption(doc, 'standpoint-embed-sections-demands', false);
    setOption(doc, 'standpoint-embed-sections-share', false);
    setOption(doc, 'standpoint-embed-heading-level', '3');

    const snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    const integrity = await (await fetch('/dist/cdn/integrity.json')).json();
    // Alone on the page: its own bundle, with its own hash.
    expect(snippet).to.contain(`/dist/cdn/standpoint-embed.js" integrity="${integrity['standpoint-embed.js']}" crossorigin="anonymous"></script>`);
    expect(snippet).to.contain('<standpoint-embed src="/standpoint/feed.json" lang="uk" sections="statement counter" heading-level="3">');
    expect(snippet).to.match(/<standpoint-embed [^>]*>\n {2}<p><a href="https:\/\/coalition\.test\/standpoint\/2025-08-13">Приклад: [^<]+<\/a><\/p>\n<\/standpoint-embed>/);

    const embed = field(doc, 'preview').querySelector('standpoint-embed')!;
    await waitUntil(() => rendered(embed), 'the embed renders the pasted feed', { timeout: 8000 });
    const parts = () => [...embed.shadowRoot!.querySelectorAll('[part~="statement"], [part~="demands"], [part~="counter"], [part~="share"]')];
    expect(parts().map((part) => part.localName)).to.deep.equal(['standpoint-statement', 'standpoint-counter']);
    await waitUntil(() => parts().every(rendered), 'its parts render');
    expect(parts()[0].shadowRoot!.querySelector('h3')).to.not.equal(null);

    // Every part ticked again is the element's default: no attribute.
    setOption(doc, 'standpoint-embed-sections-demands', true);
    setOption(doc, 'standpoint-embed-sections-share', true);
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.not.contain('sections=');
    // Nothing ticked also shows every part, so no empty attribute is written either.
    for (const part of ['statement', 'demands', 'counter', 'share']) setOption(doc, `standpoint-embed-sections-${part}`, false);
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.not.contain('sections=');
    expect(win.__violations).to.deep.equal([]);
  });

  it('offers the other materials of the feed, and its snippet works beside the embed when pasted', async () => {
    const { doc, win } = await openBuilder();
    await pasteFeed(doc, await sampleFeed());
    for (const tag of ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share']) setOption(doc, `widget-${tag}`, false);
    setOption(doc, 'widget-standpoint-related', true);
    setOption(doc, 'standpoint-related-limit', '1');
    setOption(doc, 'option-src', '/demo/sample-feed.json');
    field(doc, 'option-src').dispatchEvent(new Event('input', { bubbles: true }));

    let snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    expect(snippet).to.match(/dist\/cdn\/standpoint-related\.js" integrity="sha384-[A-Za-z0-9+/=]+" crossorigin="anonymous"><\/script>/);
    // The fallback: a link to the feed's home page, in the widgets' language (Ukrainian here).
    expect(snippet).to.contain('<standpoint-related src="/demo/sample-feed.json" lang="uk" limit="1">\n  <p><a href="https://coalition.test/standpoint/">Інші матеріали</a></p>\n</standpoint-related>');

    const related = field(doc, 'preview').querySelector('standpoint-related')!;
    await waitUntil(() => rendered(related), 'the list renders the pasted feed', { timeout: 8000 });
    expect(related.shadowRoot!.querySelectorAll('[part~="item"]')).to.have.length(1);
    expect(related.shadowRoot!.querySelector('[part~="heading"]')!.textContent).to.equal('Інші матеріали');

    // Two elements: the bundle of all of them.
    setOption(doc, 'widget-standpoint-embed', true);
    snippet = field<HTMLTextAreaElement>(doc, 'snippet').value;
    expect(snippet).to.contain('/dist/cdn/standpoint-widgets.js"');
    expect([...field(doc, 'preview').children].map((element) => element.localName)).to.deep.equal(['standpoint-embed', 'standpoint-related']);

    const page = document.createElement('iframe');
    const loaded = new Promise((resolve) => page.addEventListener('load', resolve, { once: true }));
    page.srcdoc = `<!doctype html><html><head><meta charset="utf-8"><base href="${location.origin}/"></head><body>${snippet.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/standpoint-widgets@[^/]+\/dist\/cdn\//, '/dist/cdn/')}</body></html>`;
    document.body.append(page);
    await loaded;
    const pasted = [...page.contentDocument!.querySelectorAll('standpoint-embed, standpoint-related')];
    expect(pasted).to.have.length(2);
    await waitUntil(() => pasted.every(rendered), 'the pasted snippet renders both (the integrity hash matched)', { timeout: 8000 });
    expect(win.__violations).to.deep.equal([]);
  });

  it('speaks Ukrainian: its texts, <html lang>, the title, and a switch that keeps the choice in the address only', async () => {
    const { doc, win } = await openBuilder({ lang: 'uk' });
    expect(doc.documentElement.lang).to.equal('uk');
    expect(doc.title).to.equal('Конструктор віджетів · standpoint-widgets');
    expect(doc.querySelector('h1')!.textContent).to.equal('Конструктор віджетів');
    expect(field(doc, 'load-url').textContent).to.equal('Завантажити й перевірити');
    expect(doc.querySelector('label[for="option-lang"]')!.textContent).to.equal('Мова віджетів');
    expect(doc.querySelector('label[for="widget-standpoint-embed"]')!.textContent).to.equal('Уся позиція <standpoint-embed>');
    expect(doc.querySelector('label[for="widget-standpoint-related"]')!.textContent).to.equal('Інші матеріали <standpoint-related>');
    expect(field(doc, 'problems').getAttribute('aria-label')).to.equal('Проблеми в стрічці');
    expect(field(doc, 'check-summary').textContent).to.equal('Вставте стрічку, виберіть файл або завантажте її за адресою, щоб перевірити.');

    const feed = JSON.parse(await sampleFeed());
    feed.items[0]._standpoint.demands[2].status = 'done';
    await pasteFeed(doc, JSON.stringify(feed, null, 2));
    const problem = doc.querySelector('#problems > li')!;
    expect(problem.querySelector('.severity')!.textContent).to.equal('Попередження');
    expect(problem.querySelector('.go-to-line')!.textContent).to.match(/^Рядок \d+, стовпчик \d+$/);
    expect(problem.querySelector('.message')!.textContent).to.match(/^Попередження "status" має бути одним зі значень pending, .*; "done" серед них немає\.$/);
    expect(problem.querySelector('.effect')!.textContent).to.equal('Значення залишено як є.');

    // The switch: a link per language, named in that language, the current one marked.
    const links = [...doc.querySelectorAll<HTMLAnchorElement>('.language-switch a')];
    expect(links.map((link) => [link.textContent, link.lang, link.getAttribute('aria-current')])).to.deep.equal([
      ['Українська', 'uk', 'true'],
      ['English', 'en', null],
    ]);
    const snippetBefore = field<HTMLTextAreaElement>(doc, 'snippet').value;
    links[1].click();
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.title).to.equal('Embed builder · standpoint-widgets');
    expect(doc.querySelector('h1')!.textContent).to.equal('Embed builder');
    expect(field(doc, 'check-summary').textContent).to.equal('The widgets can show this feed, but 1 part is left out or kept as written: 1 warning.');
    expect(doc.querySelector('#problems .severity')!.textContent).to.equal('Warning');
    expect(links[1].getAttribute('aria-current')).to.equal('true');
    // Remembered in the address, the rest of which stays; what was entered stays too.
    const address = new URL(win.location.href);
    expect(address.searchParams.get('lang')).to.equal('en');
    expect(address.searchParams.get('csp')).to.equal('strict');
    expect(field<HTMLTextAreaElement>(doc, 'feed-text').value).to.contain('"done"');
    // The widgets' language is another setting: still Ukrainian, and the code unchanged.
    expect(field<HTMLSelectElement>(doc, 'option-lang').value).to.equal('uk');
    expect(field<HTMLTextAreaElement>(doc, 'snippet').value).to.equal(snippetBefore);
    expect(field(doc, 'preview').querySelector('standpoint-counter')!.getAttribute('lang')).to.equal('uk');
    // Nothing is stored.
    expect(win.localStorage.length).to.equal(0);
    expect(win.sessionStorage.length).to.equal(0);
    expect(doc.cookie).to.equal('');
  });

  it('takes its first language from the browser, and ?lang= over it', async () => {
    const { builderLanguage } = (await import(String('/builder/strings.js'))) as { builderLanguage: (requested: string | null, preferred?: string[]) => string };
    expect(builderLanguage(null, ['uk-UA', 'en'])).to.equal('uk');
    expect(builderLanguage(null, ['ru', 'uk'])).to.equal('uk');
    expect(builderLanguage(null, ['en-GB', 'uk'])).to.equal('en');
    expect(builderLanguage(null, ['de'])).to.equal('en');
    expect(builderLanguage(null, [])).to.equal('en');
    expect(builderLanguage('en', ['uk'])).to.equal('en');
    expect(builderLanguage('uk', ['en'])).to.equal('uk');
    expect(builderLanguage('fr', ['uk'])).to.equal('uk');

    const { doc, win } = await openBuilder({ lang: null });
    expect(doc.documentElement.lang).to.equal(builderLanguage(null, [...win.navigator.languages]));
    expect(new URL(win.location.href).searchParams.has('lang')).to.equal(false);
  });

  it('words counts with the Ukrainian plural forms', async () => {
    const { doc } = await openBuilder({ lang: 'uk' });
    const expected: Record<number, string> = {
      1: 'але 1 частину пропущено або залишено як є: 1 попередження.',
      3: 'але 3 частини пропущено або залишено як є: 3 попередження.',
      5: 'але 5 частин пропущено або залишено як є: 5 попереджень.',
      11: 'але 11 частин пропущено або залишено як є: 11 попереджень.',
      21: 'але 21 частину пропущено або залишено як є: 21 попередження.',
    };
    for (const [count, words] of Object.entries(expected)) {
      await pasteFeed(doc, await feedWithUnknownStatuses(Number(count)));
      expect(field(doc, 'check-summary').textContent).to.equal(`Віджети можуть показати цю стрічку, ${words}`);
      expect(doc.querySelectorAll('#problems > li')).to.have.length(Number(count));
    }

    // Problems that stop the widgets, counted the same way.
    const { summarizeProblems } = (await import(String('/builder/feed-report.js'))) as { summarizeProblems: (problems: object[], lang?: string) => string };
    const fatal = (count: number) => Array.from({ length: count }, () => ({ severity: 'fatal', path: '', message: '' }));
    expect([1, 3, 5, 11, 21].map((count) => summarizeProblems(fatal(count), 'uk'))).to.deep.equal([
      'Віджети не можуть показати цю стрічку: спершу виправте 1 проблему.',
      'Віджети не можуть показати цю стрічку: спершу виправте 3 проблеми.',
      'Віджети не можуть показати цю стрічку: спершу виправте 5 проблем.',
      'Віджети не можуть показати цю стрічку: спершу виправте 11 проблем.',
      'Віджети не можуть показати цю стрічку: спершу виправте 21 проблему.',
    ]);
    expect(summarizeProblems([...fatal(1), { severity: 'warning', path: '', message: '' }], 'uk')).to.equal(
      'Віджети не можуть показати цю стрічку: спершу виправте 1 проблему. Також є 1 попередження.',
    );
    // And a syntax error with brackets left open.
    await pasteFeed(doc, '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a"');
    expect(doc.querySelector('#problems .message')!.textContent).to.contain('Стрічка не є коректним JSON. Рядок 1, стовпчик 69: стрічка закінчується зарано: 3 дужки не закрито.');
  });

  it('leaves no English text on the page when Ukrainian is chosen', async () => {
    const { doc, win } = await openBuilder({ lang: 'uk' });
    const { STRINGS } = (await import(String('/builder/strings.js'))) as { STRINGS: Record<'en' | 'uk', StringTable> };
    // Names that are written the same in both languages; every other English text is a translator's job.
    const names = new Set(['Telegram', 'Viber', 'WhatsApp', 'Facebook', 'LinkedIn', 'Bluesky', 'utm_medium', 'utm_campaign']);
    // The words of each English text between its {parameters}.
    const english = flatten(STRINGS.en).flatMap(([key, values]) =>
      values.flatMap((value) =>
        value
          .split(/\{\w+\}/)
          .map((piece) => piece.trim())
          .filter((piece) => /[A-Za-z]{2}/.test(piece) && !names.has(piece))
          .map((piece) => ({ key, piece })),
      ),
    );
    expect(english.length).to.be.greaterThan(150);
    // A piece counts as a whole: "is" is not found in "history".
    const patterns = english.map(({ key, piece }) => ({ key, piece, pattern: new RegExp(`(?<![A-Za-z])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![A-Za-z])`) }));
    const englishOnPage = () =>
      visibleTexts(doc).flatMap((text) => patterns.filter(({ pattern }) => pattern.test(text)).map(({ key, piece }) => `${key}: "${piece}" in "${text}"`));

    // Before anything is entered.
    expect(englishOnPage()).to.deep.equal([]);

    // As much of the interface as a webmaster can bring up: every widget with its options, a file read,
    // problems with their fixes, the preview, and a copied snippet.
    for (const tag of ['standpoint-embed', 'standpoint-related']) setOption(doc, `widget-${tag}`, true);
    const feed = JSON.parse(await sampleFeed());
    feed.items[0]._standpoint.demands[2].status = 'done';
    feed.items[0].url = 'javascript:alert(1)';
    delete feed.items[1].id;
    const file = new win.DataTransfer();
    file.items.add(new win.File([JSON.stringify(feed, null, 2)], 'feed.json', { type: 'application/json' }));
    const input = field(doc, 'feed-file');
    input.files = file.files;
    input.dispatchEvent(new win.Event('change', { bubbles: true }));
    await waitUntil(() => field(doc, 'load-status').textContent === 'Прочитано файл feed.json.', 'the file was read', { timeout: 4000 });
    expect(doc.querySelectorAll('#problems > li')).to.have.length(3);
    Object.defineProperty(win.navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    field<HTMLButtonElement>(doc, 'copy-snippet').click();
    await waitUntil(() => field(doc, 'copy-status').dataset.tone === 'ok', 'the copy is confirmed');
    expect(englishOnPage()).to.deep.equal([]);

    // A feed the widgets cannot show, and a load that fails: the other half of the messages.
    await pasteFeed(doc, '{\n  "version": "https://jsonfeed.org/version/1.1",\n  "items": [\n    { "id": "a" },\n  ]\n}');
    field(doc, 'feed-url').value = 'javascript:alert(1)';
    field<HTMLButtonElement>(doc, 'load-url').click();
    expect(field(doc, 'load-status').textContent).to.equal('Напишіть повну адресу стрічки, що починається з https://.');
    expect(field(doc, 'preview-note').textContent).to.contain('резервний вміст');
    expect(englishOnPage()).to.deep.equal([]);

    // The check is real: back in English, the same walk finds English everywhere.
    doc.querySelector<HTMLAnchorElement>('.language-switch a[lang="en"]')!.click();
    expect(englishOnPage().length).to.be.greaterThan(50);
  });

  for (const lang of ['en', 'uk']) {
    it(`is accessible in ${lang === 'uk' ? 'Ukrainian' : 'English'}: labelled controls, headings, live regions`, async () => {
      const { frame, doc } = await openBuilder({ csp: false, lang });
      await pasteFeed(doc, '{"version": "https://jsonfeed.org/version/1.1", "items": [{"id": "a", "url": "ftp://x"}]}');
      // Every widget chosen, so the options of all six are on the page.
      for (const tag of ['standpoint-embed', 'standpoint-related']) setOption(doc, `widget-${tag}`, true);
      expect(doc.documentElement.lang).to.equal(lang);
      expect(await axeViolations(frame, doc)).to.deep.equal([]);
      for (const control of doc.querySelectorAll('input:not([type="hidden"]), select, textarea')) {
        expect((control as HTMLInputElement).labels?.length ?? 0, `a label for #${control.id}`).to.be.greaterThan(0);
      }
    });
  }
});
