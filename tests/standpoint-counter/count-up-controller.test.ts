import { expect } from '@open-wc/testing';
import type { ReactiveControllerHost } from 'lit';
import { CountUpController } from '../../src/components/standpoint-counter/count-up-controller.js';

const host = { addController: () => undefined, removeController: () => undefined, requestUpdate: () => undefined, updateComplete: Promise.resolve(true) } as ReactiveControllerHost;

describe('counter logic: room for the count-up (CountUpController.widest)', () => {
  it('measures the widest of the numbers the count-up draws, at least one', () => {
    const countUp = new CountUpController(host);
    expect(countUp.widest(String)).to.equal(1);
    countUp.set(148, false);
    expect(countUp.widest(String)).to.equal(3);
    expect(countUp.widest((value) => new Intl.NumberFormat('en').format(value * 100))).to.equal(6);
  });
});
