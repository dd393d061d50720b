/**
 * `standpoint-widgets render`: static HTML made by Lit's server renderer,
 * judged in Chromium as readers meet it: the content is there before any
 * script (and with scripts off), and when the hydrating bundle arrives the
 * elements adopt the server's DOM: the same nodes, no layout shift, no
 * hydration error, and the widgets answer clicks.
 */
import assert from 'node:assert/strict';
import { createReadStream, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { describe, it } from 'node:test';
import { launchChromium, root, runCli, serve } from './helpers.mjs';

const WIDGETS = ['statement', 'demands', 'counter', 'share', 'embed', 'related'];
const FEED = join(root, 'demo', 'sample-feed.json');
const HYDRATE_BUNDLE = '/dist/cdn/standpoint-widgets-hydrate.js';

const rendered = new Map();

/** Runs `render` once per set of arguments (each run starts Node and the server renderer). */
function render(args) {
  const key = args.join('\0');
  if (!rendered.has(key)) {
    rendered.set(
      key,
      runCli(['render', ...args]).then((result) => {
        assert.equal(result.code, 0, result.stderr);
        return result;
      }),
    );
  }
  return rendered.get(key);
}

/** The rendered HTML of all six widgets, and the CSP style hashes the command printed. */
async function renderAll(lang, extra = {}) {
  const parts = [];
  const hashes = new Set();
  const results = await Promise.all(WIDGETS.map((widget) => render([FEED, '--widget', widget, '--lang', lang, ...(extra[widget] ?? [])])));
  for (const { stdout, stderr } of results) {
    parts.push(stdout);
    for (const hash of /style-src (.*)$/m.exec(stderr)?.[1].split(' ') ?? []) hashes.add(hash);
  }
  return { html: parts.join('\n'), hashes: [...hashes] };
}

/**
 * Serves a page of rendered widgets and the built files. The hydrating
 * bundle is held back until `release()`, so the test can look at the page as
 * it is before any script runs.
 */
async function servePage(t, body, { csp } = {}) {
  let release;
  const released = new Promise((resolveRelease) => (release = resolveRelease));
  const page = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>rendered</title>
<script type="module" src="${HYDRATE_BUNDLE}"></script></head>
<body><main>${body}</main></body></html>`;
  const origin = await serve(t, async (request, response) => {
    const path = new URL(request.url, 'http://x').pathname;
    if (path === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...(csp ? { 'content-security-policy': csp } : {}) });
      return response.end(page);
    }
    if (path === '/favicon.ico') return response.writeHead(204).end();
    if (!path.startsWith('/dist/cdn/')) return response.writeHead(404).end();
    if (path === HYDRATE_BUNDLE) await released;
    response.writeHead(200, { 'content-type': extname(path) === '.js' ? 'text/javascript' : 'application/octet-stream' });
    createReadStream(join(root, path)).on('error', () => response.end()).pipe(response);
  });
  return { url: `${origin}/page.html`, release };
}

/** Console errors, warnings and uncaught errors of a page. */
function collectProblems(page) {
  const problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(String(error)));
  return problems;
}

describe('render: the HTML', () => {
  it('writes each widget as a declarative shadow root with its data and fallback', async () => {
    for (const widget of WIDGETS) {
      const { stdout, stderr } = await render([FEED, '--widget', widget, '--lang', 'uk']);
      const tag = `standpoint-${widget}`;
      assert.match(stdout, new RegExp(`^<${tag}\\s+lang="uk"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`));
      assert.match(stdout, /<\/template>\n {2}<script type="application\/json">\{"version":"https:\/\/jsonfeed\.org\/version\/1\.1"/);
      // The fallback links to the standpoint; "other materials" to the feed's home page.
      const href = widget === 'related' ? 'https://example\\.org/standpoint/' : 'https://example\\.org/standpoint/2025-08-13[^"]*';
      assert.match(stdout, new RegExp(`\\n {2}<p><a href="${href}">[^<]+</a></p>\\n</${tag}>\\n$`));
      assert.match(stderr, /standpoint-widgets-hydrate\.js/);
      assert.match(stderr, /style-src 'sha256-[A-Za-z0-9+/]+='/);
    }
    const counter = (await render([FEED, '--widget', 'counter', '--lang', 'uk'])).stdout;
    assert.match(counter, /148/);
    const demands = (await render([FEED, '--widget', 'demands', '--lang', 'en', '--attr', 'legend', '--attr', 'heading-level=3'])).stdout;
    assert.match(demands, /^<standpoint-demands\s+lang="en" legend heading-level="3"/);
    assert.match(demands, /<h3 part="heading"/);
    assert.equal(demands.match(/<li part="item"/g)?.length, 6);
  });

  it('never lets feed text out of its place: no markup, no end of the data script', async (t) => {
    const feed = JSON.parse(readFileSync(FEED, 'utf8'));
    feed.items[0].title = 'Title</script><script>alert(1)</script><img src=x onerror=alert(2)>';
    feed.items[0]._standpoint.translations.uk.title = feed.items[0].title;
    const { code, stdout } = await runCli(['render', '-', '--widget', 'statement', '--lang', 'uk'], { input: JSON.stringify(feed) });
    assert.equal(code, 0);
    assert.doesNotMatch(stdout, /<script>alert|<img src=x/);
    assert.equal(stdout.match(/<\/script>/g).length, 1, 'only the data script ends');
    assert.match(stdout, /Title&lt;\/script&gt;&lt;script&gt;alert\(1\)/);
    assert.match(stdout, /"title":"Title\\u003c\/script>\\u003cscript>alert\(1\)/);
    t.diagnostic('hostile title stays text');
  });

  it('refuses what it cannot render, with exit codes', async () => {
    const usage = [
      ['render', FEED],
      ['render', FEED, '--widget', 'petition'],
      ['render', FEED, '--widget', 'counter', '--attr', 'src=/feed.json'],
      ['render', FEED, '--widget', 'counter', '--attr', 'on click=x'],
      ['render', FEED, '--widget', 'counter', '--lang', 'uk"><script>'],
    ];
    for (const args of usage) assert.equal((await runCli(args)).code, 2, args.join(' '));
    const missingItem = await runCli(['render', FEED, '--widget', 'counter', '--item', 'nope']);
    assert.equal(missingItem.code, 1);
    assert.match(missingItem.stderr, /no item with the id "nope"/);
    const broken = await runCli(['render', '-', '--widget', 'counter'], { input: '{"items": []}' });
    assert.equal(broken.code, 1);
    assert.match(broken.stderr, /The widgets cannot show this feed/);
  });
});

describe('render: in the browser', () => {
  it('shows the content before any script, and with scripts off', async (t) => {
    const { html } = await renderAll('uk');
    const { url, release } = await servePage(t, html);
    release();
    const browser = await launchChromium(t);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(url);
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('main > *')].map((element) => ({
        tag: element.localName,
        // With the widgets inside the embed's shadow root, and theirs.
        text: (function deepText(root) {
          if (!root) return '';
          const nested = [...root.querySelectorAll('*')].map((node) => deepText(node.shadowRoot)).join(' ');
          return `${root.textContent} ${nested}`.replace(/\s+/g, ' ');
        })(element.shadowRoot),
        height: element.getBoundingClientRect().height,
        fallbackShown: [...element.children].some((child) => child.localName === 'a' && child.getBoundingClientRect().height > 0),
      })),
    );
    assert.deepEqual(seen.map((widget) => widget.tag), WIDGETS.map((widget) => `standpoint-${widget}`));
    for (const widget of seen) {
      assert.ok(widget.height > 40, `${widget.tag} takes its room before any script`);
      assert.equal(widget.fallbackShown, false, `${widget.tag}: the shadow root shows, not the fallback`);
    }
    assert.match(seen[0].text, /Приклад: гуманітарні питання/);
    assert.match(seen[1].text, /Звільнити всіх цивільних/);
    assert.match(seen[2].text, /148/);
    assert.match(seen[3].text, /Копіювати посилання/);
    assert.match(seen[4].text, /Звільнити всіх цивільних/);
    assert.match(seen[4].text, /148/);
    assert.match(seen[5].text, /Демонстраційний брифінг/);
  });

  it('hydrates: the same nodes, no layout shift, no error, and the widgets answer', async (t) => {
    const { html } = await renderAll('uk');
    const { url, release } = await servePage(t, html);
    const browser = await launchChromium(t);
    const page = await browser.newPage({ viewport: { width: 900, height: 800 } });
    // A browser with a share sheet (phones, Windows, macOS): the one place where
    // the first render in the browser could differ from the server's.
    await page.addInitScript(() => {
      navigator.share = async () => {};
      navigator.canShare = () => true;
    });
    const problems = collectProblems(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction((count) => document.querySelectorAll('main > *').length === count && document.readyState !== 'loading', WIDGETS.length);

    const before = await page.evaluate(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((entry) => entry.value))).observe({ type: 'layout-shift', buffered: true });
      const elements = [...document.querySelectorAll('main > *')];
      window.__nodes = elements.map((element) => element.shadowRoot.querySelector('[part~="base"]'));
      return elements.map((element) => {
        const { x, y, width, height } = element.getBoundingClientRect();
        return { tag: element.localName, box: [x, y, width, height].map(Math.round), upgraded: Boolean(customElements.get(element.localName)) };
      });
    });
    assert.ok(before.every((widget) => !widget.upgraded), 'no script has run yet');

    release();
    await page.waitForFunction(() => [...document.querySelectorAll('main > *')].every((element) => element.hasUpdated === true), null, { timeout: 15_000 });
    // Two frames for anything that would move after hydration.
    await page.evaluate(() => new Promise((resolveFrames) => requestAnimationFrame(() => requestAnimationFrame(resolveFrames))));
    const after = await page.evaluate(() => {
      const elements = [...document.querySelectorAll('main > *')];
      return {
        sameNodes: elements.map((element, index) => element.shadowRoot.querySelector('[part~="base"]') === window.__nodes[index] && window.__nodes[index].isConnected),
        boxes: elements.map((element) => {
          const { x, y, width, height } = element.getBoundingClientRect();
          return [x, y, width, height].map(Math.round);
        }),
        shifts: window.__shifts,
        shareButtons: elements[3].shadowRoot.querySelectorAll('[part="actions"] > button').length,
      };
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(after.sameNodes, WIDGETS.map(() => true), 'each element kept the server’s DOM');
    assert.deepEqual(after.boxes, before.map((widget) => widget.box), 'no element moved or changed size');
    assert.deepEqual(after.shifts, [], 'no layout shift');
    // The share sheet appears once the element has hydrated.
    assert.equal(after.shareButtons, 2);

    // The widgets answer: the share card copies its link.
    await page.evaluate(() => {
      window.__copied = [];
      Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (text) => void window.__copied.push(text) } });
    });
    const share = page.locator('standpoint-share');
    await share.locator('[part="actions"] > button').first().click();
    await page.waitForFunction(() => window.__copied.length === 1);
    assert.match(await share.locator('[part~="status"]').first().textContent(), /скопійовано/i);
    const statusText = await page.evaluate(() => window.__copied[0]);
    assert.equal(statusText, 'https://example.org/standpoint/2025-08-13');
    assert.deepEqual(problems, []);
  });

  it('leaves an HTML text to the browser: "loading" from the server, sanitised after hydrating, with no mismatch', async (t) => {
    const feed = JSON.parse(readFileSync(FEED, 'utf8'));
    for (const body of [feed.items[0], ...Object.values(feed.items[0]._standpoint.translations)]) {
      delete body.content_text;
      body.content_html = '<p>Some <em>emphasis</em> and <a href="more">a link</a>.</p><script>window.__xss = true</script>';
    }
    const { code, stdout, stderr } = await runCli(['render', '-', '--widget', 'statement', '--lang', 'en'], { input: JSON.stringify(feed) });
    assert.equal(code, 0, stderr);
    assert.match(stdout, /<div part="content" class="content" aria-busy="true">/);
    assert.doesNotMatch(stdout.split('</template>')[0], /emphasis/, 'the shadow root holds no unsanitised markup');
    assert.match(stderr, /content_html/);
    assert.doesNotMatch(stderr, /could not|window is not defined/, 'no attempt to sanitise on the server');

    const { url, release } = await servePage(t, stdout);
    const browser = await launchChromium(t);
    const page = await browser.newPage();
    const problems = collectProblems(page);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => document.querySelector('standpoint-statement')?.shadowRoot?.querySelector('[aria-busy="true"]'));
    await page.evaluate(() => (window.__base = document.querySelector('standpoint-statement').shadowRoot.querySelector('[part~="base"]')));
    release();
    await page.waitForFunction(() => document.querySelector('standpoint-statement').shadowRoot.querySelector('[part~="content"] em'), null, { timeout: 15_000 });
    const after = await page.evaluate(() => {
      const root = document.querySelector('standpoint-statement').shadowRoot;
      return {
        sameNode: root.querySelector('[part~="base"]') === window.__base,
        link: root.querySelector('[part~="content"] a').getAttribute('href'),
        busy: root.querySelectorAll('[aria-busy]').length,
        script: root.querySelectorAll('[part~="content"] script').length + (window.__xss ? 1 : 0),
      };
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(after, { sameNode: true, link: 'https://example.org/standpoint/more', busy: 0, script: 0 });
  });

  it('works under a strict Content-Security-Policy with the style hashes it prints', async (t) => {
    const { html, hashes } = await renderAll('en');
    const policy = (styleSources) =>
      `default-src 'none'; script-src 'self'; style-src 'self' ${styleSources}; connect-src 'self'; img-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html dompurify`;
    const browser = await launchChromium(t);

    const look = async (csp) => {
      const { url, release } = await servePage(t, html, { csp });
      release();
      const page = await browser.newPage();
      await page.addInitScript(() => {
        window.__violations = [];
        document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective}`));
      });
      const problems = collectProblems(page);
      await page.goto(url);
      await page.waitForFunction(() => [...document.querySelectorAll('main > *')].every((element) => element.hasUpdated === true), null, { timeout: 15_000 });
      const result = await page.evaluate(() => ({
        violations: window.__violations,
        // The counter's number is large only when its styles apply.
        countSize: Number.parseFloat(getComputedStyle(document.querySelector('standpoint-counter').shadowRoot.querySelector('.count')).fontSize),
        bodySize: Number.parseFloat(getComputedStyle(document.body).fontSize),
      }));
      await page.close();
      return { ...result, problems };
    };

    const allowed = await look(policy(hashes.join(' ')));
    assert.deepEqual(allowed.violations, []);
    assert.deepEqual(allowed.problems, []);
    assert.ok(allowed.countSize > allowed.bodySize * 2, `styled: ${allowed.countSize}px`);

    // Without the hashes the same page is unstyled: they are what makes it work.
    const refused = await look(policy(''));
    assert.ok(refused.violations.includes('style-src-elem'), refused.violations.join());
    assert.ok(refused.countSize <= refused.bodySize, 'unstyled without the hashes');
  });
});
