import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ScrollFocusController } from '../../src/components/standpoint-counter/scroll-focus-controller.js';

async function setup() {
  const root = await fixture<HTMLDivElement>(html`<div><ul class="list"></ul></div>`);
  const controllers: ReactiveController[] = [];
  const host = {
    renderRoot: root,
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: () => undefined,
    updateComplete: Promise.resolve(true),
    updated: () => controllers.forEach((controller) => controller.hostUpdated?.()),
    disconnected: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  new ScrollFocusController(host as typeof host & ReactiveControllerHost, '.list');
  const list = root.querySelector('ul')!;
  list.style.overflowY = 'auto';
  list.style.maxHeight = '3rem';
  return { host, root, list };
}
const fill = (list: HTMLElement, names: number) => list.replaceChildren(...Array.from({ length: names }, (_, index) => Object.assign(document.createElement('li'), { textContent: `Name ${index}` })));

describe('counter logic: the keyboard stop of a scrolling list (ScrollFocusController)', () => {
  it('makes a list that scrolls focusable, and takes the tab stop away when it no longer does', async () => {
    const { host, list } = await setup();
    host.updated();
    fill(list, 40);
    await waitUntil(() => list.getAttribute('tabindex') === '0', 'a scrolling list got no tab stop');
    fill(list, 1);
    await waitUntil(() => !list.hasAttribute('tabindex'), 'a list that fits kept its tab stop');
  });

  it('adds no tab stop to a list that fits', async () => {
    const { host, list } = await setup();
    fill(list, 1);
    host.updated();
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(list.hasAttribute('tabindex')).to.equal(false);
  });

  it('stops watching when the element leaves the page', async () => {
    const { host, list } = await setup();
    host.updated();
    host.disconnected();
    fill(list, 40);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(list.hasAttribute('tabindex')).to.equal(false);
  });

  it('follows a list that an update replaced', async () => {
    const { host, root, list } = await setup();
    host.updated();
    const replacement = list.cloneNode() as HTMLUListElement;
    list.replaceWith(replacement);
    host.updated();
    fill(replacement, 40);
    await waitUntil(() => replacement.getAttribute('tabindex') === '0', 'the new list was not watched');
    expect(root.querySelectorAll('[tabindex]')).to.have.length(1);
  });
});
