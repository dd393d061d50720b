#!/usr/bin/env node
/**
 * Smoke test of the built Storybook (storybook-static/): opens every entry of
 * its index (each story, each widget's docs page, each MDX page) in Debian's
 * Chromium, and fails an entry when
 *   - it throws, logs a console error, or Storybook shows its error display;
 *   - a request fails (an HTTP error status or a network error), or goes
 *     anywhere but this machine: stories get their data from the `feed`
 *     property, an inline JSON child or fixtures Storybook serves itself;
 *   - a standpoint-* element stays empty (a Storybook build can exit 0 and
 *     render nothing: a dropped define import, untransformed decorators);
 *   - axe finds a violation. On a story it is the accessibility addon's own
 *     run, read from the story's reports, so an entry without that report
 *     fails too: the addon is proven to run on every story. On MDX pages,
 *     where the addon does not run, axe-core is injected here. A widget's
 *     docs page shows the same stories again (checked one by one already)
 *     around Storybook's own table, so axe is not run there;
 *   - a widget's docs page leaves out, or has no description for, anything
 *     its element exposes in the Custom Elements Manifest.
 * New stories are covered as they are added: the list comes from index.json.
 *
 *   node scripts/storybook-smoke.mjs [--dir storybook-static] [filter …]
 *
 * Prints a line per entry, the ids of the failing ones, and `N passed,
 * N failed`; records the counts as suite `storybook` (scripts/test-results.mjs).
 */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { startStaticServer } from '../bin/static-server.mjs';
import { formatCounts, recordResults } from './test-results.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from './chromium.mjs';

const started = performance.now();
const argv = process.argv.slice(2);
const dirIndex = argv.indexOf('--dir');
const root = resolve(dirIndex === -1 ? 'storybook-static' : argv.splice(dirIndex, 2)[1]);
const filters = argv;
// Generous: a shared CI machine can be many times slower than a laptop, and the Theming editor (a sample site
// with six widgets beside some sixty fields) is the largest page axe checks; a story that hangs still fails.
const STORY_TIMEOUT = 60_000;
const CONCURRENCY = 2;
// What the addon leaves out too: `region` asks for landmarks around all content, which a component on its own has not.
const AXE_DISABLED_RULES = ['region'];
/**
 * On an MDX page axe checks what this project wrote (prose, tables, code to
 * copy), not Storybook's own controls table, and not the story previews:
 * each story is checked on its own, by the addon.
 */
const AXE_DOCS_EXCLUDE = ['.docblock-argstable', '.docs-story'];
const axeSource = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let index;
try {
  index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8'));
} catch (error) {
  console.error(`Cannot read ${join(root, 'index.json')}: run \`npm run build-storybook\` first (${error.message})`);
  process.exit(1);
}
const allEntries = Object.values(index.entries);
const entries = allEntries.filter((entry) => !filters.length || filters.some((filter) => entry.id.includes(filter)));
/** A story of each file, through which a docs page finds its CSF file (and so its component). */
const storyOfFile = new Map(allEntries.filter((entry) => entry.type === 'story').map((entry) => [entry.importPath, entry.id]));

const server = await startStaticServer({
  mounts: [['/', root]],
  noFavicon: true,
  // Hashed assets never change: let the browser reuse them across stories.
  headers: ({ path }) => ({ 'Cache-Control': path.startsWith('/assets/') || path.startsWith('/sb-') ? 'max-age=3600, immutable' : 'no-cache' }),
});
const { origin } = server;

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: CHROMIUM_FLAGS,
});
const context = await browser.newContext({ viewport: { width: 1000, height: 800 } });

/**
 * Runs in the page before Storybook: keeps what STORY_FINISHED reports for
 * each story (its status and the addons' reports, the a11y one among them).
 * The channel is caught as Storybook assigns it, so no story can finish
 * before the listener is there.
 */
function recordFinishedStories() {
  window.__smokeFinished = {};
  let channel;
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      channel.on('storyFinished', ({ storyId, status, reporters }) => {
        window.__smokeFinished[storyId] = { status, reporters: JSON.parse(JSON.stringify(reporters ?? [])) };
      });
    },
  });
}

/** One browser page per worker, reused: loading Storybook's preview once and switching stories
 * through its channel (as @storybook/test-runner does) is ten times faster than a page per story. */
/** @typedef {import('playwright-core').Page & { problems: string[] }} StoryPage a page with what went wrong on it */

/** @returns {Promise<StoryPage>} */
async function openPage() {
  const page = /** @type {StoryPage} */ (await context.newPage());
  await page.addInitScript(recordFinishedStories);
  page.problems = [];
  page.on('pageerror', (error) => page.problems.push(`threw: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') page.problems.push(`console error: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) page.problems.push(`request failed: HTTP ${response.status()} ${response.url()}`);
  });
  page.on('requestfailed', (request) => {
    const failure = request.failure()?.errorText ?? 'failed';
    // Requests off this machine are reported where they are blocked (below). An abort is the
    // page's own doing: the feed loader aborts a request when its last widget leaves the page.
    if (new URL(request.url()).origin !== origin || failure === 'net::ERR_ABORTED') return;
    page.problems.push(`request failed: ${failure} ${request.url()}`);
  });
  await page.route(
    (url) => url.origin !== origin,
    (route) => {
      page.problems.push(`network request to ${route.request().url()}`);
      return route.abort('blockedbyclient');
    },
  );
  return page;
}

