import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import sinon from 'sinon';
import { describeProblem } from '../../src/feed/problem-text.js';
import { lintFeed } from '../../src/feed/lint.js';
import { localizeItem, matchTranslation } from '../../src/feed/select.js';
import type { FeedProblem, FeedProblemCode } from '../../src/feed/types.js';
import { parseFeed, validateFeed } from '../../src/feed/validate.js';
import { primaryLanguage } from '../../src/i18n/locale.js';
import '../../src/components/standpoint-counter/define.js';
import type { StandpointErrorEvent } from '../../src/events.js';
import { fullFeed } from '../fixtures/feeds.js';

const BASE = 'https://feeds.example.org/standpoint/feed.json';
const VERSION = 'https://jsonfeed.org/version/1.1';

const feedWith = (change: (feed: any) => void): any => {
  const feed = structuredClone(fullFeed) as any;
  change(feed);
  return feed;
};
const codes = (problems: readonly FeedProblem[]) => problems.map((problem) => `${problem.path} ${problem.code}`);

describe('feed problems: every one at once, in plain words, with a code', () => {
  it('lists a missing version first and still finds every other problem in the same pass', () => {
    const feed = feedWith((draft) => {
      delete draft.version;
      draft.items[0]._standpoint.demands[0].status = 'done';
      draft.items[0]._standpoint.signatories.count = -5;
      draft.items[0]._standpoint.translations.ua = draft.items[0]._standpoint.translations.uk;
    });
    const { feed: shown, problems } = validateFeed(feed, BASE);
    expect(shown).to.equal(undefined);
    expect(problems[0]).to.include({ severity: 'fatal', path: 'version', code: 'missing' });
    expect(problems[0].message).to.equal('The feed must say which JSON Feed version it is: add "version": "https://jsonfeed.org/version/1.1".');
    expect(codes(problems)).to.include.members([
      'items[0]._standpoint.demands[0].status not-one-of',
      'items[0]._standpoint.signatories.count bad-number',
      'items[0]._standpoint.translations.ua language-code',
    ]);
  });

  it('goes on past items that are not a list, to the rest of the feed', () => {
    const { problems } = validateFeed({ version: VERSION, home_page_url: 'javascript:x', items: { id: 1 } }, BASE);
    expect(codes(problems)).to.deep.equal(['home_page_url bad-url', 'items wrong-type']);
    expect(problems.map((problem) => problem.severity)).to.deep.equal(['warning', 'fatal']);
  });

  it('words every problem without the engine’s or valibot’s jargon, in English and Ukrainian', () => {
    const feed = feedWith((draft) => {
      draft.version = 'https://jsonfeed.org/version/10';
      draft.items[0].date_published = 'March 7';
      draft.items[0].authors = [['Org']];
      draft.items[0].title = 42;
      draft.items[0].expired = true;
      draft.items[0]._standpoint.demands[1].status = 'in negotiation';
      draft.items[0]._standpoint.signatores = 3;
      draft.items[0]._standpoint.translations.uk.demands = [{ text: 'x' }];
      draft.items.push({ ...draft.items[0] });
    });
    const { problems } = validateFeed(feed, BASE);
    const seen = new Set(problems.map((problem) => problem.code));
    for (const code of ['bad-version', 'bad-date', 'wrong-type', 'deprecated', 'not-one-of', 'unknown-key', 'duplicate-id'] as FeedProblemCode[]) {
      expect(seen.has(code), code).to.equal(true);
    }
    for (const problem of problems) {
      for (const lang of ['en', 'uk']) {
        const words = describeProblem(problem, lang);
        expect(words, `${problem.code} ${lang}`).not.to.match(/\bexpected\b|\bgot\b|undefined|Invalid|\[object/);
        if (/[.[]/.test(problem.path)) expect(words, `${problem.code} ${lang}`).not.to.contain(problem.path);
        if (lang === 'uk') expect(words, problem.code).to.match(/[а-яіїєґ]/);
      }
      expect(problem.message).to.equal(describeProblem(problem, 'en'));
    }
  });

  it('gives a plain message and the place for text that is not JSON, never the engine’s words', () => {
    const { problems } = parseFeed('{\n  "version": "x",\n  True\n}', BASE);
    expect(problems[0]).to.include({ code: 'not-json', severity: 'fatal' });
    expect(problems[0].message).not.to.match(/Unexpected token|JSON\.parse/);
    expect(problems[0].details).to.include({ line: 3, column: 3 });
  });

  it('suggests the nearest status and key for a near miss, and nothing for a far one', () => {
    const feed = feedWith((draft) => {
      draft.items[0]._standpoint.demands[0].status = 'in negotiation';
      draft.items[0]._standpoint.demands[1].status = 'done';
      draft.items[0]._standpoint.demands[2].stauts = 'voiced';
      draft.items[0]._standpoint.signatores = {};
    });
    const byPath = new Map(validateFeed(feed, BASE).problems.map((problem) => [problem.path, problem]));
    expect(byPath.get('items[0]._standpoint.demands[0].status')?.details?.suggestion).to.equal('negotiating');
    expect(byPath.get('items[0]._standpoint.demands[0].status')?.message).to.contain('Did you mean "negotiating"?');
    expect(byPath.get('items[0]._standpoint.demands[1].status')?.details?.suggestion).to.equal(undefined);
    expect(byPath.get('items[0]._standpoint.demands[2].stauts')?.details?.suggestion).to.equal('status');
    expect(byPath.get('items[0]._standpoint.signatores')?.details?.suggestion).to.equal('signatories');
  });

  it('checks the join link: a typo inside it, an address that is no web or mail address, a translation of its words', () => {
    const feed = feedWith((draft) => {
      draft.items[0]._standpoint.join = { url: 'https://coalition.test/join', txt: 'Join us' };
      draft.items[0]._standpoint.translations.uk.join = { text: 'Приєднуйтеся', lable: 'x' };
    });
    const { problems, feed: shown } = validateFeed(feed, BASE);
    expect(codes(problems)).to.deep.equal(['items[0]._standpoint.join.txt unknown-key', 'items[0]._standpoint.translations.uk.join.lable unknown-key']);
    expect(problems[0].details?.suggestion).to.equal('text');
    expect(shown?.items[0]._standpoint?.join).to.deep.equal({ url: 'https://coalition.test/join' });

    const relative = feedWith((draft) => (draft.items[0]._standpoint.join = { url: 'join/', text: 'Join' }));
    expect(validateFeed(relative, BASE).feed?.items[0]._standpoint?.join?.url, 'relative to the feed').to.equal('https://feeds.example.org/standpoint/join/');

    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'JAVA\tSCRIPT:alert(1)', 'ftp://coalition.test/join']) {
      const bad = feedWith((draft) => (draft.items[0]._standpoint.join = { url, text: 'Join' }));
      const result = validateFeed(bad, BASE);
      expect(codes(result.problems), url).to.deep.equal(['items[0]._standpoint.join.url bad-url']);
      expect(result.feed?.items[0]._standpoint?.join, `${url}: a link without its address is dropped whole`).to.equal(undefined);
      expect(localizeItem(result.feed!, result.feed!.items[0], 'en').join).to.equal(undefined);
    }
    const noUrl = feedWith((draft) => (draft.items[0]._standpoint.join = { text: 'Join' }));
    expect(codes(validateFeed(noUrl, BASE).problems)).to.deep.equal(['items[0]._standpoint.join.url missing']);
  });

  it('gives the view model the join link in the reader’s language, and none once the campaign has closed', () => {
    const feed = feedWith((draft) => {
      draft.items[0]._standpoint.join = { url: 'mailto:join@coalition.test', text: 'Join us' };
      draft.items[0]._standpoint.translations.uk.join = { text: '  ' };
    });
    const shown = validateFeed(feed, BASE).feed!;
    expect(localizeItem(shown, shown.items[0], 'en').join).to.deep.equal({ url: 'mailto:join@coalition.test', text: 'Join us', lang: 'en' });
    expect(localizeItem(shown, shown.items[0], 'uk').join, 'a blank translation keeps the original words').to.deep.equal({
      url: 'mailto:join@coalition.test',
      text: 'Join us',
      lang: 'en',
    });
    shown.items[0]._standpoint!.translations!.uk.join = { text: 'Приєднуйтеся' };
    expect(localizeItem(shown, shown.items[0], 'uk-UA').join).to.deep.equal({ url: 'mailto:join@coalition.test', text: 'Приєднуйтеся', lang: 'uk' });
    shown.items[0]._standpoint!.expired = true;
    expect(localizeItem(shown, shown.items[0], 'uk').join).to.equal(undefined);
    expect(localizeItem({ ...shown, expired: true }, { ...shown.items[0], _standpoint: { join: { url: 'https://coalition.test/' } } }, 'en').join).to.equal(undefined);
  });

  it('reports a typo once for a whole list, not once per entry', () => {
    const list = Array.from({ length: 50 }, (_, index) => ({ name: `Sample ${index}`, verifed: true }));
    const feed = feedWith((draft) => (draft.items[0]._standpoint.signatories.list = list));
    const { problems, feed: shown } = validateFeed(feed, BASE);
    expect(codes(problems)).to.deep.equal(['items[0]._standpoint.signatories.list[0].verifed unknown-key']);
    expect(problems[0].details?.suggestion).to.equal('verified');
    expect(shown?.items[0]._standpoint?.signatories?.list).to.have.length(50);
  });

  it('allows JSON Feed’s own fields and extensions that start with _, and warns about other keys', () => {
    const feed = feedWith((draft) => {
      draft.hubs = [{ type: 'WebSub', url: 'https://hub.example.net/' }];
      draft.user_comment = 'for feed readers';
      draft.items[0]._other = { anything: true };
      draft.items[0].banner_image = 'https://feeds.example.org/banner.png';
      draft.items[0].titel = 'typo';
    });
    const { problems } = validateFeed(feed, BASE);
    expect(codes(problems)).to.deep.equal(['items[0].titel unknown-key']);
    expect(problems[0].details?.suggestion).to.equal('title');
  });

  it('warns about "ua" wherever a language is written, and reads it as Ukrainian', () => {
    const feed = feedWith((draft) => {
      draft.language = 'ua';
      draft.items[0].language = 'en';
      draft.items[0]._standpoint.translations = { 'ua-UA': draft.items[0]._standpoint.translations.uk };
    });
    const result = validateFeed(feed, BASE);
    expect(codes(result.problems)).to.deep.equal(['language language-code', 'items[0]._standpoint.translations["ua-UA"] language-code']);
    expect(result.problems[0].details?.suggestion).to.equal('uk');
    expect(primaryLanguage('ua')).to.equal('uk');
    expect(matchTranslation(result.feed!.items[0]._standpoint!.translations, 'uk')?.tag).to.equal('ua-UA');
    const item = localizeItem(result.feed!, result.feed!.items[0], 'uk');
    expect(item.title).to.equal(fullFeed.items[0]._standpoint.translations.uk.title);
  });

  it('shows a widget with lang="ua" in Ukrainian, with one console warning', async () => {
    const warn = sinon.stub(console, 'warn');
    try {
      const element = await fixture(html`<standpoint-counter lang="ua" .feed=${structuredClone(fullFeed)}></standpoint-counter>`);
      await (element as any).updateComplete;
      await (element as any).updateComplete;
      const base = element.shadowRoot!.querySelector('[part~="base"]')!;
      expect(base.textContent).to.match(/підпис/i);
      const about = warn.getCalls().filter((call) => String(call.args[0]).includes('lang="ua"'));
      expect(about).to.have.length(1);
    } finally {
      warn.restore();
    }
  });

  it('makes a duplicate item id fatal and names it; a duplicate demand id is a warning', () => {
    const items = validateFeed(feedWith((draft) => draft.items.push({ id: draft.items[0].id, title: 'again' })), BASE);
    expect(items.feed).to.equal(undefined);
    expect(codes(items.problems)).to.deep.equal([`items[${fullFeed.items.length}].id duplicate-id`]);
    expect(items.problems[0].severity).to.equal('fatal');
    const demands = validateFeed(
      feedWith((draft) => (draft.items[0]._standpoint.demands[1].id = draft.items[0]._standpoint.demands[0].id)),
      BASE,
    );
    expect(codes(demands.problems)).to.deep.equal(['items[0]._standpoint.demands[1].id duplicate-id']);
    expect(demands.problems[0].severity).to.equal('warning');
  });

  it('answers item="x" that matches nothing with no-such-item and the ids there are', async () => {
    const element = document.createElement('standpoint-counter');
    element.setAttribute('item', 'nope');
    (element as any).feed = structuredClone(fullFeed);
    const error = oneEvent(element, 'standpoint-error') as Promise<StandpointErrorEvent>;
    document.body.append(element);
    const { detail } = await error;
    element.remove();
    expect(detail.code).to.equal('no-such-item');
    for (const item of fullFeed.items) expect(detail.message).to.contain(JSON.stringify(String(item.id)));
  });

  it('keeps paths and messages short, whatever the length of a key or value', () => {
    const long = 'k'.repeat(5000);
    const feed = feedWith((draft) => {
      draft.items[0]._standpoint[long] = 1;
      draft.items[0].url = `javascript:${'x'.repeat(5000)}`;
    });
    for (const problem of validateFeed(feed, BASE).problems) {
      expect(problem.path.length, problem.code).to.be.below(120);
      expect(problem.message.length, problem.code).to.be.below(400);
    }
  });
});

