import { expect } from '@open-wc/testing';
import { demandProgress, excerpt, headlineOf, itemLink, itemTime, parseLimit, relatedItems } from '../../src/components/standpoint-related/related-items.js';
import { summarizeDemands } from '../../src/feed/demand-status.js';
import { localizeItem } from '../../src/feed/select.js';
import type { Feed, FeedItem } from '../../src/feed/types.js';

const item = (id: string, date?: string, extra: Partial<FeedItem> = {}): FeedItem => ({ id, ...(date ? { date_published: date } : {}), ...extra });
const ids = (items: FeedItem[]) => items.map((entry) => entry.id);

describe('related items', () => {
  it('reads `limit` as a whole number of at least 1, else 3', () => {
    expect(parseLimit(5)).to.equal(5);
    expect(parseLimit('2')).to.equal(2);
    expect(parseLimit(2.9)).to.equal(2);
    for (const bad of [0, -1, NaN, Infinity, '', 'many', null, undefined]) expect(parseLimit(bad), String(bad)).to.equal(3);
    expect(parseLimit('x', 7)).to.equal(7);
  });

  it('dates an item by date_published, else date_modified', () => {
    expect(itemTime({ date_published: '2025-08-13T10:00:00+03:00' })).to.equal(Date.UTC(2025, 7, 13, 7));
    expect(itemTime({ date_modified: '2025-08-14T00:00:00Z' })).to.equal(Date.UTC(2025, 7, 14));
    expect(itemTime({})).to.equal(undefined);
    expect(itemTime({ date_published: 'soon' })).to.equal(undefined);
  });

  it('lists every item but the shown one, newest first, undated last in feed order, up to the limit', () => {
    const items = [
      item('shown', '2025-08-13T10:00:00Z'),
      item('undated-a'),
      item('old', '2025-07-01T10:00:00Z'),
      item('new', '2025-09-01T10:00:00Z'),
      item('undated-b'),
      item('modified-only', undefined, { date_modified: '2025-08-20T10:00:00Z' }),
    ];
    expect(ids(relatedItems(items, 'shown', 10))).to.deep.equal(['new', 'modified-only', 'old', 'undated-a', 'undated-b']);
    expect(ids(relatedItems(items, 'shown', 2))).to.deep.equal(['new', 'modified-only']);
    expect(ids(relatedItems(items, 'new', 2))).to.deep.equal(['modified-only', 'shown']);
    expect(relatedItems(items, 'shown', 0)).to.deep.equal([]);
    // Two items on the same date keep their feed order.
    expect(ids(relatedItems([item('a', '2025-01-01T00:00:00Z'), item('b', '2025-01-01T00:00:00Z')], 'x', 5))).to.deep.equal(['a', 'b']);
  });

  it('counts a standpoint’s demands exactly as the demand checklist does', () => {
    const demands = ['enshrined', 'implemented', 'rejected', 'pending', 'voiced', 'negotiating'].map((status, index) => ({ id: String(index), text: 't', status }));
    expect(demandProgress({ _standpoint: { demands } })).to.deep.equal({ total: 6, enshrined: 2 });
    expect(demandProgress({ _standpoint: { demands } })).to.deep.equal(summarizeDemands(demands));
    expect(demandProgress({ _standpoint: { demands: [] } })).to.equal(undefined);
    expect(demandProgress({ _standpoint: {} })).to.equal(undefined);
    expect(demandProgress({})).to.equal(undefined);
  });

  it('cuts a long text at a word with an ellipsis, and leaves a short one whole', () => {
    expect(excerpt('  Short   text.  ')).to.equal('Short text.');
    const long = 'word '.repeat(40);
    const cut = excerpt(long, 30);
    expect(cut.endsWith('…')).to.equal(true);
    expect(cut.length).to.be.at.most(31);
    expect(cut).to.equal('word word word word word word…');
    expect(excerpt('x'.repeat(50), 10)).to.equal(`${'x'.repeat(10)}…`);
  });

  it('names an item by its title, else its summary, else its text, in the language of that field', () => {
    const feed: Feed = { version: 'https://jsonfeed.org/version/1.1', language: 'en', items: [] };
    const translated = item('t', undefined, { title: 'Title', summary: 'Summary', _standpoint: { translations: { uk: { title: 'Назва' } } } });
    expect(headlineOf(localizeItem(feed, translated, 'uk'))).to.deep.equal({ text: 'Назва', lang: 'uk', from: 'title' });
    expect(headlineOf(localizeItem(feed, item('s', undefined, { summary: 'Only a summary.' }), 'en'))).to.deep.equal({ text: 'Only a summary.', lang: 'en', from: 'summary' });
    expect(headlineOf(localizeItem(feed, item('c', undefined, { title: '  ', content_text: 'The text\n\nitself.' }), 'en'))).to.deep.equal({ text: 'The text itself.', lang: 'en', from: 'content' });
    expect(headlineOf(localizeItem(feed, item('n'), 'en')).from).to.equal('none');
  });

  it('links to the item’s own page, else to the page it is about', () => {
    expect(itemLink({ url: 'https://example.org/a', external_url: 'https://example.org/b' })).to.equal('https://example.org/a');
    expect(itemLink({ external_url: 'https://example.org/b' })).to.equal('https://example.org/b');
    expect(itemLink({})).to.equal(undefined);
  });
});
