/**
 * Every function that walks feed text takes time linear in it: each is run
 * on generated worst cases (long runs of one character, openings never
 * closed, thousands of brackets, runs of whitespace) at two sizes, and fails
 * when ten times the input costs far more than ten times the time. The old
 * versions of these helpers took 12 s on 40 kB and 54 s on 320 kB.
 *
 * Some cases were linear before too (glued URLs, closed comments, long
 * texts): they keep them so. `/\s+$/`, which textToParagraphs used, is
 * quadratic in engines without V8's linear fallback, but this Chromium
 * falls back to its linear engine on it, so no case here can show it.
 */
import { expect } from '@open-wc/testing';
import { excerpt } from '../../src/components/standpoint-related/related-items.js';
import { normalizeServer } from '../../src/components/standpoint-share/share-urls.js';
import { groupAttachments, splitTitle } from '../../src/components/standpoint-statement/attachments.js';
import { linkify, textToParagraphs, trimUrl } from '../../src/components/standpoint-statement/paragraphs.js';
import { htmlToPlainText, sanitizeContent } from '../../src/components/standpoint-statement/sanitize.js';
import { growthRatio, LINEAR_GROWTH_LIMIT } from '../helpers/growth.js';

interface WorstCase {
  /** What the input is. */
  readonly name: string;
  readonly run: (input: string) => unknown;
  /** The input for a size. */
  readonly make: (size: number) => string;
  /** The smaller size: big enough that a quadratic version takes milliseconds. */
  readonly size: number;
}

const url = 'https://example.org/standpoint';
const repeat = (text: string, size: number) => text.repeat(Math.ceil(size / text.length));
const sanitise = (html: string) => sanitizeContent(html, { base: 'https://example.org/', headingLevel: 2 });

const CASES: Record<string, WorstCase[]> = {
  'trimUrl (URL trimming)': [
    { name: 'a URL and a run of `)`', run: trimUrl, make: (size) => url + ')'.repeat(size), size: 600 },
    { name: 'a URL and a run of `]` and `.`', run: trimUrl, make: (size) => url + repeat('].', size), size: 800 },
    { name: 'a URL, then `(` and `)` runs', run: trimUrl, make: (size) => `${url}${'('.repeat(size / 2)}${')'.repeat(size)}`, size: 500 },
  ],
  'linkify (links in a line)': [
    { name: 'a URL and a run of `)`', run: linkify, make: (size) => `See ${url}${')'.repeat(size)} now`, size: 500 },
    { name: 'URLs glued to each other', run: linkify, make: (size) => repeat('https://a.b/', size), size: 1000 },
  ],
  'textToParagraphs (text → paragraphs, whitespace trimming)': [
    { name: 'a run of spaces inside a paragraph', run: textToParagraphs, make: (size) => `a${' '.repeat(size)}b`, size: 1700 },
    { name: 'a run of tabs and spaces before a line break', run: textToParagraphs, make: (size) => `a${' \t'.repeat(size / 2)}\nb`, size: 1300 },
    { name: 'a line break and a run of spaces, many times', run: textToParagraphs, make: (size) => repeat('\n      x', size), size: 3000 },
    { name: 'blank lines only', run: textToParagraphs, make: (size) => repeat('\n \n\r\n', size), size: 3000 },
    { name: 'a content_text of a URL and a run of `)`', run: textToParagraphs, make: (size) => `${url}${')'.repeat(size)}`, size: 500 },
  ],
  'htmlToPlainText (plain text of HTML)': [
    { name: 'a run of `<!--`', run: htmlToPlainText, make: (size) => repeat('<!--', size), size: 3000 },
    { name: 'a run of unclosed `<script`', run: htmlToPlainText, make: (size) => repeat('<script>', size), size: 4000 },
    { name: 'unclosed `<style`, `<title`, `<svg` mixed', run: htmlToPlainText, make: (size) => repeat('<style><title><svg>x', size), size: 4000 },
    { name: 'a run of `<p` with no `>`', run: htmlToPlainText, make: (size) => repeat('<p', size), size: 1800 },
    { name: 'a run of `<br` with no `>`', run: htmlToPlainText, make: (size) => repeat('<br', size), size: 2500 },
    { name: '`<` and a run of spaces', run: htmlToPlainText, make: (size) => `<${' '.repeat(size)}x`, size: 1200 },
    { name: 'a run of `<`', run: htmlToPlainText, make: (size) => '<'.repeat(size), size: 5000 },
    { name: 'a run of `&#` and digits', run: htmlToPlainText, make: (size) => repeat('&#1234', size), size: 5000 },
    { name: 'closed comments and scripts, many times', run: htmlToPlainText, make: (size) => repeat('<p>a<!-- b --><script>c</script></p>', size), size: 5000 },
  ],
  'sanitizeContent (content_html, the browser’s own sanitiser)': [
    { name: 'many distinct unknown elements', run: sanitise, make: (size) => Array.from({ length: size / 10 }, (_, index) => `<x-${index}>w</x-${index}>`).join(''), size: 5000 },
    { name: 'a run of `<x` never closed', run: sanitise, make: (size) => repeat('<x', size), size: 5000 },
    // The browser's own parser is superlinear on elements left open; past a depth no document has, the text is shown as text.
    { name: 'a run of `<div>w` never closed', run: sanitise, make: (size) => repeat('<div>w', size), size: 2000 },
    { name: 'a run of `<b>w` never closed', run: sanitise, make: (size) => repeat('<b>w', size), size: 2000 },
    { name: 'a run of unknown `<x-a>w` never closed', run: sanitise, make: (size) => repeat('<x-a>w', size), size: 2000 },
  ],
  'splitTitle (attachment titles)': [
    { name: 'a run of spaces inside a title', run: splitTitle, make: (size) => `Full${' '.repeat(size)}text`, size: 1000 },
    { name: '`(` and a run of spaces', run: splitTitle, make: (size) => `Full text (${' '.repeat(size)}x`, size: 900 },
    { name: 'a dash and a run of spaces', run: splitTitle, make: (size) => `Full text -${' '.repeat(size)}x`, size: 800 },
    { name: 'a run of ` -`', run: splitTitle, make: (size) => repeat(' -', size), size: 5000 },
    {
      name: 'many titles with space runs, grouped',
      run: (title) => groupAttachments([{ url: 'https://example.org/a.pdf', mime_type: 'application/pdf', title }], 'uk'),
      make: (size) => `A${'  '.repeat(size / 2)}B (uk)`,
      size: 900,
    },
  ],
  'normalizeServer (the reader’s Fediverse server)': [
    { name: 'a run of `/` before a line break', run: normalizeServer, make: (size) => `${'/'.repeat(size)}\nx`, size: 1500 },
  ],
  'excerpt (related items’ headlines)': [
    { name: 'a long text of words', run: excerpt, make: (size) => repeat('word, ', size), size: 5000 },
    { name: 'a run of spaces and punctuation', run: excerpt, make: (size) => `a${repeat(' .', size)}b`, size: 5000 },
  ],
};

