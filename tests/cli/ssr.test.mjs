/**
 * `standpoint-widgets/ssr` as a build script calls it (dist/ssr.js in this
 * process, no CLI): every widget, the options, one shared data script, and
 * the errors a build must be able to tell apart. Hydration of what it writes
 * is judged in Chromium by render.test.mjs (the CLI runs on it) and by the
 * consumer test (a Vite app).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import { root } from './helpers.mjs';

const { RENDERABLE_WIDGETS, RenderError, renderFeedData, renderWidget } = await import(pathToFileURL(join(root, 'dist/ssr.js')).href);
const text = readFileSync(join(root, 'demo', 'sample-feed.json'), 'utf8');
const feed = JSON.parse(text);

/** The JSON of the element's own data script, if it has one. */
const dataOf = (html) => {
  const json = /<\/template>\n {2}<script type="application\/json">(.*?)<\/script>/s.exec(html)?.[1];
  return json === undefined ? undefined : JSON.parse(json);
};

describe('renderWidget', () => {
  it('renders each of the six widgets from the feed text or the parsed data', async () => {
    assert.equal(RENDERABLE_WIDGETS.length, 6);
    for (const tag of RENDERABLE_WIDGETS) {
      for (const input of [text, feed]) {
        const result = await renderWidget(tag, { feed: input, lang: 'uk' });
        // (Attributes a widget reflects, such as the counter's `variant`, come after the given ones.)
        assert.ok(new RegExp(`^<${tag} lang="uk"[^>]*><template shadowroot="open" shadowrootmode="open"><style>`).test(result.html), `${tag}: ${result.html.slice(0, 120)}`);
        assert.ok(result.html.endsWith(`</${tag}>`), `${tag} ends with its end tag`);
        assert.equal(result.lang, 'uk');
        assert.ok(result.styleHashes.length >= 1 && result.styleHashes.every((hash) => /^'sha256-[A-Za-z0-9+/]+=*'$/.test(hash)), tag);
        assert.deepEqual(result.problems, []);
      }
    }
  });

  it('gives each widget the data it shows: its item, or the whole feed for the lists of other items', async () => {
    for (const tag of RENDERABLE_WIDGETS) {
      const { html } = await renderWidget(tag, { feed, lang: 'en' });
      const expected = tag === 'standpoint-related' || tag === 'standpoint-embed' ? feed.items.length : 1;
      assert.equal(dataOf(html).items.length, expected, tag);
    }
    const { html } = await renderWidget('standpoint-statement', { feed, item: feed.items[1].id, lang: 'en' });
    assert.ok(html.startsWith(`<standpoint-statement lang="en" item="${feed.items[1].id}"`), html.slice(0, 120));
    assert.equal(dataOf(html).items[0].id, feed.items[1].id);
  });

  it('writes attributes, the language of the item by default, and a fallback link', async () => {
    const { html, lang } = await renderWidget('standpoint-demands', { feed, attributes: { legend: true, compact: false, 'heading-level': 3, note: 'a "quoted" <value>' } });
    assert.equal(lang, feed.items[0].language ?? feed.language ?? 'en');
    assert.ok(html.startsWith(`<standpoint-demands lang="${lang}" legend heading-level="3" note="a &quot;quoted&quot; &lt;value&gt;"`), html.slice(0, 160));
    assert.match(html, /<h3 part="heading"/);
    assert.match(html, new RegExp(`\\n {2}<p><a href="${feed.items[0].url}">[^<]+</a></p>\\n</standpoint-demands>$`));
    const custom = await renderWidget('standpoint-counter', { feed, lang: 'en', fallback: '<p>Our count</p>' });
    assert.match(custom.html, /\n {2}<p>Our count<\/p>\n<\/standpoint-counter>$/);
  });

  it('lets several widgets share one data script', async () => {
    const data = renderFeedData(text, { id: 'standpoint-feed' });
    assert.match(data, /^<script type="application\/json" id="standpoint-feed">\{"version":"https:\/\/jsonfeed\.org\/version\/1\.1"/);
    const { html } = await renderWidget('standpoint-counter', { feed: text, lang: 'uk', dataId: 'standpoint-feed' });
    assert.ok(/^<standpoint-counter lang="uk" src="#standpoint-feed"[ >]/.test(html), html.slice(0, 120));
    assert.equal(dataOf(html), undefined, 'no copy of its own');
    assert.ok(html.includes('148'), 'the count');
  });

  it('links the styles instead of writing them in, one file per distinct stylesheet', async () => {
    const { html, stylesheets, styleHashes } = await renderWidget('standpoint-embed', { feed, lang: 'en', stylesheetUrl: (name) => `/assets/${name}?v=1&x="` });
    assert.doesNotMatch(html, /<style>/);
    assert.deepEqual(styleHashes, []);
    assert.ok(stylesheets.length >= 2, 'the embed and the widgets inside it');
    for (const { name, css } of stylesheets) {
      assert.match(name, /^standpoint-[0-9a-f]{12}\.css$/);
      assert.ok(css.includes(':host'), name);
      assert.ok(html.includes(`<link rel="stylesheet" href="/assets/${name}?v=1&amp;x=&quot;">`), `${name} is linked, its address escaped`);
    }
    const again = await renderWidget('standpoint-counter', { feed, lang: 'uk', stylesheetUrl: (name) => `/assets/${name}` });
    const counterSheet = again.stylesheets[0];
    assert.ok(stylesheets.some((sheet) => sheet.name === counterSheet.name), 'the same widget links the same file in another language');
  });

  it('never lets feed text out of its place', async () => {
    const hostile = structuredClone(feed);
    hostile.items[0].title = 'Title</script><script>alert(1)</script>';
    for (const translation of Object.values(hostile.items[0]._standpoint.translations)) translation.title = hostile.items[0].title;
    const { html } = await renderWidget('standpoint-statement', { feed: hostile, lang: 'en' });
    assert.equal(html.match(/<\/script>/g).length, 1, 'only the data script ends');
    assert.doesNotMatch(html, /<script>alert/);
    assert.match(renderFeedData(hostile, { id: 'data' }), /Title\\u003c\/script>/);
  });

  it('throws a RenderError with a code for what it cannot render', async () => {
    const cases = [
      [['standpoint-petition', { feed }], 'unknown-widget'],
      [['standpoint-counter', { feed: 'not json at all' }], 'not-json'],
      [['standpoint-counter', { feed: { items: [] } }], 'not-a-feed'],
      [['standpoint-counter', { feed, item: 'nope' }], 'no-such-item'],
      [['standpoint-counter', { feed, attributes: { src: '/feed.json' } }], 'bad-attribute'],
      [['standpoint-counter', { feed, attributes: { 'on click': 'x' } }], 'bad-attribute'],
      [['standpoint-counter', { feed, lang: 'uk"><script>' }], 'bad-language'],
      [['standpoint-counter', { feed, dataId: 'a"b' }], 'bad-data-id'],
    ];
    for (const [args, code] of cases) {
      await assert.rejects(renderWidget(...args), (error) => error instanceof RenderError && error.code === code, `${code}: ${JSON.stringify(args[1]).slice(0, 60)}`);
    }
    const notAFeed = await renderWidget('standpoint-counter', { feed: { items: [] } }).catch((error) => error);
    assert.ok(notAFeed.problems.length > 0, 'the validation problems come with it');
  });
});
