import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import { SanitizedBodyCache, type Sanitizer } from '../../src/components/standpoint-statement/sanitized-body-cache.js';
import type { SanitizeOptions } from '../../src/components/standpoint-statement/sanitize.js';

const parse = (source: string) => {
  const template = document.createElement('template');
  template.innerHTML = source;
  return template.content;
};

/** A sanitiser the test controls: ready or not, a load it settles itself, markup parsed as it is (the test's own, never a feed's). */
function fakeSanitizer(ready: boolean) {
  let settle: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let sanitize: (source: string) => DocumentFragment = parse;
  const sanitizer = {
    ready: () => ready,
    load: sinon.spy(() => new Promise<void>((resolve, reject) => (settle = { resolve: () => ((ready = true), resolve()), reject }))),
    sanitize: sinon.spy((source: string, _options: SanitizeOptions) => sanitize(source)),
  } satisfies Sanitizer;
  return {
    sanitizer,
    resolve: () => settle!.resolve(),
    reject: (error: Error) => settle!.reject(error),
    sanitizeWith: (next: (source: string) => DocumentFragment) => (sanitize = next),
  };
}

const host = () => ({ requestUpdate: sinon.spy() });
const settled = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SanitizedBodyCache', () => {
  afterEach(() => sinon.restore());

  it('sanitises at once when the sanitiser is ready, and gives the same object for the same source, base and level', () => {
    const { sanitizer } = fakeSanitizer(true);
    const cache = new SanitizedBodyCache(host(), sanitizer);
    const body = cache.bodyFor('<p>One</p><h3>Two</h3><p>Three</p>', 'https://example.org/', 2);
    expect(body.status).to.equal('ready');
    expect(body.blocks.map((block) => block.map((node) => node.textContent).join(''))).to.deep.equal(['One', 'Two', 'Three']);
    expect(cache.bodyFor('<p>One</p><h3>Two</h3><p>Three</p>', 'https://example.org/', 2)).to.equal(body);
    expect(sanitizer.sanitize.callCount).to.equal(1);
    expect(sanitizer.sanitize.firstCall.args[1]).to.deep.equal({ base: 'https://example.org/', headingLevel: 2 });
    const deeper = cache.bodyFor('<p>One</p><h3>Two</h3><p>Three</p>', 'https://example.org/', 3);
    expect(deeper).to.not.equal(body);
    expect(sanitizer.sanitize.callCount).to.equal(2);
  });

  it('is loading until the sanitiser arrives, then re-renders the host once and gives the sanitised body', async () => {
    const { sanitizer, resolve } = fakeSanitizer(false);
    const element = host();
    const cache = new SanitizedBodyCache(element, sanitizer);
    const loading = cache.bodyFor('<p>Sample <em>text</em></p>', '', 2);
    expect(loading.status).to.equal('loading');
    expect(cache.bodyFor('<p>Sample <em>text</em></p>', '', 2), 'no second load while the first is under way').to.equal(loading);
    expect(sanitizer.load.callCount).to.equal(1);
    expect(element.requestUpdate.callCount).to.equal(0);
    resolve();
    await settled();
    expect(element.requestUpdate.callCount).to.equal(1);
    const ready = cache.bodyFor('<p>Sample <em>text</em></p>', '', 2);
    expect(ready.status).to.equal('ready');
    expect((ready.blocks[0][0] as Element).querySelector('em')).to.exist;
  });

  it('ignores a sanitiser that arrives for a body the host has moved on from', async () => {
    const { sanitizer, resolve } = fakeSanitizer(false);
    const element = host();
    const cache = new SanitizedBodyCache(element, sanitizer);
    cache.bodyFor('<p>First</p>', '', 2);
    cache.bodyFor('<p>Second</p>', '', 2);
    resolve();
    await settled();
    expect(element.requestUpdate.callCount, 'one render, for the body shown now').to.equal(1);
    expect(sanitizer.sanitize.args.map((args) => args[0])).to.deep.equal(['<p>Second</p>']);
  });

  it('gives a failed body, with a warning, when the sanitiser cannot load', async () => {
    const warn = sinon.stub(console, 'warn');
    const { sanitizer, reject } = fakeSanitizer(false);
    const element = host();
    const cache = new SanitizedBodyCache(element, sanitizer);
    cache.bodyFor('<p>Offline</p>', '', 2);
    reject(new Error('chunk unreachable, sample error'));
    await settled();
    expect(element.requestUpdate.callCount).to.equal(1);
    expect(cache.bodyFor('<p>Offline</p>', '', 2).status).to.equal('failed');
    expect(warn.args.flat().join(' ')).to.include('chunk unreachable, sample error');
  });

  it('gives a failed body when sanitising throws or leaves nothing of markup that had text; an empty one stays ready', () => {
    sinon.stub(console, 'warn');
    const { sanitizer, sanitizeWith } = fakeSanitizer(true);
    const cache = new SanitizedBodyCache(host(), sanitizer);
    expect(cache.bodyFor('', '', 2)).to.include({ status: 'ready' });
    expect(cache.bodyFor('<frameset></frameset>', '', 2)).to.include({ status: 'ready' });
    sanitizeWith(() => document.createDocumentFragment());
    expect(cache.bodyFor('<p>refused by a policy</p>', '', 2)).to.include({ status: 'failed' });
    sanitizeWith(() => {
      throw new Error('sample failure');
    });
    expect(cache.bodyFor('<p>breaks the sanitiser</p>', '', 2)).to.include({ status: 'failed' });
  });

  it('renders `loading` while hydrating a server-rendered DOM, without loading or keeping anything', () => {
    const { sanitizer } = fakeSanitizer(true);
    const cache = new SanitizedBodyCache(host(), sanitizer);
    const hydrating = cache.bodyFor('<p>Text</p>', '', 2, true);
    expect(hydrating.status).to.equal('loading');
    expect(sanitizer.sanitize.callCount).to.equal(0);
    expect(cache.bodyFor('<p>Text</p>', '', 2).status).to.equal('ready');
  });

  it('splits a ready body after the preview’s paragraphs, keeping a heading with what follows, and keeps the holders while the cut stays', () => {
    const { sanitizer } = fakeSanitizer(true);
    const cache = new SanitizedBodyCache(host(), sanitizer);
    const body = cache.bodyFor('<p>One</p><h3>Two</h3><p>Three</p>', '', 2);
    const split = cache.splitAt(body, 1);
    expect(split.cut).to.equal(1);
    expect(split.preview.textContent).to.equal('One');
    expect(split.rest.textContent).to.equal('TwoThree');
    expect(split.preview.className).to.equal('html-blocks');
    expect(cache.splitAt(body, 1)).to.equal(split);
    const whole = cache.splitAt(body, Infinity);
    expect(whole.cut).to.equal(3);
    expect(whole.preview.textContent).to.equal('OneTwoThree');
    expect(whole.rest.textContent).to.equal('');
  });
});
