import { expect } from '@open-wc/testing';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { toSafeUrl } from '../../src/feed/schema.js';
import { fullFeed, hostileUrls, plainFeed, safeUrls, wrongTypeItems } from '../fixtures/feeds.js';

const BASE = 'https://feeds.example.org/standpoint/feed.json';

/** A copy of the full fixture with one change made to its first item. */
function withItem(change: (item: Record<string, any>) => void): unknown {
  const feed = structuredClone(fullFeed) as any;
  change(feed.items[0]);
  return feed;
}

const messages = (result: ReturnType<typeof validateFeed>) => result.problems.map((problem) => problem.message);
/** Each problem as `path code`: what tools branch on, never the wording. */
const codes = (result: ReturnType<typeof validateFeed>) => result.problems.map((problem) => `${problem.path} ${problem.code}`);

describe('feed schema and validator', () => {
  it('accepts the bundled sample feed without a single problem', async () => {
    const text = await (await fetch('/demo/sample-feed.json')).text();
    const result = parseFeed(text, BASE);
    expect(result.problems).to.deep.equal([]);
    expect(result.feed?.items[0]._standpoint?.demands).to.have.length(6);
    expect(result.feed?.items[0]._standpoint?.translations).to.have.property('uk');
  });

  it('accepts an ordinary JSON Feed that has no _standpoint', () => {
    const result = validateFeed(plainFeed, BASE);
    expect(result.problems).to.deep.equal([]);
    expect(result.feed?.items).to.have.length(plainFeed.items.length);
    expect(result.feed?.items[0]).not.to.have.property('_standpoint');
  });

  it('stops with a fatal problem on text that is not JSON', () => {
    const result = parseFeed('{"version": ', BASE);
    expect(result.feed).to.equal(undefined);
    expect(result.problems[0]).to.include({ severity: 'fatal', code: 'not-json', path: '' });
    expect(result.problems[0].message).to.match(/^The feed is not valid JSON\b/);
  });

  it('stops with a fatal problem on JSON that is not a feed object', () => {
    for (const value of [[], 'feed', 42, null]) {
      const result = validateFeed(value, BASE);
      expect(result.feed).to.equal(undefined);
      expect(result.problems[0]).to.include({ severity: 'fatal', code: 'not-an-object' });
      expect(result.problems[0].message).to.match(/^The feed must be one JSON object/);
    }
  });

  it('names the version field when a document is not a JSON Feed', () => {
    const result = validateFeed({ version: 'https://example.org/rss', items: [] }, BASE);
    expect(result.feed).to.equal(undefined);
    expect(result.problems).to.have.length(1);
    expect(result.problems[0]).to.include({ severity: 'fatal', path: 'version', code: 'bad-version' });
    expect(result.problems[0].message).to.equal(
      '"version" must be exactly "https://jsonfeed.org/version/1.1" (or "https://jsonfeed.org/version/1" for JSON Feed 1.0); "https://example.org/rss" is not a JSON Feed version.',
    );
  });

  it('is fatal when items is not a list', () => {
    const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', items: { id: 1 } }, BASE);
    expect(result.feed).to.equal(undefined);
    expect(result.problems[0]).to.include({ severity: 'fatal', path: 'items' });
    expect(result.problems[0]).to.include({ code: 'wrong-type' });
    expect(result.problems[0].message).to.equal('"items" must be a list in square brackets, [ … ]; it is { … }.');
  });

  it('keeps an unknown demand status as written, with a warning that lists the known ones', () => {
    const result = validateFeed(withItem((item) => (item._standpoint.demands[2].status = 'done')), BASE);
    expect(messages(result)).to.deep.equal([
      '"status" must be one of pending, voiced, negotiating, enshrined, implemented, rejected; "done" is not one of them.',
    ]);
    expect(codes(result)).to.deep.equal(['items[0]._standpoint.demands[2].status not-one-of']);
    expect(result.problems[0].severity).to.equal('warning');
    expect(result.feed?.items[0]._standpoint?.demands?.[2].status).to.equal('done');
  });

  it('leaves out a malformed demand and keeps the others', () => {
    const result = validateFeed(withItem((item) => delete item._standpoint.demands[1].text), BASE);
    expect(codes(result)).to.deep.equal(['items[0]._standpoint.demands[1].text missing']);
    expect(result.problems[0].details?.omitted).to.equal('items[0]._standpoint.demands[1]');
    const ids = result.feed?.items[0]._standpoint?.demands?.map((demand) => demand.id);
    expect(ids).to.deep.equal([fullFeed.items[0]._standpoint.demands[0].id, fullFeed.items[0]._standpoint.demands[2].id]);
  });

  it('drops an unsafe URL but keeps the demand it belongs to', () => {
    const result = validateFeed(withItem((item) => (item._standpoint.demands[0].url = 'javascript:alert(1)')), BASE);
    expect(codes(result)).to.deep.equal(['items[0]._standpoint.demands[0].url bad-url']);
    expect(messages(result)[0]).to.equal(
      '"url" must be a web address that starts with https:// (or http://, mailto:, or a path relative to the feed); "javascript:alert(1)" is not.',
    );
    const demand = result.feed?.items[0]._standpoint?.demands?.[0];
    expect(demand?.text).to.equal(fullFeed.items[0]._standpoint.demands[0].text);
    expect(demand).not.to.have.property('url');
  });

  it('resolves relative URLs against the feed URL', () => {
    const result = validateFeed(withItem((item) => (item.url = '../statement')), BASE);
    expect(result.feed?.items[0].url).to.equal('https://feeds.example.org/statement');
  });

  it('never lets a hostile URL through as anything but http, https or mailto', () => {
    for (const hostile of hostileUrls) {
      const result = validateFeed(withItem((item) => (item.url = hostile)), BASE);
      const url = result.feed?.items[0].url;
      if (url !== undefined) expect(new URL(url).protocol, hostile).to.be.oneOf(['http:', 'https:', 'mailto:']);
      expect(toSafeUrl(hostile, BASE) === undefined || /^(https?|mailto):/.test(toSafeUrl(hostile, BASE)!), hostile).to.equal(true);
    }
    for (const safe of safeUrls) expect(toSafeUrl(safe, BASE), safe).to.be.a('string');
  });

  it('refuses values of the wrong type, so they never reach a template', () => {
    for (const wrong of wrongTypeItems as any[]) {
      const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', items: [wrong] }, BASE);
      const item = result.feed?.items[0] as Record<string, any> | undefined;
      expect(result.problems.length, wrong.id).to.be.greaterThan(0);
      // Whatever survives is a string where a string belongs.
      if (item?.title !== undefined) expect(item.title, wrong.id).to.be.a('string');
      for (const demand of item?._standpoint?.demands ?? []) expect(demand.text, wrong.id).to.be.a('string');
    }
  });

  it('rejects a negative, fractional or absurd signatory count with a clear message', () => {
    const range = 'a whole number of at least 0 and below 10000000000, without quotes or spaces';
    const cases: [unknown, string][] = [
      [-5, `"count" must be ${range}; -5 is not.`],
      [1.5, `"count" must be ${range}; 1.5 is not.`],
      [1e12, `"count" must be ${range}; 1000000000000 is not.`],
      ['12', '"count" must be a number without quotes; it is "12".'],
    ];
    for (const [count, expected] of cases) {
      const result = validateFeed(withItem((item) => (item._standpoint.signatories.count = count)), BASE);
      expect(messages(result)).to.deep.equal([expected]);
      expect(result.feed?.items[0]._standpoint?.signatories).not.to.have.property('count');
      expect(result.feed?.items[0]._standpoint?.signatories?.list).to.have.length(fullFeed.items[0]._standpoint.signatories.list.length);
    }
  });

  it('treats null as an absent optional field, as many feed generators write it', () => {
    const result = validateFeed(withItem((item) => (item.summary = null)), BASE);
    expect(result.problems).to.deep.equal([]);
    expect(result.feed?.items[0]).not.to.have.property('summary');
  });

  it('checks a sound list in one pass and gives what the walk over it gives', () => {
    const names = Array.from({ length: 300 }, (_, index) => ({
      name: `Sample name ${index}`,
      ...(index % 2 ? { url: `/org/${index}` } : {}),
      kind: index % 3 ? 'organization' : 'person',
      verified: index % 5 === 0,
    }));
    const sound = validateFeed(withItem((item) => (item._standpoint.signatories.list = names)), BASE);
    // One bad entry sends the list through the salvaging walk instead.
    const walked = validateFeed(withItem((item) => (item._standpoint.signatories.list = [...names, { name: 42 }])), BASE);
    expect(sound.problems).to.deep.equal([]);
    expect(codes(walked)).to.deep.equal(['items[0]._standpoint.signatories.list[300].name wrong-type']);
    expect(walked.problems[0].details?.omitted).to.equal('items[0]._standpoint.signatories.list[300]');
    const soundList = sound.feed?.items[0]._standpoint?.signatories?.list;
    expect(soundList).to.deep.equal(walked.feed?.items[0]._standpoint?.signatories?.list);
    expect(soundList?.[1]).to.deep.equal({ name: 'Sample name 1', url: 'https://feeds.example.org/org/1', kind: 'organization', verified: false });
    expect(soundList?.[0]).not.to.have.property('url');
  });

  it('reads null in a list entry as absent, and resolves the same relative URL against each feed’s own address', () => {
    const list = [{ name: 'Sample', url: null, kind: null }, { name: 'Other', url: 'members/2' }];
    const result = validateFeed(withItem((item) => (item._standpoint.signatories.list = list)), BASE);
    expect(result.problems).to.deep.equal([]);
    expect(result.feed?.items[0]._standpoint?.signatories?.list).to.deep.equal([
      { name: 'Sample' },
      { name: 'Other', url: 'https://feeds.example.org/standpoint/members/2' },
    ]);
    const elsewhere = validateFeed(withItem((item) => (item._standpoint.signatories.list = list)), 'https://other.example.net/feed.json');
    expect(elsewhere.feed?.items[0]._standpoint?.signatories?.list?.[1].url).to.equal('https://other.example.net/members/2');
  });

  it('keeps a "__proto__" translation key as a key, never as the prototype', () => {
    const text = JSON.stringify(withItem(() => {})).replace('"translations":{', '"translations":{"__proto__":{"title":"polluted"},');
    const translations = parseFeed(text, BASE).feed?.items[0]._standpoint?.translations as Record<string, unknown>;
    expect(Object.getPrototypeOf(translations)).to.equal(Object.prototype);
    expect(Object.keys(translations)).to.include('__proto__');
    expect((translations as { title?: string }).title).to.equal(undefined);
  });

  it('reads integer ids as strings, as JSON Feed asks', () => {
    const result = validateFeed(withItem((item) => (item.id = 42)), BASE);
    expect(result.feed?.items[0].id).to.equal('42');
  });

  it('refuses a feed with an item that has no id, rather than quietly showing another item', () => {
    const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'x' }, { id: 'b' }] }, BASE);
    expect(codes(result)).to.deep.equal(['items[0].id missing']);
    expect(result.problems[0].severity).to.equal('fatal');
    expect(result.problems[0].message).to.equal('Every item needs an "id" that no other item has: add one, such as "id": "standpoint-2025".');
    expect(result.feed).to.equal(undefined);
  });
});
