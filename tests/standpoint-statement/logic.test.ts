import { expect } from '@open-wc/testing';
import {
  describeAttachment,
  describeAttachmentAfter,
  formatFileSize,
  formatName,
  groupAttachments,
  languageFromUrl,
  splitTitle,
} from '../../src/components/standpoint-statement/attachments.js';
import { clampPreview, previewCut, splitPlaceholder } from '../../src/components/standpoint-statement/layout.js';
import { clampHeadingLevel } from '../../src/shared/heading.js';
import { textDirection } from '../../src/i18n/direction.js';
import { linkify, textToParagraphs, trimUrl } from '../../src/components/standpoint-statement/paragraphs.js';
import {
  CONTENT_ALLOWLIST,
  htmlToPlainText,
  loadSanitizer,
  MAX_CONTENT_NESTING,
  nestsTooDeep,
  nativeSanitizerAvailable,
  sanitizeContent,
  sanitizeHtml,
  shiftHeadings,
  topLevelBlocks,
  type SanitizeOptions,
} from '../../src/components/standpoint-statement/sanitize.js';
import { en } from '../../src/i18n/en.js';
import { uk } from '../../src/i18n/uk.js';
import { TEXT_VECTORS, TRACKING_VECTORS, URL_VECTORS } from '../fixtures/trust/vectors.js';

const unitsOf = (t: typeof en) => ({
  bytes: t.statementSizeBytes,
  kilobytes: t.statementSizeKilobytes,
  megabytes: t.statementSizeMegabytes,
  gigabytes: t.statementSizeGigabytes,
});
const pdf = (url: string, title?: string, size?: number) => ({ url, mime_type: 'application/pdf', title, size_in_bytes: size });
const serialise = (fragment: DocumentFragment) => {
  const holder = document.createElement('div');
  holder.append(fragment);
  return holder.innerHTML;
};

describe('statement: text to paragraphs', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(textToParagraphs('One.\nStill one.\n\nTwo.\r\n  \r\nThree.\n\n\n')).to.deep.equal([
      [{ kind: 'text', text: 'One.' }, { kind: 'break' }, { kind: 'text', text: 'Still one.' }],
      [{ kind: 'text', text: 'Two.' }],
      [{ kind: 'text', text: 'Three.' }],
    ]);
    expect(textToParagraphs('')).to.deep.equal([]);
    expect(textToParagraphs(undefined)).to.deep.equal([]);
    expect(textToParagraphs(' \n\n \n')).to.deep.equal([]);
  });

  it('turns http(s) URLs into links and leaves trailing punctuation outside them', () => {
    expect(linkify('See https://example.org/a, then (https://example.org/b).')).to.deep.equal([
      { kind: 'text', text: 'See ' },
      { kind: 'link', text: 'https://example.org/a', href: 'https://example.org/a' },
      { kind: 'text', text: ', then (' },
      { kind: 'link', text: 'https://example.org/b', href: 'https://example.org/b' },
      { kind: 'text', text: ').' },
    ]);
    expect(trimUrl('https://en.wikipedia.org/wiki/Kherson_(city))')).to.equal('https://en.wikipedia.org/wiki/Kherson_(city)');
    expect(trimUrl('https://example.org/позиція…»')).to.equal('https://example.org/позиція');
    expect(linkify('Подробиці: https://example.org/позиція')[1]).to.deep.equal({
      kind: 'link',
      text: 'https://example.org/позиція',
      href: 'https://example.org/%D0%BF%D0%BE%D0%B7%D0%B8%D1%86%D1%96%D1%8F',
    });
  });

  it('never links other schemes, URLs inside other schemes, or a bare scheme', () => {
    for (const text of ['javascript:alert(1)', 'view-source:https://example.org/', 'ftp://example.org/x', 'mailto:a@example.org', 'https://', 'blob:https://example.org/x']) {
      expect(linkify(text).filter((segment) => segment.kind === 'link'), text).to.have.length(0);
    }
  });
});

type Sanitise = (html: string, options: SanitizeOptions) => Promise<DocumentFragment>;

