import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import {
  buildFediverseUrl,
  buildShareUrl,
  DEFAULT_NETWORKS,
  encodeParam,
  hashtagWords,
  isShareableUrl,
  normalizeServer,
  parseNetworks,
  withCampaign,
  type ShareData,
} from '../../src/components/standpoint-share/share-urls.js';

// A URL and a text with spaces, `&`, `#`, Cyrillic and an emoji (with its variation selector).
const data: ShareData = {
  url: 'https://example.org/позиція?a=1&b=2#demands',
  title: 'Title & co',
  text: 'Права & мир #1 🕊️ now',
  hashtags: ['HumanRights', '#ПраваЛюдини'],
};
// The same values percent-encoded by hand, so a test fails if the encoding changes.
const URL_ = 'https%3A%2F%2Fexample.org%2F%D0%BF%D0%BE%D0%B7%D0%B8%D1%86%D1%96%D1%8F%3Fa%3D1%26b%3D2%23demands';
const TEXT = '%D0%9F%D1%80%D0%B0%D0%B2%D0%B0%20%26%20%D0%BC%D0%B8%D1%80%20%231%20%F0%9F%95%8A%EF%B8%8F%20now';
const TAGS = '%23HumanRights%20%23%D0%9F%D1%80%D0%B0%D0%B2%D0%B0%D0%9B%D1%8E%D0%B4%D0%B8%D0%BD%D0%B8';
const TITLE = 'Title%20%26%20co';

describe('share URLs', () => {
  it('builds the exact link of every network, every parameter encoded', () => {
    expect(buildShareUrl('telegram', data)).to.equal(`https://t.me/share/url?url=${URL_}&text=${TEXT}`);
    expect(buildShareUrl('viber', data)).to.equal(`viber://forward?text=${TEXT}%20${URL_}`);
    expect(buildShareUrl('whatsapp', data)).to.equal(`https://wa.me/?text=${TEXT}%20${URL_}`);
    expect(buildShareUrl('facebook', data)).to.equal(`https://www.facebook.com/sharer/sharer.php?u=${URL_}`);
    expect(buildShareUrl('x', data)).to.equal(`https://x.com/intent/post?text=${TEXT}%20${TAGS}&url=${URL_}`);
    expect(buildShareUrl('linkedin', data)).to.equal(`https://www.linkedin.com/sharing/share-offsite/?url=${URL_}`);
    expect(buildShareUrl('bluesky', data)).to.equal(`https://bsky.app/intent/compose?text=${TEXT}%20${TAGS}%20${URL_}`);
    expect(buildShareUrl('email', data)).to.equal(`mailto:?subject=${TITLE}&body=${TEXT}%0D%0A%0D%0A${URL_}`);
  });

  it('gives back exactly the values it was given when the link is read', () => {
    const telegram = new URL(buildShareUrl('telegram', data));
    expect(telegram.searchParams.get('url')).to.equal(data.url);
    expect(telegram.searchParams.get('text')).to.equal(data.text);
    const x = new URL(buildShareUrl('x', data));
    expect(x.searchParams.get('text')).to.equal('Права & мир #1 🕊️ now #HumanRights #ПраваЛюдини');
    expect(x.searchParams.get('url')).to.equal(data.url);
  });

  it('never writes + for a space in a mailto link', () => {
    const href = buildShareUrl('email', { url: 'https://example.org/a b', title: 'a b', text: 'c d' });
    expect(href).to.equal('mailto:?subject=a%20b&body=c%20d%0D%0A%0D%0Ahttps%3A%2F%2Fexample.org%2Fa%20b');
    expect(href).not.to.contain('+');
  });

  it('leaves out an empty text instead of sending an empty parameter', () => {
    const bare = { url: 'https://example.org/s' };
    expect(buildShareUrl('telegram', bare)).to.equal('https://t.me/share/url?url=https%3A%2F%2Fexample.org%2Fs');
    expect(buildShareUrl('x', bare)).to.equal('https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fs');
    expect(buildShareUrl('email', bare)).to.equal('mailto:?body=https%3A%2F%2Fexample.org%2Fs');
    expect(buildShareUrl('whatsapp', { ...bare, title: 'Only a title' })).to.equal(
      'https://wa.me/?text=Only%20a%20title%20https%3A%2F%2Fexample.org%2Fs',
    );
  });

  it('does not throw on a broken emoji (a lone surrogate)', () => {
    expect(encodeParam('a\ud83d b')).to.equal('a%EF%BF%BD%20b');
    expect(() => buildShareUrl('bluesky', { url: 'https://example.org/', text: '\udc00' })).not.to.throw();
  });

  it('writes hashtags as single #words', () => {
    expect(hashtagWords(['Human Rights', '#Peace', '', '##Мир'])).to.equal('#HumanRights #Peace #Мир');
    expect(hashtagWords(undefined)).to.equal('');
  });

  it('shares only web addresses', () => {
    expect(isShareableUrl('https://example.org/')).to.equal(true);
    expect(isShareableUrl('HTTP://example.org/')).to.equal(true);
    expect(isShareableUrl('mailto:info@example.org')).to.equal(false);
    expect(isShareableUrl(undefined)).to.equal(false);
  });
});