describe('feed text: every walk is linear in the text', () => {
  for (const [helper, cases] of Object.entries(CASES)) {
    describe(helper, () => {
      for (const { name, run, make, size } of cases) {
        it(`${name}: ten times the input, at most ${LINEAR_GROWTH_LIMIT} times the time`, () => {
          const ratio = growthRatio(run, make, size);
          console.log(`${helper}, ${name}: ×${ratio.toFixed(1)}`);
          expect(ratio, `time grew ×${ratio.toFixed(1)} for ×10 the input`).to.be.below(LINEAR_GROWTH_LIMIT);
        });
      }
    });
  }

  it('still gives the same results on these inputs', () => {
    expect(trimUrl(`${url})))`)).to.equal(url);
    expect(trimUrl(`${url}/(a))).`)).to.equal(`${url}/(a)`);
    expect(trimUrl(`${url}/[x]]`)).to.equal(`${url}/[x]`);
    expect(textToParagraphs(`a${' '.repeat(50)}b  \n  \n c  `)).to.deep.equal([[{ kind: 'text', text: `a${' '.repeat(50)}b` }], [{ kind: 'text', text: 'c' }]]);
    expect(htmlToPlainText('<!--<!--<!--')).to.equal('');
    expect(htmlToPlainText('a<!-- x -->b<!--c')).to.equal('ab');
    expect(htmlToPlainText('a<script>x</SCRIPT >b<script>never closed')).to.equal('abnever closed');
    expect(htmlToPlainText('a< / p >b<p class="x">c<br/>d<p')).to.equal('a\n\nb\n\nc\nd');
    expect(splitTitle(`Full text${' '.repeat(40)}(uk)`)).to.deep.equal({ title: 'Full text', lang: 'uk' });
    expect(splitTitle('Full text —  en-GB ')).to.deep.equal({ title: 'Full text', lang: 'en-GB' });
    expect(splitTitle('  (uk)')).to.deep.equal({ title: '(uk)', lang: '' });
    expect(normalizeServer('https://mastodon.social/@me')).to.equal('mastodon.social');
    expect(normalizeServer('me\n@mastodon.social/share')).to.equal('mastodon.social');
  });
});