describe('JSON Feed 1.1 to the letter', () => {
  it('reads the campaign-closed state from _standpoint.expired, the feed’s expired, and the old item key with a warning', () => {
    const closed = validateFeed(feedWith((draft) => (draft.items[0]._standpoint.expired = true)), BASE);
    expect(closed.problems).to.deep.equal([]);
    expect(localizeItem(closed.feed!, closed.feed!.items[0], '').expired).to.equal(true);

    const feedLevel = validateFeed(feedWith((draft) => (draft.expired = true)), BASE);
    expect(localizeItem(feedLevel.feed!, feedLevel.feed!.items[0], '').expired).to.equal(true);

    const old = validateFeed(feedWith((draft) => (draft.items[0].expired = true)), BASE);
    expect(codes(old.problems)).to.deep.equal(['items[0].expired deprecated']);
    expect(old.problems[0].details?.replacement).to.equal('_standpoint.expired');
    expect(localizeItem(old.feed!, old.feed!.items[0], '').expired).to.equal(true);
  });

  it('gives items without authors the feed’s, and reads JSON Feed 1.0’s single author as one', () => {
    const inherited = validateFeed(
      feedWith((draft) => {
        draft.authors = [{ name: 'Sample coalition', url: 'https://feeds.example.org/' }];
        delete draft.items[0].authors;
      }),
      BASE,
    );
    expect(localizeItem(inherited.feed!, inherited.feed!.items[0], '').authors.map((author) => author.name)).to.deep.equal(['Sample coalition']);

    const single = validateFeed(
      feedWith((draft) => {
        draft.version = 'https://jsonfeed.org/version/1';
        draft.author = { name: 'Sample feed author' };
        delete draft.items[0].authors;
        draft.items[0].author = { name: 'Sample item author' };
      }),
      BASE,
    );
    expect(single.problems).to.deep.equal([]);
    expect(localizeItem(single.feed!, single.feed!.items[0], '').authors.map((author) => author.name)).to.deep.equal(['Sample item author']);
  });

  it('takes only the two JSON Feed version URLs, exactly', () => {
    for (const version of ['https://jsonfeed.org/version/10', 'https://jsonfeed.org/version/1.1/', 'http://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1.2']) {
      const result = validateFeed(feedWith((draft) => (draft.version = version)), BASE);
      expect(codes(result.problems), version).to.deep.equal(['version bad-version']);
    }
    for (const version of ['https://jsonfeed.org/version/1.1', 'https://jsonfeed.org/version/1']) {
      expect(validateFeed(feedWith((draft) => (draft.version = version)), BASE).problems, version).to.deep.equal([]);
    }
  });

  it('takes RFC 3339 dates only', () => {
    for (const date of ['1', '2025', 'March 7', '2025-08-13', '2025-13-01T10:00:00Z', '2025-08-13T10:00:00', '2025-08-13 10:00']) {
      const result = validateFeed(feedWith((draft) => (draft.items[0].date_published = date)), BASE);
      expect(codes(result.problems), date).to.deep.equal(['items[0].date_published bad-date']);
    }
    for (const date of ['2025-08-13T10:00:00+03:00', '2025-08-13T07:00:00Z', '2025-08-13t07:00:00.5z']) {
      expect(validateFeed(feedWith((draft) => (draft.items[0].date_published = date)), BASE).problems, date).to.deep.equal([]);
    }
    // The extension's own dates may leave the time out.
    const dayOnly = validateFeed(feedWith((draft) => (draft.items[0]._standpoint.demands[0].updated = '2025-08-13')), BASE);
    expect(dayOnly.problems).to.deep.equal([]);
  });

  it('reports an array where an object or a record belongs, and never turns it into one', () => {
    const result = validateFeed(
      feedWith((draft) => {
        draft.items[0].authors = [['Org']];
        draft.items[0]._standpoint.translations = [{ title: 'x' }];
      }),
      BASE,
    );
    expect(codes(result.problems)).to.deep.equal(['items[0].authors[0] wrong-type', 'items[0]._standpoint.translations wrong-type']);
    expect(result.feed?.items[0].authors).to.deep.equal([]);
    expect(result.feed?.items[0]._standpoint).not.to.have.property('translations');
  });
});

