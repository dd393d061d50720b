/**
 * Which figures the counter shows, as a pure reducer: the element offers the
 * feed's current item on every update and applies the step it gets back.
 * Kept apart from the element so the rules (pause, rejected counts, news)
 * are tested as a table, without a browser clock.
 */
import type { LocalizedItem } from '../../feed/select.js';
import type { FeedItem, Signatories } from '../../feed/types.js';

/** The figures on screen: they stay while paused, and when a refresh brings a rejected count. */
export interface ShownFigures {
  readonly item?: FeedItem;
  readonly signatories?: Signatories;
  /** The total on screen (the count-up's target). */
  readonly count?: number;
  /** Paused, with newer figures held back. */
  readonly waiting: boolean;
  /** The last new total for screen readers; the polite live region says it once. */
  readonly announced?: number;
}

/** What the feed offers now: the parts of the view model the figures come from. */
export type OfferedFigures = Pick<LocalizedItem, 'item' | 'signatories' | 'signatoryCount' | 'signatoryCountRejected'>;

export interface FiguresStep {
  readonly shown: ShownFigures;
  /** Count up to `shown.count` (news of the same page); otherwise it is shown at once. Nothing moves while `shown.waiting`. */
  readonly animate: boolean;
  /** Another standpoint came in: "show all" goes back to the first page. */
  readonly newStandpoint: boolean;
}

export const noFigures: ShownFigures = { waiting: false };

/** The step from the figures on screen to the offered ones; `undefined` when nothing changes. */
export function takeFigures(shown: ShownFigures, offered: OfferedFigures | undefined, paused: boolean): FiguresStep | undefined {
  if (!offered || offered.item === shown.item) return undefined;
  // Paused (WCAG 2.2.2): nothing moves, the reader is only told that news waits.
  if (paused && shown.item) return { shown: { ...shown, waiting: true }, animate: false, newStandpoint: false };
  const sameStandpoint = shown.item?.id === offered.item.id;
  // A refresh whose count the validator rejected keeps the last good number instead of dropping to none.
  const count = sameStandpoint && shown.count !== undefined && offered.signatoryCountRejected ? shown.count : offered.signatoryCount;
  const isNews = shown.item !== undefined && count !== shown.count;
  return {
    shown: {
      item: offered.item,
      signatories: offered.signatories,
      count,
      waiting: false,
      announced: isNews && count !== undefined ? count : shown.announced,
    },
    animate: isNews,
    newStandpoint: !sameStandpoint,
  };
}
