import { expect } from '@open-wc/testing';
import {
  describeAttachment,
  formatFileSize,
  formatName,
  groupAttachments,
  languageFromUrl,
  splitTitle,
} from '../../src/components/standpoint-statement/attachments.js';
import { clampHeadingLevel, clampPreview, previewCut, splitPlaceholder, textDirection } from '../../src/components/standpoint-statement/layout.js';
import { linkify, textToParagraphs, trimUrl } from '../../src/components/standpoint-statement/paragraphs.js';
import { htmlToPlainText, loadSanitizer, sanitizeHtml, shiftHeadings, topLevelBlocks } from '../../src/components/standpoint-statement/sanitize.js';
import { en } from '../../src/i18n/en.js';
import { uk } from '../../src/i18n/uk.js';

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

describe('statement: sanitiser', () => {
  it('keeps a readable document and drops what runs, loads or styles', async () => {
    const purify = await loadSanitizer();
    const fragment = sanitizeHtml(
      purify,
      '<p style="color:red" class="x" id="y" onclick="x()">A <em>b</em> <a href="/rel" target="_blank" ping="https://tracker.example/">c</a></p><img src="https://tracker.example/p.gif"><script>x()</script><svg><a href="javascript:x()">s</a></svg><form><input></form>',
      { base: 'https://example.org/item/', headingLevel: 2 },
    );
    expect(serialise(fragment)).to.equal('<p>A <em>b</em> <a href="https://example.org/rel" rel="noopener noreferrer">c</a></p>');
  });

  it('unwraps links whose URL is not http, https or mailto', async () => {
    const purify = await loadSanitizer();
    const fragment = sanitizeHtml(purify, '<p><a href="javascript:x()">a</a> <a href="data:text/html,x">b</a> <a href="mailto:x@example.org">c</a></p>', {
      base: 'https://example.org/',
      headingLevel: 2,
    });
    expect(serialise(fragment)).to.equal('<p>a b <a href="mailto:x@example.org" rel="noopener noreferrer">c</a></p>');
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