describe('authoring warnings (lintFeed)', () => {
  it('finds the starter’s placeholders and example addresses', () => {
    const feed = feedWith((draft) => {
      draft.title = 'Your coalition (replace)';
      draft.items[0].summary = 'Одне-два речення (замініть).';
      draft.home_page_url = 'https://example.org/';
      draft.items[0]._standpoint.share = { url: 'https://www.example.com/standpoint' };
    });
    const problems = lintFeed(feed);
    expect(codes(problems)).to.include.members([
      'title placeholder',
      'items[0].summary placeholder',
      'home_page_url placeholder',
      'items[0]._standpoint.share.url placeholder',
    ]);
    expect(lintFeed({ version: VERSION, items: [{ id: 'a', title: 'Our standpoint', url: 'https://coalition.test/a' }] })).to.deep.equal([]);
  });

  it('names each part a translation lacks', () => {
    const feed = feedWith((draft) => {
      const uk = draft.items[0]._standpoint.translations.uk;
      delete uk.summary;
      delete uk.demands[draft.items[0]._standpoint.demands[2].id];
    });
    const missing = lintFeed(feed).filter((problem) => problem.code === 'untranslated').map((problem) => problem.details?.missing);
    const demandId = fullFeed.items[0]._standpoint.demands[2].id;
    expect(missing).to.include('summary');
    expect(missing).to.include(`demands[${JSON.stringify(demandId)}].text`);
  });

  it('names a join text that a translation lacks, and the starter’s placeholder join words', () => {
    const feed = feedWith((draft) => (draft.items[0]._standpoint.join = { url: 'https://coalition.test/join', text: 'Add your organisation' }));
    const missing = () => lintFeed(feed).filter((problem) => problem.code === 'untranslated').map((problem) => problem.details?.missing);
    expect(missing()).to.include('join.text');
    feed.items[0]._standpoint.translations.uk.join = { text: 'Додайте свою організацію' };
    expect(missing()).not.to.include('join.text');
    // Without words of its own the link says the interface's, which are translated already.
    delete feed.items[0]._standpoint.join.text;
    delete feed.items[0]._standpoint.translations.uk.join;
    expect(missing()).not.to.include('join.text');

    // Every other address replaced: the sample join link left over is still found.
    const join = { url: 'https://example.org/standpoint/join', text: 'Add your organisation (replace)' };
    const starter = { version: VERSION, items: [{ id: 'a', url: 'https://coalition.test/a', _standpoint: { join } }] };
    expect(codes(lintFeed(starter))).to.include.members(['items[0]._standpoint.join.url placeholder', 'items[0]._standpoint.join.text placeholder']);
  });

  it('names the tags and each attachment title a translation lacks', () => {
    const url = 'https://coalition.test/standpoint-en.pdf';
    const feed = feedWith((draft) => {
      draft.items[0].tags = ['ceasefire'];
      draft.items[0].attachments = [{ url, mime_type: 'application/pdf', title: 'Full text' }];
      delete draft.items[0]._standpoint.translations.uk.tags;
      delete draft.items[0]._standpoint.translations.uk.attachments;
    });
    const missing = () => lintFeed(feed).filter((problem) => problem.code === 'untranslated').map((problem) => problem.details?.missing);
    expect(missing()).to.include.members(['tags', `attachments[${JSON.stringify(url)}]`]);
    const uk = feed.items[0]._standpoint.translations.uk;
    uk.tags = ['перемир’я'];
    uk.attachments = { [url]: 'Повний текст' };
    expect(missing()).not.to.include.members(['tags']);
    expect(missing().some((path) => path?.startsWith('attachments'))).to.equal(false);
  });
});
