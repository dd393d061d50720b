import { expect } from '@open-wc/testing';
import { shareThroughSheet } from '../../src/components/standpoint-share/platform.js';

const data = { url: 'https://example.org/standpoint', title: 'A sample standpoint' };

/** Replaces navigator.share for one test. */
function withShare(share: unknown, run: () => Promise<unknown>): Promise<unknown> {
  Object.defineProperty(navigator, 'share', { configurable: true, value: share });
  return run().finally(() => delete (navigator as unknown as Record<string, unknown>).share);
}

describe('share logic: the system share sheet (shareThroughSheet)', () => {
  it('says "shared" when the sheet resolves, with the data given', () =>
    withShare(
      async (given: unknown) => expect(given).to.deep.equal(data),
      async () => expect(await shareThroughSheet(data)).to.equal('shared'),
    ));

  it('says "closed" when the reader closed the sheet', () =>
    withShare(
      () => Promise.reject(new DOMException('Share canceled', 'AbortError')),
      async () => expect(await shareThroughSheet(data)).to.equal('closed'),
    ));

  it('says "failed" for any other refusal, a throw included, and never throws itself', async () => {
    await withShare(
      () => Promise.reject(new DOMException('Not allowed', 'NotAllowedError')),
      async () => expect(await shareThroughSheet(data)).to.equal('failed'),
    );
    await withShare(
      () => {
        throw new TypeError('bad data');
      },
      async () => expect(await shareThroughSheet(data)).to.equal('failed'),
    );
    await withShare(undefined, async () => expect(await shareThroughSheet(data)).to.equal('failed'));
  });
});
