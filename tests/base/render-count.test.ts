import '../helpers/lit-warnings.js';
import { expect, fixture, html, nextFrame, oneEvent } from '@open-wc/testing';
import { resetFeedCache } from '../../src/feed/loader.js';
import { defineElement } from '../../src/define-element.js';
import { fullFeed } from '../fixtures/feeds.js';
import { feedUrl, putFeed, uniqueFeedName } from '../helpers/feed-server.js';
import { TestStandpoint } from '../helpers/test-element.js';

/** The test widget, noting for each render whether it had to match the server's. */
class RenderCounting extends TestStandpoint {
  readonly renders: boolean[] = [];

  override render(): unknown {
    this.renders.push(this.rendersAsServer);
    return super.render();
  }
}
defineElement('render-counting', RenderCounting);

/** A few frames and tasks, time for any further update to run. */
async function settle(): Promise<void> {
  for (let frame = 0; frame < 3; frame += 1) await nextFrame();
  await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('StandpointElement renders once per update', () => {
  afterEach(() => resetFeedCache());

  it('renders its feed once when the feed is there from the start', async () => {
    const element = document.createElement('render-counting') as RenderCounting;
    element.feed = fullFeed;
    const loaded = oneEvent(element, 'standpoint-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await loaded;
    await settle();
    expect(element.renders).to.deep.equal([false]);
  });

  it('renders the fallback once and the feed once when the feed comes from the network', async () => {
    const name = uniqueFeedName();
    await putFeed(name, fullFeed, { delay: 50 });
    const element = document.createElement('render-counting') as RenderCounting;
    element.src = feedUrl(name);
    const loaded = oneEvent(element, 'standpoint-load');
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await loaded;
    await settle();
    expect(element.renders).to.have.length(2);
    expect(element.shadowRoot!.querySelector('h2')!.textContent).to.equal(fullFeed.items[0].title);
  });

  it('renders once more for each change, not twice', async () => {
    const element = document.createElement('render-counting') as RenderCounting;
    element.feed = fullFeed;
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(element);
    await settle();
    element.setAttribute('lang', 'uk');
    await settle();
    expect(element.renders).to.have.length(2);
  });

  it('hydrating a server-rendered tree, matches the server first, then renders once for the browser', async () => {
    const holder = await fixture<HTMLDivElement>(html`<div></div>`);
    // A declarative shadow root, as `standpoint-widgets render` writes it; the element upgrades when it is connected.
    const parsed = Document.parseHTMLUnsafe(
      '<render-counting><template shadowrootmode="open"><h2 part="base">server</h2></template></render-counting>',
    );
    const element = document.adoptNode(parsed.body.firstElementChild!) as RenderCounting;
    element.feed = fullFeed;
    holder.append(element);
    await settle();
    expect(element.renders).to.deep.equal([true, false]);
  });
});