/** In the page: axe on an MDX page, with the addon's settings; resolves to the violations. */
async function axeDocsPage(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(
    async ({ exclude, disabled }) => {
      const { violations } = await window.axe.run(
        { include: ['#storybook-docs'], exclude },
        { rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])) },
      );
      return violations.map(({ id, nodes }) => ({ id, targets: nodes.map((node) => node.target.join(' ')) }));
    },
    { exclude: AXE_DOCS_EXCLUDE, disabled: AXE_DISABLED_RULES },
  );
}

const formatViolation = ({ id, targets }) => `axe ${id}: ${targets.slice(0, 3).join(', ')}${targets.length > 3 ? ` (+${targets.length - 3})` : ''}`;

/** Shows one story or docs page; resolves to the problems found (empty when it passed). */
async function check(page, entry) {
  const docs = entry.type === 'docs';
  // Attached and unattached MDX pages are prose: they need not show a widget.
  const mdx = docs && entry.tags?.some((tag) => tag.endsWith('-mdx'));
  const problems = (page.problems = []);
  try {
    if (docs || !page.ready) {
      const url = `${origin}/iframe.html?id=${encodeURIComponent(entry.id)}&viewMode=${docs ? 'docs' : 'story'}`;
      await page.goto(url, { waitUntil: 'load', timeout: STORY_TIMEOUT });
    } else {
      await page.evaluate((storyId) => {
        delete window.__smokeFinished[storyId];
        window.__STORYBOOK_ADDONS_CHANNEL__.emit('setCurrentStory', { storyId, viewMode: 'story' });
      }, entry.id);
    }
    // A story has finished when STORY_FINISHED has come: after its play function and the addon's axe run.
    await page.waitForFunction(
      ({ id, docs }) => {
        if (document.body.classList.contains('sb-show-errordisplay')) return true;
        if (docs) return Boolean(document.querySelector('#storybook-docs .sbdocs-content'));
        return Boolean(window.__smokeFinished?.[id]);
      },
      { id: entry.id, docs },
      { timeout: STORY_TIMEOUT, polling: 50 },
    );
    const result = await page.evaluate(async ({ docs, mdx }) => {
      if (document.body.classList.contains('sb-show-errordisplay')) {
        const message = document.querySelector('#error-message')?.textContent?.trim();
        return { error: message || 'Storybook shows its error display' };
      }
      const container = document.querySelector(docs ? '#storybook-docs' : '#storybook-root');
      // Stories may put widgets inside a shadow root of their own (a themed page), so look through them.
      const widgets = [];
      const visit = (node) => {
        for (const element of node.querySelectorAll('*')) {
          if (element.localName.startsWith('standpoint-')) widgets.push(element);
          if (element.shadowRoot && !element.localName.startsWith('standpoint-')) visit(element.shadowRoot);
        }
      };
      visit(container);
      if (!widgets.length && !mdx) return { error: 'no standpoint-* element on the page' };
      const empty = [];
      for (const element of widgets) {
        if (!customElements.get(element.localName)) {
          empty.push(`<${element.localName}> is not defined`);
          continue;
        }
        // Give a first render a moment: feeds come from a property, inline JSON or this server, so this is quick.
        const deadline = performance.now() + 3000;
        while (!element.shadowRoot?.childElementCount && performance.now() < deadline) {
          await element.updateComplete;
          await new Promise((done) => setTimeout(done, 25));
        }
        if (!element.shadowRoot?.childElementCount) {
          empty.push(`<${element.localName}> rendered nothing`);
          continue;
        }
        // axe reads an MDX page as a whole: a widget still loading its feed has no heading yet, so the
        // page's heading order (and so the result) would depend on how fast this machine is. MDX pages
        // show no "Loading" story, so each widget there must settle.
        if (!mdx) continue;
        const settled = performance.now() + 10000;
        while (element.shadowRoot.querySelector('[aria-busy="true"]') && performance.now() < settled) {
          await new Promise((done) => setTimeout(done, 50));
          await element.updateComplete;
        }
        if (element.shadowRoot.querySelector('[aria-busy="true"]')) empty.push(`<${element.localName}> still loading its feed after 10 s`);
      }
      return { error: empty.join('; ') || undefined };
    }, { docs, mdx });
    if (result.error) problems.push(result.error);
    if (!result.error && !docs) {
      const { reporters } = await page.evaluate((id) => window.__smokeFinished[id], entry.id);
      const a11y = reporters.find((report) => report.type === 'a11y');
      if (!a11y) problems.push('the accessibility addon did not run on this story');
      else if (a11y.result?.error) problems.push(`the accessibility addon failed: ${JSON.stringify(a11y.result.error).slice(0, 200)}`);
      else for (const { id, nodes } of a11y.result.violations) problems.push(formatViolation({ id, targets: nodes.map((node) => node.target.join(' ')) }));
    }
    if (!result.error && mdx) for (const violation of await axeDocsPage(page)) problems.push(formatViolation(violation));
    if (!result.error && docs && !mdx && storyOfFile.has(entry.importPath)) {
      problems.push(...(await undocumented(page, storyOfFile.get(entry.importPath))));
    }
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  // After a failure or a docs page, start the next story on a freshly loaded preview.
  page.ready = !problems.length && !docs;
  return problems;
}

/**
 * What a widget's docs page leaves out: every attribute, property, event,
 * slot, CSS part and custom property in the manifest (as the preview hands it
 * to Storybook) must be a row of the page's table, in its own section, with a
 * description. Sections matter because Storybook keys rows by bare name: a
 * part named like an attribute would take the attribute's row. A property
 * that reflects an attribute of the same name shares the attribute's row.
 */
function undocumented(page, storyId) {
  return page.evaluate(async (storyId) => {
    const file = await window.__STORYBOOK_PREVIEW__.storyStoreValue.loadCSFFileByStoryId(storyId);
    const tag = file.meta.component;
    if (typeof tag !== 'string') return [];
    const manifest = window.__STORYBOOK_CUSTOM_ELEMENTS_MANIFEST__;
    const declaration = manifest?.modules?.flatMap((module) => module.declarations ?? []).find((candidate) => /** @type {import('custom-elements-manifest/schema').CustomElement} */ (candidate).tagName === tag);
    if (!declaration) return [`<${tag}> is not in the Custom Elements Manifest`];
    const sections = {
      attributes: ['attributes'],
      members: ['properties', 'attributes'],
      events: ['events'],
      slots: ['slots'],
      cssParts: ['css shadow parts'],
      cssProperties: ['css custom properties'],
    };
    const rows = new Set();
    let section = '';
    for (const row of document.querySelectorAll('#storybook-docs table.docblock-argstable tbody tr')) {
      const heading = /^Hide (.+) items$/.exec(row.getAttribute('title') ?? '');
      if (heading) section = heading[1];
      const name = row.querySelector('td:first-child > span:first-child')?.textContent?.trim();
      if (!heading && name) rows.add(`${section}|${name}`);
    }
    const problems = [];
    if (!declaration.description) problems.push(`<${tag}> has no description`);
    for (const [kind, listedUnder] of Object.entries(sections)) {
      for (const { name, description, kind: memberKind } of declaration[kind] ?? []) {
        if (memberKind === 'method') continue;
        if (!listedUnder.some((under) => rows.has(`${under}|${name}`))) problems.push(`docs page does not list ${kind} ${name}`);
        else if (!description) problems.push(`${kind} ${name} has no description in the element's JSDoc`);
      }
    }
    return problems;
  }, storyId);
}

let passed = 0;
let failed = 0;
// Stories first: they share one loaded preview; each docs page loads its own.
const queue = [...entries.filter((entry) => entry.type !== 'docs'), ...entries.filter((entry) => entry.type === 'docs')];
const lines = new Map();
const failures = [];
async function worker() {
  const page = await openPage();
  for (let entry = queue.shift(); entry; entry = queue.shift()) {
    const t0 = performance.now();
    const problems = await check(page, entry);
    const ms = Math.round(performance.now() - t0);
    const label = `${entry.title} › ${entry.name}${entry.type === 'docs' ? ' (docs)' : ''}`;
    if (problems.length) {
      failed += 1;
      failures.push(entry.id);
    } else {
      passed += 1;
    }
    // The first line of each problem is enough to find it; stacks point into minified chunks.
    const details = [...new Set(problems)].map((problem) => `\n       ${problem.split('\n')[0].slice(0, 240)}`).join('');
    lines.set(entry.id, `${problems.length ? 'FAIL' : 'ok  '} ${label} [${entry.id}] (${ms} ms)${details}`);
  }
  await page.close();
}

let exitCode = 1;
try {
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const entry of entries) console.log(lines.get(entry.id));
  if (failures.length) console.log(`\nFailing: ${entries.map((entry) => entry.id).filter((id) => failures.includes(id)).join(' ')}`);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  // A run that found nothing to open has not passed.
  if (!entries.length) failed += 1;
  console.log(`\n${entries.length} entries in ${seconds} s`);
  console.log(formatCounts({ passed, failed }));
  if (!filters.length) recordResults('storybook', { passed, failed, skipped: 0 });
  exitCode = failed ? 1 : 0;
} finally {
  await browser.close();
  await server.close();
}
process.exit(exitCode);
