import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { ListRevealController } from '../../src/components/standpoint-counter/list-reveal-controller.js';

function fakeHost() {
  const controllers: ReactiveController[] = [];
  const host = {
    addController: (controller: ReactiveController) => void controllers.push(controller),
    removeController: () => undefined,
    requestUpdate: sinon.spy(),
    updateComplete: Promise.resolve(true),
    disconnect: () => controllers.forEach((controller) => controller.hostDisconnected?.()),
  };
  return host as typeof host & ReactiveControllerHost;
}

describe('counter logic: the "show all" reveal (ListRevealController)', () => {
  let clock: sinon.SinonFakeTimers;
  beforeEach(() => {
    clock = sinon.useFakeTimers({ toFake: ['requestAnimationFrame', 'cancelAnimationFrame'] });
  });
  afterEach(() => clock.restore());

  it('shows a page until asked for all, then adds one chunk per frame up to the whole list', () => {
    const host = fakeHost();
    const reveal = new ListRevealController(host, 1000);
    expect(reveal.shown(3500, 20)).to.equal(20);
    reveal.toggle(3500, 20);
    expect(reveal.expanded).to.equal(true);
    expect(reveal.shown(3500, 20)).to.equal(1020);
    clock.tick(16);
    expect(reveal.shown(3500, 20)).to.equal(2020);
    clock.tick(16);
    clock.tick(16);
    expect(reveal.shown(3500, 20)).to.equal(3500);
    expect(clock.countTimers(), 'no frame after the last chunk').to.equal(0);
    expect(host.requestUpdate.callCount).to.be.at.least(4);
  });

  it('goes back to a page when toggled again, and stops revealing', () => {
    const reveal = new ListRevealController(fakeHost(), 1000);
    reveal.toggle(10_000, 20);
    reveal.toggle(10_000, 20);
    expect(reveal.expanded).to.equal(false);
    expect(reveal.shown(10_000, 20)).to.equal(20);
    expect(clock.countTimers()).to.equal(0);
  });

  it('stops its frames when the element leaves the page', () => {
    const host = fakeHost();
    const reveal = new ListRevealController(host, 1000);
    reveal.toggle(10_000, 20);
    expect(clock.countTimers()).to.equal(1);
    host.disconnect();
    expect(clock.countTimers()).to.equal(0);
    const shown = reveal.shown(10_000, 20);
    clock.tick(1000);
    expect(reveal.shown(10_000, 20)).to.equal(shown);
  });

  it('collapses to the first page for another standpoint, its frames stopped', () => {
    const reveal = new ListRevealController(fakeHost(), 1000);
    reveal.toggle(10_000, 20);
    reveal.collapse();
    expect(reveal.expanded).to.equal(false);
    expect(reveal.shown(10_000, 20)).to.equal(20);
    expect(clock.countTimers()).to.equal(0);
  });

  it('never shows more names than the list has', () => {
    const reveal = new ListRevealController(fakeHost(), 1000);
    expect(reveal.shown(5, 20)).to.equal(5);
    reveal.toggle(5, 20);
    expect(reveal.shown(5, 20)).to.equal(5);
    expect(clock.countTimers()).to.equal(0);
  });
});