/** Both sanitisers as the widget runs them: the browser's own (this Chromium has it) and the DOMPurify fallback. */
const SANITISERS: [string, Sanitise][] = [
  [
    'the Sanitizer API',
    async (html, options) => {
      expect(nativeSanitizerAvailable(), 'this Chromium has a working Element.setHTML').to.equal(true);
      return sanitizeContent(html, options);
    },
  ],
  ['DOMPurify', async (html, options) => sanitizeHtml(await loadSanitizer(), html, options)],
];

/** Feed markup on which both sanitisers must agree to the letter. */
const SAME_WITH_BOTH = {
  allowed:
    '<p lang="uk" dir="ltr" title="t">A <strong>b</strong> <em>c</em> <b>d</b> <i>e</i> <u>f</u> <s>g</s> <q cite="https://example.org/">h</q> <cite>i</cite> <abbr title="j">k</abbr> H<sub>2</sub>O x<sup>2</sup><br>l</p><ol start="3" reversed><li>m</li></ol><ul><li>n</li></ul><blockquote lang="ar" dir="rtl"><p>o</p></blockquote>',
  containers:
    '<div class="x"><span style="color:red">one</span> <font color="red">two</font> <center>three</center></div><section><article><header>four</header><p>five</p><footer>six</footer></article></section><dl><dt>seven</dt><dd>eight</dd></dl><pre><code>nine</code></pre> <small>ten</small> <mark>eleven</mark> <ins>twelve</ins> <del>thirteen</del> <time datetime="2025-08-13">fourteen</time> <label>fifteen</label><details open><summary>sixteen</summary>seventeen</details><figure><figcaption>eighteen</figcaption></figure>',
  tables: '<table><caption>Table</caption><thead><tr><th>Head</th></tr></thead><tbody><tr><th>A</th><td>1</td></tr></tbody><tfoot><tr><td>Sum</td></tr></tfoot></table><form action="https://tracker.example/"><fieldset><legend>Legend</legend>field</fieldset></form>',
  dropped:
    '<p>kept</p><script>x()</script><style>p{color:red}</style><template><p>template</p></template><noscript><p>noscript</p></noscript><iframe srcdoc="<p>frame</p>"></iframe><svg><text>svg</text></svg><math><mi>math</mi></math><title>title</title><video>video</video><audio>audio</audio><textarea>field</textarea><select><option>option</option></select>',
  links:
    '<p><a href="javascript:x()">a</a> <a href=" JaVaScRiPt:x()">b</a> <a href="data:text/html,x">c</a> <a href="vbscript:x">d</a> <a href="/rel?q=1#f">e</a> <a href="sub/page">f</a> <a href="mailto:x@example.org">g</a> <a href="https://example.org/x" target="_blank" ping="https://tracker.example/" rel="opener">h</a> <a>i</a></p>',
  headings: '<h1>One</h1><p>x</p><h3 lang="uk">Three</h3><h6>Six</h6>',
  attributes: '<p data-x="1" aria-label="y" id="z" name="n" class="c" style="color:red" onclick="x()" tabindex="0">text<!-- comment --></p><img src="https://tracker.example/p.gif" alt="image">',
};

