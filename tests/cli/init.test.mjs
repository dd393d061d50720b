/**
 * `standpoint-widgets init`: the starter feed and page a webmaster begins
 * with. The feed must pass the validator untouched, the page must pin the
 * published bundle with its hash, and the self-hosted page must work in a
 * browser under a strict Content-Security-Policy without one request to
 * another host.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { CONTENT_SECURITY_POLICY } from '../../bin/csp.mjs';
import { launchChromium, root, runCli, scratchFolder, serveFolder } from './helpers.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const integrity = JSON.parse(readFileSync(join(root, 'dist', 'cdn', 'integrity.json'), 'utf8'));
const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share'];

describe('init', () => {
  it('writes a starter feed that passes the validator, in Ukrainian with an English translation', async (t) => {
    const folder = scratchFolder(t);
    const { code, stdout } = await runCli(['init', folder]);
    assert.equal(code, 0);
    assert.match(stdout, /Wrote .*feed\.json and .*index\.html\./);
    assert.match(stdout, /npx standpoint-widgets validate/);

    // Valid as it is; what is left to write is listed as reminders, and --strict insists on them.
    const check = await runCli(['validate', join(folder, 'feed.json')]);
    assert.equal(check.code, 0, check.stdout);
    assert.match(check.stdout, /The widgets can show every part of this feed\. Before you publish, look at \d+ reminders\./);
    assert.match(check.stdout, /"\(замініть\)", a placeholder from the starter feed/);
    assert.doesNotMatch(check.stdout, /untranslated|translation has no/);
    assert.equal((await runCli(['validate', join(folder, 'feed.json'), '--strict'])).code, 1);

    const feed = JSON.parse(readFileSync(join(folder, 'feed.json'), 'utf8'));
    const [item] = feed.items;
    assert.equal(item.language, 'uk');
    const demands = item._standpoint.demands;
    assert.equal(demands.length, 6);
    assert.ok(demands.every((demand) => demand.status === 'pending' && /[а-яіїєґ]/i.test(demand.text)));
    const english = item._standpoint.translations.en;
    assert.deepEqual(Object.keys(english.demands), demands.map((demand) => demand.id));
    assert.ok(Object.values(english.demands).every((demand) => /^[A-Z][a-z]/.test(demand.text)));
    assert.match(english.title, /\(replace with your title\)$/);
    // A sample join link, in both languages, that the reminders list until it is replaced.
    assert.match(item._standpoint.join.url, /^https:\/\/example\.org\//);
    assert.match(item._standpoint.join.text, /\(замініть\)$/);
    assert.match(english.join.text, /\(replace\)$/);
    assert.match(check.stdout, /items\[0\]\._standpoint\.join\.text\n/);
    assert.match(check.stdout, /items\[0\]\._standpoint\.translations\.en\.join\.text\n/);
  });

  it('makes English the feed’s own language with --lang en', async (t) => {
    const folder = scratchFolder(t);
    assert.equal((await runCli(['init', folder, '--lang', 'en'])).code, 0);
    const feed = JSON.parse(readFileSync(join(folder, 'feed.json'), 'utf8'));
    assert.equal(feed.items[0].language, 'en');
    assert.ok(feed.items[0]._standpoint.translations.uk);
    assert.match(readFileSync(join(folder, 'index.html'), 'utf8'), /<html lang="en">/);
    assert.equal((await runCli(['init', folder, '--lang', 'de', '--force'])).code, 2);
  });

  it('writes a page that loads the pinned bundle with its SRI hash and shows all four widgets with fallbacks', async (t) => {
    const folder = scratchFolder(t);
    await runCli(['init', folder]);
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    const script = `<script type="module" src="https://cdn.jsdelivr.net/npm/standpoint-widgets@${pkg.version}/dist/cdn/standpoint-widgets.js" integrity="${integrity['standpoint-widgets.js']}" crossorigin="anonymous"></script>`;
    assert.ok(page.includes(script), page);
    for (const tag of WIDGETS) {
      assert.match(page, new RegExp(`<${tag} src="feed\\.json"[^>]*>\\n\\s+<p><a href="https://example\\.org/standpoint[^"]*">[^<]+</a></p>\\n\\s+</${tag}>`));
    }
    assert.match(page, /<html lang="uk">/);
  });

  it('keeps existing files unless --force', async (t) => {
    const folder = scratchFolder(t);
    writeFileSync(join(folder, 'feed.json'), '{"mine": true}');
    const refused = await runCli(['init', folder]);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, /Nothing was written: .*feed\.json already exists\. Use --force to overwrite\./);
    assert.equal(readFileSync(join(folder, 'feed.json'), 'utf8'), '{"mine": true}');
    assert.equal(existsSync(join(folder, 'index.html')), false);

    assert.equal((await runCli(['init', folder, '--force'])).code, 0);
    assert.notEqual(readFileSync(join(folder, 'feed.json'), 'utf8'), '{"mine": true}');
  });

  it('--self-host: a page that works in Chromium under a strict CSP and asks nothing of any other host', async (t) => {
    const folder = scratchFolder(t);
    const { code } = await runCli(['init', folder, '--self-host']);
    assert.equal(code, 0);
    const page = readFileSync(join(folder, 'index.html'), 'utf8');
    assert.match(page, /<script type="module" src="\.\/standpoint-widgets\/standpoint-widgets\.js"><\/script>/);
    assert.doesNotMatch(page, /jsdelivr/);
    assert.ok(existsSync(join(folder, 'standpoint-widgets', 'standpoint-widgets.js')));

    const origin = await serveFolder(t, folder, { 'content-security-policy': CONTENT_SECURITY_POLICY });
    const browser = await launchChromium(t);
    const context = await browser.newContext();
    const browserPage = await context.newPage();
    const foreign = [];
    const problems = [];
    browserPage.on('request', (request) => {
      if (!request.url().startsWith(origin)) foreign.push(request.url());
    });
    browserPage.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    browserPage.on('pageerror', (error) => problems.push(String(error)));
    await browserPage.goto(`${origin}/index.html`);
    await browserPage.waitForFunction(
      (tags) => tags.every((tag) => document.querySelector(tag)?.shadowRoot?.querySelector('[part~="base"]:not([part~="fallback"])')),
      WIDGETS,
      { timeout: 15_000 },
    );
    const counter = await browserPage.evaluate(() => document.querySelector('standpoint-counter').shadowRoot.textContent);
    assert.match(counter, /0\s*підписант/);
    assert.deepEqual(foreign, []);
    assert.deepEqual(problems, []);
  });
});
