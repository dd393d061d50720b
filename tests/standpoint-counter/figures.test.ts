import { expect } from '@open-wc/testing';
import type { FeedItem } from '../../src/feed/types.js';
import { noFigures, takeFigures, type OfferedFigures, type ShownFigures } from '../../src/components/standpoint-counter/figures.js';

const item = (id: string, count?: number): FeedItem => ({ id, _standpoint: { signatories: { count } } }) as unknown as FeedItem;
const offer = (feedItem: FeedItem, count: number | undefined, rejected = false): OfferedFigures => ({
  item: feedItem,
  signatories: { count },
  signatoryCount: count,
  signatoryCountRejected: rejected,
});
/** The figures after the first item of a standpoint was taken. */
const shownFor = (feedItem: FeedItem, count: number | undefined): ShownFigures => takeFigures(noFigures, offer(feedItem, count), false)!.shown;

describe('counter logic: which figures are shown (takeFigures)', () => {
  it('takes the first figures at once, with nothing to announce', () => {
    const first = item('a', 148);
    const step = takeFigures(noFigures, offer(first, 148), false)!;
    expect(step.shown).to.deep.equal({ item: first, signatories: { count: 148 }, count: 148, waiting: false, announced: undefined });
    expect([step.shown.count, step.animate]).to.deep.equal([148, false]);
    expect(step.newStandpoint).to.equal(true);
  });

  it('changes nothing without an offer or for the item already shown', () => {
    const first = item('a', 148);
    const shown = shownFor(first, 148);
    expect(takeFigures(noFigures, undefined, false)).to.equal(undefined);
    expect(takeFigures(shown, offer(first, 148), false)).to.equal(undefined);
    expect(takeFigures(shown, offer(first, 148), true)).to.equal(undefined);
  });

  it('counts up to a new total of the same standpoint and announces it once', () => {
    const shown = shownFor(item('a', 148), 148);
    const step = takeFigures(shown, offer(item('a', 150), 150), false)!;
    expect([step.shown.count, step.animate]).to.deep.equal([150, true]);
    expect(step.shown.count).to.equal(150);
    expect(step.shown.announced).to.equal(150);
    expect(step.newStandpoint).to.equal(false);
  });

  it('neither counts nor announces a refresh with the same total', () => {
    const shown = { ...shownFor(item('a', 148), 148), announced: 148 };
    const step = takeFigures(shown, offer(item('a', 148), 148), false)!;
    expect([step.shown.count, step.animate]).to.deep.equal([148, false]);
    expect(step.shown.announced).to.equal(148);
    expect(step.shown.item?.id).to.equal('a');
  });

  it('while paused keeps the figures on screen and says that newer ones wait', () => {
    const shown = shownFor(item('a', 148), 148);
    const step = takeFigures(shown, offer(item('a', 200), 200), true)!;
    expect(step.shown).to.deep.equal({ ...shown, waiting: true });
    expect(step.animate).to.equal(false);
    expect(step.newStandpoint).to.equal(false);
    const resumed = takeFigures(step.shown, offer(item('a', 200), 200), false)!;
    expect(resumed.shown.waiting).to.equal(false);
    expect(resumed.shown.count).to.equal(200);
    expect(resumed.animate).to.equal(true);
  });

  it('takes the first figures even when paused before any were shown', () => {
    const step = takeFigures(noFigures, offer(item('a', 148), 148), true)!;
    expect(step.shown.count).to.equal(148);
    expect(step.shown.waiting).to.equal(false);
  });

  it('keeps the last good number when a refresh brings a rejected count', () => {
    const shown = shownFor(item('a', 148), 148);
    const rejected = item('a');
    const step = takeFigures(shown, offer(rejected, undefined, true), false)!;
    expect(step.shown.item).to.equal(rejected);
    expect(step.shown.count).to.equal(148);
    expect([step.shown.count, step.animate]).to.deep.equal([148, false]);
    expect(step.shown.announced).to.equal(undefined);
  });

  it('shows no number for a rejected count of another standpoint, and resets "show all"', () => {
    const shown = shownFor(item('a', 148), 148);
    const step = takeFigures(shown, offer(item('b'), undefined, true), false)!;
    expect(step.shown.count).to.equal(undefined);
    expect([step.shown.count, step.animate]).to.deep.equal([undefined, true]);
    expect(step.shown.announced, 'no total to announce').to.equal(undefined);
    expect(step.newStandpoint).to.equal(true);
  });

  it('announces the total of another standpoint and resets "show all"', () => {
    const shown = shownFor(item('a', 148), 148);
    const step = takeFigures(shown, offer(item('b', 12), 12), false)!;
    expect(step.newStandpoint).to.equal(true);
    expect(step.shown.announced).to.equal(12);
    expect([step.shown.count, step.animate]).to.deep.equal([12, true]);
  });
});
