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
    expect(result.problems[0].severity).to.equal('fatal');
    expect(result.problems[0].message).to.match(/^\(root\): expected JSON; /);
  });

  it('stops with a fatal problem on JSON that is not a feed object', () => {
    for (const value of [[], 'feed', 42, null]) {
      const result = validateFeed(value, BASE);
      expect(result.feed).to.equal(undefined);
      expect(result.problems[0].message).to.match(/^\(root\): expected a JSON Feed object; got /);
    }
  });

  it('names the version field when a document is not a JSON Feed', () => {
    const result = validateFeed({ version: 'https://example.org/rss', items: [] }, BASE);
    expect(result.feed).to.equal(undefined);
    expect(result.problems).to.deep.equal([
      {
        severity: 'fatal',
        path: 'version',
        message: 'version: expected a JSON Feed version URL (https://jsonfeed.org/version/1.1); got "https://example.org/rss"',
      },
    ]);
  });

  it('is fatal when items is not a list', () => {
    const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', items: { id: 1 } }, BASE);
    expect(result.feed).to.equal(undefined);
    expect(result.problems[0]).to.include({ severity: 'fatal', path: 'items' });
    expect(result.problems[0].message).to.equal('items: expected an array; got an object');
  });

  it('keeps an unknown demand status as written, with a warning that lists the known ones', () => {
    const result = validateFeed(withItem((item) => (item._standpoint.demands[2].status = 'done')), BASE);
    expect(messages(result)).to.deep.equal([
      'items[0]._standpoint.demands[2].status: expected one of pending, voiced, negotiating, enshrined, implemented, rejected; got "done"',
    ]);
    expect(result.problems[0].severity).to.equal('warning');
    expect(result.feed?.items[0]._standpoint?.demands?.[2].status).to.equal('done');
  });

  it('leaves out a malformed demand and keeps the others', () => {
    const result = validateFeed(withItem((item) => delete item._standpoint.demands[1].text), BASE);
    expect(messages(result)).to.deep.equal([
      'items[0]._standpoint.demands[1].text: expected a string; got nothing; items[0]._standpoint.demands[1] was left out',
    ]);
    const ids = result.feed?.items[0]._standpoint?.demands?.map((demand) => demand.id);
    expect(ids).to.deep.equal([fullFeed.items[0]._standpoint.demands[0].id, fullFeed.items[0]._standpoint.demands[2].id]);
  });

  it('drops an unsafe URL but keeps the demand it belongs to', () => {
    const result = validateFeed(withItem((item) => (item._standpoint.demands[0].url = 'javascript:alert(1)')), BASE);
    expect(messages(result)).to.deep.equal([
      'items[0]._standpoint.demands[0].url: expected an http:, https: or mailto: URL; got "javascript:alert(1)"',
    ]);
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
    const cases: [unknown, string][] = [
      [-5, 'expected a number of at least 0; got -5'],
      [1.5, 'expected a whole number; got 1.5'],
      [1e12, 'expected a number below 10 000 000 000; got 1000000000000'],
      ['12', 'expected a number; got "12"'],
    ];
    for (const [count, expected] of cases) {
      const result = validateFeed(withItem((item) => (item._standpoint.signatories.count = count)), BASE);
      expect(messages(result)).to.deep.equal([`items[0]._standpoint.signatories.count: ${expected}`]);
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
      extra: 'not in the format: left out',
    }));
    const sound = validateFeed(withItem((item) => (item._standpoint.signatories.list = names)), BASE);
    // One bad entry sends the list through the salvaging walk instead.
    const walked = validateFeed(withItem((item) => (item._standpoint.signatories.list = [...names, { name: 42 }])), BASE);
    expect(sound.problems).to.deep.equal([]);
    expect(messages(walked)).to.deep.equal(['items[0]._standpoint.signatories.list[300].name: expected a string; got 42; items[0]._standpoint.signatories.list[300] was left out']);
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

  it('leaves out an item without an id and names it', () => {
    const result = validateFeed({ version: 'https://jsonfeed.org/version/1.1', items: [{ title: 'x' }, { id: 'b' }] }, BASE);
    expect(messages(result)).to.deep.equal(['items[0].id: expected a string or a number; got nothing; items[0] was left out']);
    expect(result.feed?.items.map((item) => item.id)).to.deep.equal(['b']);
  });
});
