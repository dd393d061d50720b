import { expect } from '@open-wc/testing';
import * as root from '../../src/index.js';

const TAGS = ['standpoint-statement', 'standpoint-demands', 'standpoint-counter', 'standpoint-share', 'standpoint-embed', 'standpoint-related'];

describe('the package root', () => {
  it('registers no element: its classes come without a side effect (the define subpaths register)', () => {
    expect(root.StandpointCounter).to.be.a('function');
    expect(root.parseFeed).to.be.a('function');
    for (const tag of TAGS) expect(customElements.get(tag), `<${tag}>`).to.equal(undefined);
  });

  it('keeps the view model and the helpers internal', () => {
    for (const name of ['localizeItem', 'findItem', 'warnOnce', 'resetFeedCache', 'tweenCount', 'encodeParam', 'FeedController', 'defineElement', 'StandpointElement']) {
      expect(Object.keys(root), name).not.to.include(name);
    }
  });
});
