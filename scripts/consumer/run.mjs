#!/usr/bin/env node
/**
 * `npm run test:consumer` (after `npm run build`): the package as its users
 * get it. `npm pack` makes the tarball; a fresh project under the system's
 * temporary folder installs it from the file, with vite, react, preact and
 * typescript from the registry (npm's cache makes a repeat run quick); then:
 *
 *   - README.md's CDN tags name this version and the hashes of the packed files;
 *   - the command line runs from the installed package (`signatories import`,
 *     whose CSV parser is a dependency of the package);
 *   - a plain HTML page with the README's module script tag (integrity
 *     included, so the browser checks the hash) renders every widget under a
 *     strict CSP with Trusted Types; the same with the classic script, whose
 *     lazy sanitiser chunk must load too;
 *   - a Vite app that imports one widget's subpath builds without the other
 *     widgets' code, with one copy of lit, and renders;
 *   - TypeScript type-checks an app (DOM, events, feed layer, every subpath
 *     with and without `.js`, React and Preact JSX) against the published
 *     declarations, bundler and NodeNext resolution, and a file that imports
 *     one widget's subpath alone (its events must be typed) and one with only
 *     a type-only import of the root (tags and events typed), `@ts-expect-error`
 *     marking what must be refused (`feed={42}`, `status="done"`, …);
 *   - a React 19 app renders <standpoint-counter> with attributes, a fresh but
 *     equal `feed` object on every render and an `onstandpoint-load` listener
 *     that sets state: one load event, no error, a bounded number of renders;
 *   - a build script renders all six widgets with `standpoint-widgets/ssr`
 *     (two more on one shared data script, their styles linked), a Vite app hydrates them with
 *     Lit's hydration support imported first, and Chromium finds every
 *     server node kept and no warning.
 *
 * Pages are opened in headless Chromium (CHROME_PATH or /usr/bin/chromium).
 * Prints `N passed, N failed`; records the suite `consumer`. KEEP_CONSUMER=1
 * keeps the temporary folder for a look; CONSUMER_ONLY=<regex> runs only
 * the matching tests.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { readmeProblems, cdnScriptTags } from '../readme-sync.mjs';
import { formatCounts, recordResults } from '../test-results.mjs';
import { serveFolder } from './static-server.mjs';
import { CHROMIUM_FLAGS, chromiumPath } from '../chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const started = performance.now();

/** The strict policy of the README, with the package served from the page's own origin. */
const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
  "base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html dompurify";
const FOUR = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