describe('statement: sanitiser', () => {
  it('reads how deep markup nests, counting only elements that hold others open', () => {
    expect(nestsTooDeep('<div>'.repeat(MAX_CONTENT_NESTING))).to.equal(false);
    expect(nestsTooDeep('<div>'.repeat(MAX_CONTENT_NESTING + 1))).to.equal(true);
    expect(nestsTooDeep('<div><b>x</b></div>'.repeat(1000))).to.equal(false);
    // Unclosed paragraphs and list items close themselves; void elements hold nothing.
    expect(nestsTooDeep('<p>a<li>b<br><img src=x><hr>'.repeat(1000))).to.equal(false);
    expect(nestsTooDeep('<B>x'.repeat(500))).to.equal(true);
  });

  for (const [name, sanitise] of SANITISERS) {
    it(`shows markup nested deeper than any document as its text, in paragraphs, never parsed (${name})`, async () => {
      const html = `<p>Intro</p>${'<div><b>deep '.repeat(MAX_CONTENT_NESTING)}<script>x()</script><img src="https://tracker.example/p.gif">\n\nEnd`;
      const fragment = await sanitise(html, { base: 'https://example.org/', headingLevel: 2 });
      const holder = document.createElement('div');
      holder.append(fragment);
      expect([...holder.children].map((child) => child.localName)).to.satisfy((names: string[]) => names.every((tag) => tag === 'p'));
      expect(holder.textContent).to.contain('Intro').and.to.contain('deep deep').and.to.contain('End');
      expect(holder.textContent).not.to.contain('x()');
      expect(holder.querySelector('img, script, b, div')).to.equal(null);
    });

    it(`keeps a readable document and drops what runs, loads or styles (${name})`, async () => {
      const fragment = await sanitise(
        '<p style="color:red" class="x" id="y" onclick="x()">A <em>b</em> <a href="/rel" target="_blank" ping="https://tracker.example/">c</a></p><img src="https://tracker.example/p.gif"><script>x()</script><svg><a href="javascript:x()">s</a></svg><form><input></form>',
        { base: 'https://example.org/item/', headingLevel: 2 },
      );
      expect(serialise(fragment)).to.equal('<p>A <em>b</em> <a href="https://example.org/rel" rel="noopener noreferrer">c</a></p>');
    });

    it(`unwraps links whose URL is not http, https or mailto (${name})`, async () => {
      const fragment = await sanitise('<p><a href="javascript:x()">a</a> <a href="data:text/html,x">b</a> <a href="mailto:x@example.org">c</a></p>', {
        base: 'https://example.org/',
        headingLevel: 2,
      });
      expect(serialise(fragment)).to.equal('<p>a b <a href="mailto:x@example.org" rel="noopener noreferrer">c</a></p>');
    });

    it(`keeps the text of ordinary containers and drops code, hidden and fallback content whole (${name})`, async () => {
      const options = { base: 'https://example.org/', headingLevel: 2 };
      expect(serialise(await sanitise(SAME_WITH_BOTH.containers, options))).to.equal('one two threefour<p>five</p>sixseveneightnine ten eleven twelve thirteen fourteen fifteensixteenseventeeneighteen');
      expect(serialise(await sanitise(SAME_WITH_BOTH.tables, options))).to.equal('TableHeadA1SumLegendfield');
      expect(serialise(await sanitise(SAME_WITH_BOTH.dropped, options))).to.equal('<p>kept</p>');
    });

    it(`lets nothing but the allowlist through, whatever the vector (${name})`, async () => {
      const allowed = new Set<string>(CONTENT_ALLOWLIST.elements);
      const attributes = new Set<string>([...CONTENT_ALLOWLIST.attributes, 'rel']);
      const findings: string[] = [];
      for (const { id, value } of [...TEXT_VECTORS, ...URL_VECTORS, ...TRACKING_VECTORS]) {
        const holder = document.createElement('div');
        holder.append(await sanitise(`<p>Before.</p>${value}<p>After.</p>`, { base: 'https://example.org/', headingLevel: 2 }));
        if (!holder.innerHTML.startsWith('<p>Before.</p>')) findings.push(`${id}: lost the text before it`);
        for (const node of holder.querySelectorAll('*')) {
          if (!allowed.has(node.localName) || node.namespaceURI !== 'http://www.w3.org/1999/xhtml') findings.push(`${id}: <${node.localName}>`);
          for (const { name: attribute, value: attributeValue } of node.attributes) {
            if (!attributes.has(attribute)) findings.push(`${id}: ${attribute}="${attributeValue}"`);
          }
          const href = node.getAttribute('href');
          if (href !== null && !['https:', 'http:', 'mailto:'].includes(new URL(href).protocol)) findings.push(`${id}: href ${href}`);
        }
      }
      expect(findings).to.deep.equal([]);
    });
  }

  it('gives the same result with the Sanitizer API and with DOMPurify', async () => {
    const [[, native], [, purify]] = SANITISERS;
    for (const [name, markup] of Object.entries(SAME_WITH_BOTH)) {
      for (const options of [
        { base: 'https://example.org/item/', headingLevel: 2 },
        { base: 'https://example.org/a/b', headingLevel: 4 },
      ]) {
        expect(serialise(await native(markup, options)), `${name}, ${JSON.stringify(options)}`).to.equal(serialise(await purify(markup, options)));
      }
    }
    const links = serialise(await native(SAME_WITH_BOTH.links, { base: 'https://example.org/item/', headingLevel: 2 }));
    expect(links).to.equal(
      '<p>a b c d <a href="https://example.org/rel?q=1#f" rel="noopener noreferrer">e</a> <a href="https://example.org/item/sub/page" rel="noopener noreferrer">f</a> ' +
        '<a href="mailto:x@example.org" rel="noopener noreferrer">g</a> <a href="https://example.org/x" rel="noopener noreferrer">h</a> i</p>',
    );
    expect(serialise(await native(SAME_WITH_BOTH.headings, { base: 'https://example.org/', headingLevel: 4 }))).to.equal('<h5>One</h5><p>x</p><h6 lang="uk">Three</h6><h6>Six</h6>');
    expect(serialise(await native(SAME_WITH_BOTH.allowed, { base: 'https://example.org/', headingLevel: 2 }))).to.equal(
      SAME_WITH_BOTH.allowed.replace(' cite="https://example.org/"', '').replace('reversed>', 'reversed="">'),
    );
    expect(serialise(await native(SAME_WITH_BOTH.attributes, { base: 'https://example.org/', headingLevel: 2 }))).to.equal('<p>text</p>');
  });

  it('keeps the same text with both, the words of unlisted elements included', async () => {
    const [[, native], [, purify]] = SANITISERS;
    const options = { base: 'https://example.org/', headingLevel: 2 };
    // [markup, the text both keep]
    const table: [string, string][] = [
      ['<p>a</p><button>b</button><x-custom>c</x-custom><p>d</p>', 'abcd'],
      ['<p>a <x-custom lang="uk">b <em>c</em></x-custom> d</p>', 'a b c d'],
      ['<p>a <x-unclosed>b</p><p>c', 'a bc'],
      ['<X-Upper>a</X-UPPER><Blink>b</Blink><marquee>c</marquee><foo:bar>d</foo:bar><a-Ä>e</a-Ä>', 'abcde'],
      ['<table><thead><tr><th>Name</th></tr></thead><tbody><tr><td>Kyiv</td></tr></tbody></table>', 'NameKyiv'],
      ['<output>a</output><progress>b</progress><meter>c</meter><acronym>d</acronym><menu><li>e</li></menu><search>f</search>', 'abcdef'],
      ['<p>a<textarea>field</textarea><select><option>one</option></select><input value="x">b</p>', 'ab'],
      ['<p>a</p><object data="x.pdf">fallback</object><video>no video</video><canvas>no canvas</canvas><noembed>n</noembed><dialog>d</dialog><p>b</p>', 'ab'],
      ['a<script>s</script><style>s</style><template>t</template><noscript>n</noscript><xmp>x</xmp><iframe>i</iframe><svg><text>s</text></svg><math><mi>m</mi></math><title>t</title>b', 'ab'],
      ['<p>a<!-- <x-comment>no</x-comment> -->b</p>', 'ab'],
      ['<p>a<x-never-closed>b<p>c<script>d</script>e', 'abce'],
      ['<x-a><x-b><x-c>deep</x-c></x-b></x-a>', 'deep'],
      ['<frameset><frame src="https://example.org/"></frameset>', ''],
    ];
    for (const [markup, text] of table) {
      const fromNative = serialise(await native(markup, options));
      const fromPurify = serialise(await purify(markup, options));
      expect(fromNative, markup).to.equal(fromPurify);
      const holder = document.createElement('div');
      holder.innerHTML = fromNative;
      expect(holder.textContent, markup).to.equal(text);
    }
  });

  it('never throws on markup DOMPurify has no fragment for: it is empty', async () => {
    const purify = await loadSanitizer();
    for (const markup of ['<frameset>', '<frameset><frame src="https://example.org/">', '<frameset cols="50%"></frameset><p>after</p>']) {
      expect(serialise(sanitizeHtml(purify, markup, { base: 'https://example.org/', headingLevel: 2 })), markup).to.equal('');
    }
  });

  it('moves headings below the widget’s heading, at most to h6', () => {
    const holder = document.createElement('div');
    holder.innerHTML = '<h1 lang="uk">A</h1><h3>B</h3><h6>C</h6>';
    shiftHeadings(holder, 3);
    expect(holder.innerHTML).to.equal('<h4 lang="uk">A</h4><h6>B</h6><h6>C</h6>');
    holder.innerHTML = '<h3>A</h3>';
    shiftHeadings(holder, 1);
    expect(holder.innerHTML).to.equal('<h2>A</h2>');
  });

  it('groups loose text into blocks for the preview', () => {
    const template = document.createElement('template');
    template.innerHTML = 'Loose <em>text</em><p>P</p>  <ul><li>L</li></ul>tail';
    const blocks = topLevelBlocks(template.content);
    expect(blocks.map((block) => block.map((node) => node.textContent).join(''))).to.deep.equal(['Loose text', 'P', 'L', 'tail']);
  });

  it('falls back to the bare text of HTML, without script or style content', () => {
    expect(htmlToPlainText('<p>One &amp; <b>two</b></p><script>x()</script><style>p{}</style><p>Three&#33;</p>')).to.equal('One & two\n\nThree!');
  });
});