describe('the reader’s Fediverse server', () => {
  it('accepts what people paste and keeps only the host name', () => {
    expect(normalizeServer('mastodon.social')).to.equal('mastodon.social');
    expect(normalizeServer('  Mastodon.Social  ')).to.equal('mastodon.social');
    expect(normalizeServer('https://mastodon.social/')).to.equal('mastodon.social');
    expect(normalizeServer('https://mastodon.social/@someone?x=1#y')).to.equal('mastodon.social');
    expect(normalizeServer('@someone@social.example.org')).to.equal('social.example.org');
    expect(normalizeServer('mstdn.social.')).to.equal('mstdn.social');
    expect(normalizeServer('соціальна.укр'), 'an internationalised name becomes punycode').to.equal('xn--80aa6aicr0b0c1e.xn--j1amh');
  });

  it('refuses anything that is not a host name', () => {
    const bad = [
      '',
      '   ',
      'localhost',
      'mastodon',
      '127.0.0.1',
      '[::1]',
      'mastodon.social:8080',
      'javascript:alert(1)',
      'a..b',
      '-bad.example',
      'bad-.example',
      'has space.example',
      'under_score.example',
      'evil.example%2F',
      'user:pass@',
      `${'a'.repeat(64)}.example`,
    ];
    for (const value of bad) expect(normalizeServer(value), JSON.stringify(value)).to.equal(undefined);
    // What follows a slash is dropped, so only the host is kept, never the rest.
    expect(normalizeServer('evil.example/share?text=x#')).to.equal('evil.example');
  });

  it('builds the share page of that server, or nothing', () => {
    expect(buildFediverseUrl('https://Mastodon.Social/', data)).to.equal(
      `https://mastodon.social/share?text=${TEXT}%20${TAGS}%20${URL_}`,
    );
    expect(buildFediverseUrl('not a server', data)).to.equal(undefined);
  });
});

describe('campaign parameters', () => {
  it('adds nothing unless the webmaster sets them', () => {
    expect(withCampaign('https://example.org/s?a=1#x', {})).to.equal('https://example.org/s?a=1#x');
    expect(withCampaign('https://example.org/s', { source: '  ', medium: undefined })).to.equal('https://example.org/s');
  });

  it('appends the ones that are set, keeping query and fragment', () => {
    expect(withCampaign('https://example.org/s?a=1&b=x%20y#demands', { source: 'partner site', campaign: 'peace-2025' })).to.equal(
      'https://example.org/s?a=1&b=x%20y&utm_source=partner%20site&utm_campaign=peace-2025#demands',
    );
    expect(withCampaign('https://example.org/s', { source: 's', medium: 'm', campaign: 'c' })).to.equal(
      'https://example.org/s?utm_source=s&utm_medium=m&utm_campaign=c',
    );
  });

  it('replaces a campaign value the URL already has', () => {
    expect(withCampaign('https://example.org/s?utm_source=old&a=1', { source: 'new' })).to.equal(
      'https://example.org/s?a=1&utm_source=new',
    );
  });
});

describe('the networks attribute', () => {
  afterEach(() => sinon.restore());

  it('gives every network, then the Fediverse field, when absent', () => {
    expect(parseNetworks(undefined)).to.deep.equal(['telegram', 'viber', 'whatsapp', 'facebook', 'x', 'linkedin', 'bluesky', 'email', 'fediverse']);
    expect(parseNetworks(null)).to.deep.equal([...DEFAULT_NETWORKS]);
    expect(parseNetworks('')).to.deep.equal([]);
  });

  it('keeps the webmaster’s order, each network once, and knows common spellings', () => {
    expect(parseNetworks('email  Telegram\nx,telegram')).to.deep.equal(['email', 'telegram', 'x']);
    expect(parseNetworks('twitter mail mastodon')).to.deep.equal(['x', 'email', 'fediverse']);
  });

  it('ignores an unknown name with one console warning', () => {
    const warn = sinon.stub(console, 'warn');
    const unknown = `myspace${Date.now()}`;
    expect(parseNetworks(`telegram ${unknown}`)).to.deep.equal(['telegram']);
    expect(parseNetworks(`${unknown} email`)).to.deep.equal(['email']);
    expect(warn.callCount).to.equal(1);
    expect(String(warn.firstCall.args[0])).to.contain(`"${unknown}"`);
  });
});
