import '../helpers/lit-warnings.js';
import { expect, fixture, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { fullFeed } from '../fixtures/feeds.js';

/** The widgets with a `heading-level` attribute, and the level their main heading takes for the same attribute. */
const WIDGETS = ['standpoint-statement', 'standpoint-demands', 'standpoint-related'] as const;

async function headingLevel(tag: string, attribute: string): Promise<number> {
  const element = await fixture<HTMLElement>(`<${tag} lang="en" heading-level="${attribute}"></${tag}>`);
  (element as HTMLElement & { feed: unknown }).feed = fullFeed;
  await waitUntil(() => element.shadowRoot?.querySelector('#heading'), `${tag} renders its heading`, { timeout: 5000 });
  return Number(element.shadowRoot!.querySelector('#heading')!.localName.slice(1));
}

describe('heading-level, read the same by every widget', () => {
  for (const [attribute, level] of [['3', 3], ['2.6', 3], ['2.4', 2], ['0', 1], ['9', 6], ['x', 2], ['', 2]] as const) {
    it(`heading-level="${attribute}" gives h${level}`, async () => {
      for (const tag of WIDGETS) expect(await headingLevel(tag, attribute), tag).to.equal(level);
    });
  }
});