// ── running tests ────────────────────────────────────────────────────────────
const results = [];
// CONSUMER_ONLY=<regex> runs only the tests whose names match (while working on one).
const only = process.env.CONSUMER_ONLY ? new RegExp(process.env.CONSUMER_ONLY, 'i') : undefined;
async function test(name, body) {
  if (only && !only.test(name)) return;
  const start = performance.now();
  try {
    await body();
    results.push({ name, passed: true });
    console.log(`  ✓ ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, passed: false });
    console.log(`  ✗ ${name} (${((performance.now() - start) / 1000).toFixed(1)} s)\n${String(error?.stack ?? error).replace(/^/gm, '      ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

function finish() {
  const passed = results.filter((result) => result.passed).length;
  const failed = results.length - passed;
  recordResults('consumer', { passed, failed });
  console.log(`\nconsumer tests in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(formatCounts({ passed, failed }));
  return failed;
}

/**
 * Runs a command in `cwd`; rejects with its output when it fails.
 *
 * @param {string} command
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv }} [options]
 */
function run(command, args, { cwd, env } = {}) {
  return new Promise((resolveRun, rejectRun) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', rejectRun);
    child.on('exit', (code, signal) =>
      code === 0 ? resolveRun(output) : rejectRun(new Error(`${command} ${args.join(' ')} exited with ${code ?? signal}\n${output}`)),
    );
  });
}

// ── the project ──────────────────────────────────────────────────────────────
if (!existsSync(join(root, 'dist/cdn/integrity.json'))) {
  console.error('dist/ is missing or incomplete: run `npm run build` first.');
  results.push({ name: 'build present', passed: false });
  process.exit(finish() > 0 ? 1 : 0);
}

const work = mkdtempSync(join(tmpdir(), 'standpoint-consumer-'));
const project = join(work, 'project');
const cleanUp = () => {
  if (process.env.KEEP_CONSUMER) console.log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
};
process.on('exit', cleanUp);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));

console.log(`Packing and installing into ${project} …`);
const packed = spawnSync('npm', ['pack', '--pack-destination', work, '--json', '--ignore-scripts', '--loglevel=error'], { cwd: root, encoding: 'utf8' });
if (packed.status !== 0) {
  console.error(packed.stderr);
  results.push({ name: 'npm pack', passed: false });
  process.exit(finish() > 0 ? 1 : 0);
}
const tarball = JSON.parse(packed.stdout)[0].filename;

cpSync(join(here, 'apps'), project, { recursive: true });
const devVersion = (name) => pkg.devDependencies[name];
writeFileSync(
  join(project, 'package.json'),
  `${JSON.stringify(
    {
      name: 'standpoint-consumer',
      private: true,
      type: 'module',
      dependencies: {
        'standpoint-widgets': `file:../${tarball}`,
        // The app's own Lit code: the bundler must share one lit with the widgets.
        lit: pkg.dependencies.lit,
        react: '^19.0.0',
        'react-dom': '^19.0.0',
        preact: '^10.0.0',
        // The server renderer and hydration, for standpoint-widgets/ssr.
        '@lit-labs/ssr': devVersion('@lit-labs/ssr'),
        '@lit-labs/ssr-client': devVersion('@lit-labs/ssr-client'),
      },
      devDependencies: {
        vite: devVersion('vite'),
        typescript: devVersion('typescript'),
        '@types/react': '^19.0.0',
      },
    },
    null,
    2,
  )}\n`,
);

// The sample feed, one with a distinctive count for the React page, and one
// with `content_html` (so the statement loads the sanitiser chunk).
const sample = JSON.parse(readFileSync(join(root, 'demo/sample-feed.json'), 'utf8'));
const withHtml = structuredClone(sample);
delete withHtml.items[0].content_text;
withHtml.items[0].content_html = '<p>Kept <em>emphasis</em>.</p><img src="https://tracker.invalid/pixel.gif"><script>window.__xss = 1</script>';
const forReact = structuredClone(sample);
forReact.items[0]._standpoint.signatories.count = 777;
writeFileSync(join(project, 'html/feed.json'), JSON.stringify(sample));
writeFileSync(join(project, 'html/feed-html.json'), JSON.stringify(withHtml));
// git keeps no empty folders, so vite/public/ is made here.
mkdirSync(join(project, 'vite/public'), { recursive: true });
writeFileSync(join(project, 'vite/public/feed.json'), JSON.stringify(sample));
writeFileSync(join(project, 'react/feed.json'), JSON.stringify(forReact));
writeFileSync(join(project, 'ssr/feed.json'), JSON.stringify(sample));

const installStart = performance.now();
try {
  await run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], { cwd: project });
} catch (error) {
  console.error(error.message);
  results.push({ name: 'npm install of the tarball', passed: false });
  process.exit(finish() > 0 ? 1 : 0);
}
console.log(`Installed in ${((performance.now() - installStart) / 1000).toFixed(0)} s\n`);
const installed = join(project, 'node_modules/standpoint-widgets');
const bin = (name) => join(project, 'node_modules/.bin', name);

// ── Chromium ─────────────────────────────────────────────────────────────────
/** @type {import('playwright-core').Browser | undefined} */
let browser;
async function openPage(url) {
  browser ??= await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_FLAGS,
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.__violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  await page.goto(url);
  return { page, problems };
}

/** Waits until every element of `tags` on the page shows its content; returns each one's shadow text. */
async function renderedText(page, tags) {
  await page
    .waitForFunction(
      (names) =>
        names.every((name) => {
          const elements = [...document.querySelectorAll(name)];
          return elements.length > 0 && elements.every((element) => element.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])'));
        }),
      tags,
      { timeout: 15_000 },
    )
    .catch(async () => {
      const state = await page.evaluate(
        (names) => names.map((name) => `${name}: ${customElements.get(name) ? 'defined' : 'NOT DEFINED'}, ${document.querySelector(name)?.shadowRoot?.innerHTML.slice(0, 120) ?? 'no shadow root'}`),
        tags,
      );
      throw new Error(`not every widget rendered:\n${state.join('\n')}`);
    });
  return page.evaluate((names) => Object.fromEntries(names.map((name) => [name, document.querySelector(name).shadowRoot.textContent.replace(/\s+/g, ' ')])), tags);
}

// ── the tests ────────────────────────────────────────────────────────────────
const integrity = JSON.parse(readFileSync(join(installed, 'dist/cdn/integrity.json'), 'utf8'));
const readme = readFileSync(join(installed, 'README.md'), 'utf8');

await test('README: each CDN script tag names this version and the hash of the packed file', () => {
  for (const [file, hash] of Object.entries(integrity)) {
    const actual = `sha384-${createHash('sha384').update(readFileSync(join(installed, 'dist/cdn', file))).digest('base64')}`;
    assert(actual === hash, `dist/cdn/integrity.json is stale for ${file}: ${hash}, the file hashes to ${actual}`);
  }
  const problems = readmeProblems(readme, { version: pkg.version, integrity });
  assert(problems.length === 0, problems.join('\n'));
  const files = new Set(cdnScriptTags(readme).map((tag) => tag.file));
  for (const file of ['standpoint-widgets.js', 'standpoint-widgets.classic.js']) assert(files.has(file), `README.md has no script tag for ${file}`);
});

await test('the CLI from the tarball imports a Ukrainian spreadsheet of signatories (its CSV parser installed with it)', async () => {
  const folder = join(work, 'signatories');
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'feed.json'), JSON.stringify(sample, null, 2));
  writeFileSync(join(folder, 'list.csv'), '\ufeffНазва;Тип;Перевірено\r\nЗразкова організація зі встановленого пакета;організація;так\r\n');
  const output = await run(bin('standpoint-widgets'), ['signatories', 'import', 'list.csv', '--feed', 'feed.json'], { cwd: folder });
  assert(/^added {6}1$/m.test(output), `report: ${output}`);
  const list = JSON.parse(readFileSync(join(folder, 'feed.json'), 'utf8')).items[0]._standpoint.signatories.list;
  assert(list.at(-1)?.name === 'Зразкова організація зі встановленого пакета' && list.at(-1)?.verified === true, `last signatory: ${JSON.stringify(list.at(-1))}`);
});

/** The README's script tag for `file`, pointed at the installed package instead of the CDN. */
function readmeTag(file) {
  const tag = cdnScriptTags(readme).find((entry) => entry.file === file)?.tag;
  assert(tag, `README.md has no script tag for ${file}`);
  return `${tag.replace(/https:\/\/cdn\.jsdelivr\.net\/npm\/standpoint-widgets@[^/]+\//, '/node_modules/standpoint-widgets/')}</script>`;
}

const server = await serveFolder(project, { csp: STRICT_CSP });

for (const [label, file] of [
  ['module script', 'standpoint-widgets.js'],
  ['classic script', 'standpoint-widgets.classic.js'],
]) {
  await test(`plain page, README's ${label} with integrity: every widget renders under a strict CSP, HTML content sanitised`, async () => {
    const template = readFileSync(join(project, 'html/index.html'), 'utf8');
    const name = `html/${file.replace(/\.js$/, '')}.html`;
    writeFileSync(join(project, name), template.replace(/<!-- SCRIPT:[^>]*-->/, readmeTag(file)));
    const { page, problems } = await openPage(`${server.origin}/${name}`);
    try {
      const text = await renderedText(page, FOUR);
      assert(text['standpoint-counter'].includes('148') && /підписант/.test(text['standpoint-counter']), `counter text: ${text['standpoint-counter']}`);
      assert(text['standpoint-statement'].includes(sample.items[0].title), 'statement shows the item title');
      await page.waitForFunction(() => document.querySelector('#html-statement')?.shadowRoot?.querySelector('em'), null, { timeout: 15_000 });
      const html = await page.evaluate(() => {
        const shadow = /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('#html-statement')).shadowRoot);
        return { img: Boolean(shadow.querySelector('img, script')), xss: window.__xss ?? 0, violations: window.__violations };
      });
      assert(!html.img && html.xss === 0, 'the sanitiser removed the image and the script');
      assert(html.violations.length === 0, `CSP violations: ${html.violations.join(' | ')}`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
    }
  });
}

// The loader serves a page with one kind of element as that element's own file, and two or
// three kinds as the shared chunks: both paths, from the installed package, under the strict CSP.
for (const { label, tags } of [
  { label: 'one counter (its own file)', tags: ['standpoint-counter'] },
  { label: 'a counter and the demands (the shared chunks)', tags: ['standpoint-counter', 'standpoint-demands'] },
]) {
  await test(`plain page with ${label}, README's module script with integrity: renders under a strict CSP, loads only those widgets`, async () => {
    const name = `html/loader-${tags.length}.html`;
    const body = tags.map((tag) => `  <${tag} src="feed.json" lang="uk"></${tag}>`).join('\n');
    writeFileSync(join(project, name), `<!doctype html>\n<html lang="en">\n<head>\n  <meta charset="utf-8">\n  <title>Loader: ${tags.join(', ')}</title>\n  ${readmeTag('standpoint-widgets.js')}\n</head>\n<body>\n${body}\n</body>\n</html>\n`);
    const { page, problems } = await openPage(`${server.origin}/${name}`);
    try {
      const text = await renderedText(page, tags);
      assert(text['standpoint-counter'].includes('148'), `counter text: ${text['standpoint-counter']}`);
      const state = await page.evaluate(() => ({
        defined: ['standpoint-statement', 'standpoint-share', 'standpoint-embed', 'standpoint-related'].filter((tag) => customElements.get(tag)),
        preloads: [...document.querySelectorAll('link[rel="modulepreload"]')].map((link) => [link.getAttribute('href'), link.getAttribute('integrity')]),
        violations: window.__violations,
      }));
      assert(state.defined.length === 0, `widgets not on the page were defined: ${state.defined.join(', ')}`);
      assert(state.preloads.length > 0 && state.preloads.every(([, integrity]) => integrity?.startsWith('sha384-')), `preloads: ${JSON.stringify(state.preloads)}`);
      assert(state.violations.length === 0, `CSP violations: ${state.violations.join(' | ')}`);
      assert(problems.length === 0, problems.join('\n'));
    } finally {
      await page.close();
    }
  });
}

const viteOut = join(work, 'vite-dist');
await test('Vite app importing `standpoint-widgets/standpoint-counter.js`: only that widget and one lit in the bundle', async () => {
  await run(bin('vite'), ['build', '--outDir', viteOut, '--emptyOutDir', '--logLevel', 'warn'], { cwd: join(project, 'vite') });
  const assets = readdirSync(join(viteOut, 'assets')).filter((file) => file.endsWith('.js'));
  const code = assets.map((file) => readFileSync(join(viteOut, 'assets', file), 'utf8')).join('\n');
  // A widget's code is in the bundle when its registration (`define('<tag>', …)`)
  // or its styles (its own `--<tag>-…` custom properties) are. (The bare tag
  // name is not a sign: the event `standpoint-share` is shared.)
  const widgetIn = (tag) => new RegExp(`["'\`]${tag}["'\`],|--${tag}-`).test(code);
  assert(widgetIn('standpoint-counter'), 'the counter is in the bundle');
  const others = ['standpoint-statement', 'standpoint-demands', 'standpoint-share', 'standpoint-embed', 'standpoint-related'].filter(widgetIn);
  assert(others.length === 0, `other widgets in the bundle: ${others.join(', ')}`);
  assert(!/dompurify/i.test(code), 'DOMPurify is in the bundle, though the counter never sanitises HTML');
  const litCopies = code.match(/litHtmlVersions/g)?.length ?? 0;
  assert(litCopies === 1, `lit-html is in the bundle ${litCopies} times`);
});

await test('Vite app renders <standpoint-counter> from its feed', async () => {
  const vite = await serveFolder(viteOut);
  const { page, problems } = await openPage(`${vite.origin}/`);
  try {
    const text = await renderedText(page, ['standpoint-counter']);
    assert(text['standpoint-counter'].includes('148'), `counter text: ${text['standpoint-counter']}`);
    const banner = await page.evaluate(() => /** @type {Element} */ (document.querySelector('app-banner')).shadowRoot?.textContent);
    assert(banner === 'Our campaign', `the app's own Lit element renders beside it: ${banner}`);
    assert(problems.length === 0, problems.join('\n'));
  } finally {
    await page.close();
    await vite.close();
  }
});

for (const config of ['tsconfig.json', 'tsconfig.nodenext.json', 'tsconfig.per-widget.json', 'tsconfig.root-types.json']) {
  await test(`TypeScript (${config}): DOM, events, feed layer, subpaths, React and Preact JSX type-check against the published types`, async () => {
    await run(bin('tsc'), ['-p', config], { cwd: join(project, 'types') });
  });
}

await test('React 19 app: <standpoint-counter> with attributes, a fresh but equal `feed` object on every render and `onstandpoint-load` in state: one load, no error, bounded renders', async () => {
  const out = join(work, 'react-dist');
  await run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: join(project, 'react') });
  const react = await serveFolder(out);
  const { page, problems } = await openPage(`${react.origin}/`);
  try {
    const text = await renderedText(page, ['standpoint-counter']);
    assert(text['standpoint-counter'].includes('777'), `the count of the feed property: ${text['standpoint-counter']}`);
    assert(/підписант/.test(text['standpoint-counter']), 'lang="uk" reached the element');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'loaded ' + /** @type {import('../../src/feed/types.js').Feed} */ (/** @type {import('../../src/components/standpoint-counter/standpoint-counter.js').StandpointCounter} */ (document.querySelector('standpoint-counter')).feed).items[0].id, null, {
      timeout: 5_000,
    });
    const element = await page.evaluate(() => {
      const counter = /** @type {import('../../src/components/standpoint-counter/standpoint-counter.js').StandpointCounter} */ (document.querySelector('standpoint-counter'));
      return { goal: counter.goal, theme: counter.getAttribute('theme'), feedAttribute: counter.hasAttribute('feed'), requests: performance.getEntriesByType('resource').map((entry) => entry.name) };
    });
    assert(element.goal === 1000 && element.theme === 'light', `attributes and properties: ${JSON.stringify(element)}`);
    assert(!element.feedAttribute, 'feed was set as an attribute, not a property');
    assert(!element.requests.some((name) => name.endsWith('.json')), `no feed request when the feed is a property: ${element.requests.join(', ')}`);
    // A second of quiet: an element that took each equal copy for new data
    // would fire again on every render (thousands of renders a second).
    await page.waitForTimeout(1000);
    const counts = await page.evaluate(() => ({ renders: window.__renders, loads: window.__loads, errors: window.__errors }));
    console.log(`      React: ${counts.renders} renders, ${counts.loads} standpoint-load, errors ${JSON.stringify(counts.errors)}`);
    assert(counts.loads === 1, `one standpoint-load, not ${counts.loads}`);
    assert(counts.renders <= 3, `renders stay bounded: ${counts.renders}`);
    assert(counts.errors.length === 0, `no standpoint-error while React sets the feed: ${counts.errors.join(', ')}`);
    assert(problems.length === 0, problems.join('\n'));
  } finally {
    await page.close();
    await react.close();
  }
});

await test('Server rendering: `renderWidget` of standpoint-widgets/ssr renders all six widgets, which hydrate in a Vite app without a mismatch', async () => {
  const app = join(project, 'ssr');
  const sizes = JSON.parse(await run(process.execPath, ['render.mjs', 'feed.json', 'index.html'], { cwd: app }));
  assert(Object.keys(sizes).length === 6, `six widgets rendered: ${Object.keys(sizes).join(', ')}`);
  const out = join(work, 'ssr-dist');
  await run(bin('vite'), ['build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: app });
  const site = await serveFolder(out);
  browser ??= await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console: ${message.text()}`);
  });
  // The server's nodes, taken before any script runs, to compare after hydration.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState !== 'interactive' || window.__nodes) return;
      window.__nodes = [...document.querySelectorAll('main > [lang]')].map((element) => element.shadowRoot?.querySelector('[part~="base"]'));
    });
  });
  try {
    await page.goto(`${site.origin}/`);
    await page.waitForFunction(() => [.../** @type {NodeListOf<import('lit').ReactiveElement>} */ (document.querySelectorAll('main > [lang]'))].every((element) => element.hasUpdated === true), null, { timeout: 15_000 });
    const seen = await page.evaluate(() =>
      [...document.querySelectorAll('main > [lang]')].map((element, index) => {
        // Every widget here is rendered on the server, in a declarative shadow root.
        const shadow = /** @type {ShadowRoot} */ (element.shadowRoot);
        const before = /** @type {NonNullable<Window['__nodes']>} */ (window.__nodes)[index];
        return {
          tag: element.localName,
          sameNode: Boolean(before) && shadow.querySelector('[part~="base"]') === before,
          content: Boolean(shadow.querySelector('[part~="base"]:not([part~="fallback"])')),
        };
      }),
    );
    assert(seen.length === 8, `eight widgets on the page: ${seen.map((widget) => widget.tag).join(', ')}`);
    for (const widget of seen) assert(widget.sameNode && widget.content, `${widget.tag} kept the server's DOM and shows its content: ${JSON.stringify(widget)}`);
    const shared = await page.evaluate(() => {
      const root = /** @type {ShadowRoot} */ (/** @type {Element} */ (document.querySelector('#shared-standpoint-counter')).shadowRoot);
      return {
        text: String(root.textContent).replace(/\s+/g, ' '),
        links: root.querySelectorAll('link[rel="stylesheet"]').length,
        inlineStyles: root.querySelectorAll('style').length,
        // The number is large only when the linked styles apply.
        countSize: Number.parseFloat(getComputedStyle(/** @type {Element} */ (root.querySelector('.count'))).fontSize),
        bodySize: Number.parseFloat(getComputedStyle(document.body).fontSize),
      };
    });
    assert(/148/.test(shared.text) && /signator/i.test(shared.text), `the widget on the shared data script: ${shared.text.slice(0, 120)}`);
    assert(shared.links === 1 && shared.inlineStyles === 0 && shared.countSize > shared.bodySize * 2, `linked styles: ${JSON.stringify({ ...shared, text: undefined })}`);
    assert(problems.length === 0, problems.join('\n'));
  } finally {
    await page.close();
    await site.close();
  }
});

await server.close();
await browser?.close();
process.exit(finish() > 0 ? 1 : 0);
