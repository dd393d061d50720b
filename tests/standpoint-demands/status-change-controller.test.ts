import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import sinon from 'sinon';
import { HIGHLIGHT_MS, StatusChangeController, type ShownDemands } from '../../src/components/standpoint-demands/status-change-controller.js';

class FakeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly requestUpdate = sinon.spy();
  readonly updateComplete = Promise.resolve(true);
  addController(controller: ReactiveController) {
    this.controllers.push(controller);
  }
  removeController() {}
}

/** A view model with only what the controller reads: a fresh item object each time, as a refresh gives. */
const view = (statuses: Record<string, string>, { id = 'item-1', sourceUrl = 'https://example.org/feed.json' } = {}) =>
  ({
    item: { id },
    sourceUrl,
    demands: Object.entries(statuses).map(([demandId, status]) => ({ id: demandId, status, text: `Sample demand ${demandId}` })),
  }) as unknown as ShownDemands;

function setup() {
  const host = new FakeHost();
  let shown: ShownDemands | undefined;
  const controller = new StatusChangeController(host, () => shown);
  const update = (next: ShownDemands | undefined) => {
    shown = next;
    controller.hostUpdate();
  };
  return { host, controller, update };
}

describe('StatusChangeController', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => (clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })));
  afterEach(() => sinon.restore());

  it('registers with its host and sees no change on the first item shown', () => {
    const { host, controller, update } = setup();
    expect(host.controllers).to.deep.equal([controller]);
    update(undefined);
    update(view({ a: 'pending', b: 'voiced' }));
    expect(controller.changes).to.deep.equal([]);
    expect(controller.isHighlighted('a')).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });

  it('keeps the changes of a refreshed copy for the live region and marks the changed demands until the time is up', () => {
    const { host, controller, update } = setup();
    update(view({ a: 'pending', b: 'voiced' }));
    update(view({ a: 'pending', b: 'enshrined' }));
    expect(controller.changes).to.deep.equal([{ id: 'b', number: 2, from: 'voiced', to: 'enshrined' }]);
    expect(controller.isHighlighted('b')).to.equal(true);
    expect(controller.isHighlighted('a')).to.equal(false);
    expect(host.requestUpdate.callCount, 'the update under way renders it').to.equal(0);

    clock.tick(HIGHLIGHT_MS - 1);
    expect(controller.isHighlighted('b')).to.equal(true);
    clock.tick(1);
    expect(controller.isHighlighted('b')).to.equal(false);
    expect(host.requestUpdate.callCount).to.equal(1);
    expect(controller.changes, 'the announcement stays').to.have.length(1);
  });

  it('starts the time again for a second change, and ignores a render of the same copy', () => {
    const { controller, update } = setup();
    update(view({ a: 'pending' }));
    update(view({ a: 'voiced' }));
    clock.tick(HIGHLIGHT_MS - 100);
    const next = view({ a: 'negotiating' });
    update(next);
    update(next);
    expect(controller.changes).to.deep.equal([{ id: 'a', number: 1, from: 'voiced', to: 'negotiating' }]);
    expect(clock.countTimers()).to.equal(1);
    clock.tick(HIGHLIGHT_MS - 1);
    expect(controller.isHighlighted('a')).to.equal(true);
    clock.tick(1);
    expect(controller.isHighlighted('a')).to.equal(false);
  });

  it('does not take another item, or the same id from another feed, for a change', () => {
    const { controller, update } = setup();
    update(view({ a: 'pending' }));
    update(view({ a: 'rejected' }, { id: 'item-2' }));
    update(view({ a: 'enshrined' }, { id: 'item-2', sourceUrl: 'https://example.net/other.json' }));
    expect(controller.changes).to.deep.equal([]);
    expect(controller.isHighlighted('a')).to.equal(false);
    expect(clock.countTimers()).to.equal(0);
  });

  it('clears its mark and its timer when the host leaves the page', () => {
    const { host, controller, update } = setup();
    update(view({ a: 'pending' }));
    update(view({ a: 'implemented' }));
    expect(clock.countTimers()).to.equal(1);
    controller.hostDisconnected();
    expect(clock.countTimers()).to.equal(0);
    expect(controller.isHighlighted('a')).to.equal(false);
    expect(host.requestUpdate.callCount).to.equal(1);
  });
});
