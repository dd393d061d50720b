import { expect } from '@open-wc/testing';
import { buildEmbedSnippet, CDN_SCRIPT_URL, cdnUrl, escapeHtml, integrityOnPage } from '../../src/components/standpoint-share/embed-snippet.js';
import { LIBRARY_VERSION } from '../../src/version.js';

describe('the embed snippet', () => {
  it('is the CDN script of this version and a statement on the same feed, with a fallback link', () => {
    expect(
      buildEmbedSnippet({
        feedUrl: 'https://example.org/feed.json',
        itemId: 'standpoint-2025-08-13',
        linkUrl: 'https://example.org/standpoint',
        linkText: 'Read the standpoint',
      }),
    ).to.equal(
      `<script type="module" src="https://cdn.jsdelivr.net/npm/standpoint-widgets@${LIBRARY_VERSION}/dist/cdn/standpoint-statement.js"></script>\n\n` +
        '<standpoint-statement src="https://example.org/feed.json" item="standpoint-2025-08-13">\n' +
        '  <p><a href="https://example.org/standpoint">Read the standpoint</a></p>\n' +
        '</standpoint-statement>',
    );
  });

  it('keeps the integrity of the bundle the page loaded, with crossorigin', () => {
    const integrity = { 'standpoint-widgets.js': 'sha384-abc' };
    const whole = buildEmbedSnippet({ feedUrl: 'https://example.org/f.json', widget: 'standpoint-embed', linkUrl: 'https://example.org/s', linkText: 'S', integrity });
    expect(whole).to.equal(
      `<script type="module" src="${CDN_SCRIPT_URL}" integrity="sha384-abc" crossorigin="anonymous"></script>\n\n` +
        '<standpoint-embed src="https://example.org/f.json">\n  <p><a href="https://example.org/s">S</a></p>\n</standpoint-embed>',
    );
    const own = buildEmbedSnippet({ feedUrl: 'https://example.org/f.json', linkText: 'S', integrity: { ...integrity, 'standpoint-statement.js': 'sha384-own' } });
    expect(own, 'the smallest file when its hash is known').to.contain('standpoint-statement.js" integrity="sha384-own"');
  });

  it('finds the hashes of this version’s script tags on the page, and no others', () => {
    const page = document.createElement('div');
    page.innerHTML =
      `<script type="text/x-inert" src="${cdnUrl(LIBRARY_VERSION, 'standpoint-widgets.js')}" integrity="sha384-this"></script>` +
      `<script type="text/x-inert" src="${cdnUrl('0.0.1', 'standpoint-counter.js')}" integrity="sha384-old"></script>` +
      `<script type="text/x-inert" src="${cdnUrl(LIBRARY_VERSION, 'standpoint-share.js')}"></script>`;
    expect(integrityOnPage(page)).to.deep.equal({ 'standpoint-widgets.js': 'sha384-this' });
  });

  it('escapes every value for HTML', () => {
    const snippet = buildEmbedSnippet({
      feedUrl: 'https://example.org/feed.json?a=1&b="2"',
      itemId: '"><script>window.__xss()</script>',
      linkUrl: "https://example.org/?q='x'&y=<z>",
      linkText: '</a><img src=x onerror=window.__xss()> & «мир»',
    });
    expect(snippet).to.contain('src="https://example.org/feed.json?a=1&amp;b=&quot;2&quot;"');
    expect(snippet).to.contain('item="&quot;&gt;&lt;script&gt;window.__xss()&lt;/script&gt;"');
    expect(snippet).to.contain('href="https://example.org/?q=&#39;x&#39;&amp;y=&lt;z&gt;"');
    expect(snippet).to.contain('>&lt;/a&gt;&lt;img src=x onerror=window.__xss()&gt; &amp; «мир»</a>');
    // Parsed as HTML it is exactly one script, one statement and one link, with the values intact.
    const template = document.createElement('template');
    template.innerHTML = snippet;
    const statement = template.content.querySelector('standpoint-statement')!;
    expect(template.content.querySelectorAll('script, img')).to.have.length(1);
    expect(statement.getAttribute('src')).to.equal('https://example.org/feed.json?a=1&b="2"');
    expect(statement.getAttribute('item')).to.equal('"><script>window.__xss()</script>');
    expect(statement.querySelector('a')!.textContent).to.equal('</a><img src=x onerror=window.__xss()> & «мир»');
  });

  it('leaves out the item and the link when it has none', () => {
    expect(buildEmbedSnippet({ feedUrl: 'https://example.org/f.json', linkText: 'x' })).to.equal(
      `<script type="module" src="${cdnUrl(LIBRARY_VERSION, 'standpoint-statement.js')}"></script>\n\n<standpoint-statement src="https://example.org/f.json"></standpoint-statement>`,
    );
  });

  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).to.equal('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('names the version that package.json publishes', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(LIBRARY_VERSION).to.equal(pkg.version);
    expect(CDN_SCRIPT_URL).to.equal(`https://cdn.jsdelivr.net/npm/standpoint-widgets@${pkg.version}/dist/cdn/standpoint-widgets.js`);
  });
});
