#!/usr/bin/env node
/**
 * Smoke test of the built Storybook (storybook-static/): opens every story,
 * and every docs page, in Debian's Chromium and fails when one throws, logs a
 * console error, asks for anything off this machine, or leaves a
 * standpoint-* element with an empty shadow root. A story that shows a
 * fallback passes: the fallback is rendered content too.
 *
 * A Storybook build can exit 0 and still render nothing (a dropped define
 * import, untransformed decorators), so CI runs this after the build.
 * Accessibility is not checked here: axe runs in the unit tests.
 *
 *   node scripts/storybook-smoke.mjs [--dir storybook-static] [filter …]
 */
import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { chromium } from 'playwright-core';

const started = performance.now();
const argv = process.argv.slice(2);
const dirIndex = argv.indexOf('--dir');
const root = resolve(dirIndex === -1 ? 'storybook-static' : argv.splice(dirIndex, 2)[1]);
const filters = argv;
const STORY_TIMEOUT = 10_000;
const CONCURRENCY = 2;

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.txt': 'text/plain; charset=utf-8',
};

let index;
try {
  index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
} catch (error) {
  console.error(`Cannot read ${join(root, 'index.json')}: run \`npm run build-storybook\` first (${error.message})`);
  process.exit(1);
}
const entries = Object.values(index.entries).filter(
  (entry) => !filters.length || filters.some((filter) => entry.id.includes(filter)),
);

const server = createServer(async (request, response) => {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  // Chromium asks for one; a 404 here would show up as a console error in the first story.
  if (path === '/favicon.ico') {
    response.writeHead(204).end();
    return;
  }
  let file = normalize(join(root, path));
  if (file !== root && !file.startsWith(root + sep)) {
    response.writeHead(403).end();
    return;
  }
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
  } catch {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(200, {
    'content-type': types[extname(file)] ?? 'application/octet-stream',
    // Hashed assets never change: let the browser reuse them across stories.
    'cache-control': path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600, immutable' : 'no-cache',
  });
  createReadStream(file).pipe(response);
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const origin = `http://127.0.0.1:${server.address().port}`;

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });

/** One browser page per worker, reused: loading Storybook's preview once and switching stories
 * through its channel (as @storybook/test-runner does) is ten times faster than a page per story. */
async function openPage() {
  const page = await context.newPage();
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`threw: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  // Stories must render from the `feed` property or inline data: nothing leaves this machine.
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      page.problems.push(`network request to ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  return page;
}

/** Shows one story or docs page; resolves to the problems found (empty when it passed). */
async function check(page, entry) {
  const docs = entry.type === 'docs';
  const problems = (page.problems = []);
  try {
    if (docs || !page.ready) {
      // a11y.manual: axe runs in the unit tests; here it would only slow every story down.
      const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}&globals=a11y.manual:!true`;
      await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    } else {
      await page.evaluate((storyId) => {
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, entry.id);
    }
    await page.waitForFunction(
      ({ id, docs }) => {
        const render = window.__STORYBOOK_PREVIEW__?.currentRender;
        if (render?.id !== id) return false;
        if (document.body.classList.contains('sb-show-errordisplay')) return true;
        if (docs) return Boolean(document.querySelector('#storybook-docs .sbdocs-content'));
        return render.phase === 'finished' || render.phase === 'errored' || render.phase === 'aborted';
      },
      { id: entry.id, docs },
      { timeout: STORY_TIMEOUT, polling: 50 },
    );
    const result = await page.evaluate(async (docs) => {
      if (document.body.classList.contains('sb-show-errordisplay')) {
        const message = document.querySelector('#error-message')?.textContent?.trim();
        return { error: message || 'Storybook shows its error display' };
      }
      const container = document.querySelector(docs ? '#storybook-docs' : '#storybook-root');
      const elements = [...container.querySelectorAll('*')].filter((node) => node.localName.startsWith('standpoint-'));
      if (!elements.length) return { error: 'no standpoint-* element on the page' };
      const empty = [];
      for (const element of elements) {
        if (!customElements.get(element.localName)) {
          empty.push(`<${element.localName}> is not defined`);
          continue;
        }
        // Give a first render a moment: feeds come from a property, so this is quick.
        const deadline = performance.now() + 3000;
        while (!element.shadowRoot?.childElementCount && performance.now() < deadline) {
          await element.updateComplete;
          await new Promise((done) => setTimeout(done, 25));
        }
        if (!element.shadowRoot?.childElementCount) empty.push(`<${element.localName}> rendered nothing`);
      }
      return { error: empty.join('; ') || undefined };
    }, docs);
    if (result.error) problems.push(result.error);
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  // After a failure, start the next story on a freshly loaded preview.
  page.ready = !problems.length;
  return problems;
}

let passed = 0;
let failed = 0;
const queue = [...entries];
const lines = new Map();
async function worker() {
  const page = await openPage();
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const t0 = performance.now();
    const problems = await check(page, entry);
    const ms = Math.round(performance.now() - t0);
    const label = `${entry.title} › ${entry.name}${entry.type === 'docs' ? ' (docs)' : ''}`;
    if (problems.length) failed += 1;
    else passed += 1;
    // The first line of each problem is enough to find it; stacks point into minified chunks.
    const details = problems.map((problem) => `\n       ${problem.split('\n')[0].slice(0, 240)}`).join('');
    lines.set(entry.id, `${problems.length ? 'FAIL' : 'ok  '} ${label} (${ms} ms)${details}`);
  }
  await page.close();
}

let exitCode = 1;
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const entry of entries) console.log(lines.get(entry.id));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${passed} passed, ${failed} failed (${entries.length} entries in ${seconds} s)`);
  exitCode = failed || !entries.length ? 1 : 0;
} finally {
  await browser.close();
  await new Promise((done) => server.close(done));
}
process.exit(exitCode);
