import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { tweenCount } from './signatories.js';

const prefersReducedMotion = (): boolean =>
  typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Counts a number up (or down) to a new total over a short time, one
 * animation frame at a time, and jumps straight there under
 * `prefers-reduced-motion` (read when the total changes, so a reader who
 * turns it on mid-session is respected).
 */
export class CountUpController implements ReactiveController {
  /** The final total; `undefined` when there is none. */
  target: number | undefined;
  /** The number to draw now: between the old and the new total while counting. */
  value: number | undefined;
  /** The total counted from, while counting. */
  from: number | undefined;
  private frame: number | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly durationMs = 800,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.finish();
  }

  /** Moves to a new total: counting when `animate` and the reader allows motion, at once otherwise. */
  set(target: number | undefined, animate: boolean): void {
    const from = this.value;
    this.finish();
    this.target = target;
    if (target === undefined || from === undefined || from === target || !animate || prefersReducedMotion()) {
      this.value = target;
      return;
    }
    this.from = from;
    let start: number | undefined;
    const step = (now: number) => {
      start ??= now;
      const progress = (now - start) / this.durationMs;
      this.value = tweenCount(from, target, progress);
      if (progress < 1) {
        this.frame = requestAnimationFrame(step);
      } else {
        this.frame = undefined;
        this.from = undefined;
      }
      this.host.requestUpdate();
    };
    this.frame = requestAnimationFrame(step);
  }

  /** The length of the widest number this count-up draws, for `format` (room is kept for it, so the line does not jump). */
  widest(format: (value: number) => string): number {
    return [this.value, this.target, this.from]
      .filter((value): value is number => value !== undefined)
      .reduce((widest, value) => Math.max(widest, format(value).length), 1);
  }

  /** Stops counting at the final total (the reader paused, or the element left the page). */
  finish(): void {
    if (this.frame !== undefined) cancelAnimationFrame(this.frame);
    this.frame = undefined;
    this.from = undefined;
    if (this.value !== this.target) {
      this.value = this.target;
      this.host.requestUpdate();
    }
  }
}