describe('statement: attachments', () => {
  it('reads an attachment’s language from its title, file name, folder or query', () => {
    expect(splitTitle('Full text (uk)')).to.deep.equal({ title: 'Full text', lang: 'uk' });
    expect(splitTitle('Full text — EN')).to.deep.equal({ title: 'Full text', lang: 'en' });
    expect(splitTitle('Full text (PDF)')).to.deep.equal({ title: 'Full text (PDF)', lang: '' });
    expect(languageFromUrl('https://example.org/a/standpoint-uk.pdf')).to.equal('uk');
    expect(languageFromUrl('https://example.org/a/standpoint_en.pdf')).to.equal('en');
    expect(languageFromUrl('https://example.org/a/standpoint.UA.pdf'), 'ua is read as Ukrainian').to.equal('uk');
    expect(languageFromUrl('https://example.org/a/report-en-GB.docx')).to.equal('en-GB');
    expect(languageFromUrl('https://example.org/uk/standpoint.pdf')).to.equal('uk');
    expect(languageFromUrl('https://example.org/files/standpoint.pdf?lang=en')).to.equal('en');
    expect(languageFromUrl('https://example.org/files/standpoint-final.pdf')).to.equal('');
    expect(languageFromUrl('https://example.org/files/report-v2.pdf')).to.equal('');
  });

  it('groups alternates by shared title and chooses the reader’s version, then the text’s, then the first', () => {
    const files = [
      pdf('https://example.org/s-en.pdf', 'Full text', 1),
      pdf('https://example.org/s-uk.pdf', 'Full text', 2),
      pdf('https://example.org/annex.pdf', 'Annex', 3),
      pdf('https://example.org/x.pdf', undefined, 4),
      pdf('https://example.org/y.pdf', undefined, 5),
    ];
    const uk = groupAttachments(files, 'uk-UA');
    expect(uk.map((group) => group.title)).to.deep.equal(['Full text', 'Annex', '', '']);
    expect(uk[0].chosen.attachment.url).to.equal('https://example.org/s-uk.pdf');
    expect(uk[0].alternates.map((version) => version.lang)).to.deep.equal(['en']);
    expect(groupAttachments(files, 'pl', 'uk')[0].chosen.lang, 'no Polish: the language of the text on screen').to.equal('uk');
    expect(groupAttachments(files, 'pl')[0].chosen.lang, 'else the first listed').to.equal('en');
    const titled = groupAttachments([pdf('https://example.org/a.pdf', 'Text (en)'), pdf('https://example.org/b.pdf', 'Text (uk)')], 'uk');
    expect(titled).to.have.length(1);
    expect(titled[0].chosen.attachment.url).to.equal('https://example.org/b.pdf');
    expect(groupAttachments(undefined, 'en')).to.deep.equal([]);
  });

  it('names formats and sizes the same way in both languages', () => {
    expect(formatName('application/pdf')).to.equal('PDF');
    expect(formatName('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).to.equal('DOCX');
    expect(formatName('application/x-unknown', 'https://example.org/file.odp')).to.equal('ODP');
    expect(formatFileSize(245760, 'en', unitsOf(en))).to.equal('240\u00a0KB');
    expect(formatFileSize(245760, 'uk', unitsOf(uk))).to.equal('240\u00a0КБ');
    expect(formatFileSize(1572864, 'en', unitsOf(en))).to.equal('1.5\u00a0MB');
    expect(formatFileSize(1572864, 'uk', unitsOf(uk))).to.equal('1,5\u00a0МБ');
    expect(formatFileSize(1048500, 'en', unitsOf(en)), 'rounds up to the next unit').to.equal('1\u00a0MB');
    expect(formatFileSize(1048000, 'en', unitsOf(en))).to.equal('1,023\u00a0KB');
    expect(formatFileSize(512, 'uk', unitsOf(uk))).to.equal('512\u00a0Б');
    expect(formatFileSize(5 * 1024 ** 4, 'en', unitsOf(en))).to.equal('5,120\u00a0GB');
    expect(formatFileSize(undefined, 'en', unitsOf(en))).to.equal('');
    expect(describeAttachment(pdf('https://example.org/a.pdf', 'A', 245760), 'uk', unitsOf(uk))).to.equal('PDF, 240\u00a0КБ');
    expect(describeAttachment(pdf('https://example.org/a.pdf'), 'en', unitsOf(en))).to.equal('PDF');
  });

  it('does not say the type twice when the title names it', () => {
    const file = pdf('https://example.org/a.pdf', 'A', 245760);
    expect(describeAttachmentAfter('Full text (PDF)', file, 'en', unitsOf(en))).to.equal('240\u00a0KB');
    expect(describeAttachmentAfter('Повний текст, pdf', file, 'uk', unitsOf(uk))).to.equal('240\u00a0КБ');
    expect(describeAttachmentAfter('Full text', file, 'en', unitsOf(en))).to.equal('PDF, 240\u00a0KB');
    expect(describeAttachmentAfter('All PDFs', file, 'en', unitsOf(en)), 'a whole word only').to.equal('PDF, 240\u00a0KB');
    expect(describeAttachmentAfter('Full text (PDF)', pdf('https://example.org/a.pdf'), 'en', unitsOf(en)), 'nothing left to say').to.equal('');
  });
});

describe('statement: layout', () => {
  it('clamps the heading level to 1–6 and the preview to whole paragraphs', () => {
    expect([1, 2, 6, 7, 0, -3, 2.6, '4', 'x', NaN, undefined, ''].map((value) => clampHeadingLevel(value))).to.deep.equal([1, 2, 6, 6, 1, 1, 3, 4, 2, 2, 2, 2]);
    expect([0, 2, 2.9, -1, 'x', '3'].map((value) => clampPreview(value))).to.deep.equal([0, 2, 2, 0, 1, 3]);
  });

  it('cuts the preview after N paragraphs, headings going with what follows', () => {
    const blocks = ['h', 'p', 'p', 'h', 'p'];
    const isHeading = (block: string) => block === 'h';
    expect(previewCut(blocks, 1, isHeading)).to.equal(2);
    expect(previewCut(blocks, 2, isHeading)).to.equal(3);
    expect(previewCut(blocks, 0, isHeading)).to.equal(0);
    expect(previewCut(blocks, 9, isHeading)).to.equal(5);
  });

  it('knows right-to-left languages and leaves unknown ones to the text', () => {
    expect(textDirection('ar')).to.equal('rtl');
    expect(textDirection('he-IL')).to.equal('rtl');
    expect(textDirection('uk')).to.equal('ltr');
    expect(textDirection('')).to.equal('auto');
  });

  it('splits a translated string around its placeholder', () => {
    expect(splitPlaceholder('Published {date}', 'date')).to.deep.equal(['Published ', '']);
    expect(splitPlaceholder('{date} published', 'date')).to.deep.equal(['', ' published']);
  });
});
