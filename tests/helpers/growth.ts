/**
 * How much slower a function gets when its input grows: the time of one
 * call on an input `factor` times larger, divided by the time on the small
 * one. About `factor` for linear work, about `factor²` for quadratic work.
 *
 * A ratio, not a time limit, so a slow machine does not fail it; and on a
 * busy one: the two sizes take turns, so both meet the same load, each is
 * the fastest of several trials (noise only ever adds time), and each trial
 * repeats the call until it lasts long enough for the browser's coarse clock.
 */
export function growthRatio<T>(run: (input: T) => unknown, make: (size: number) => T, size: number, factor = 10): number {
  const small = make(size);
  const large = make(size * factor);
  const callSmall = () => run(small);
  const callLarge = () => run(large);
  // Calibrating also warms the JIT up on both sizes.
  const smallCalls = callsPerTrial(callSmall);
  const largeCalls = callsPerTrial(callLarge);
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  const begun = performance.now();
  // A call that already takes long (the quadratic case) needs few trials to show it.
  for (let trial = 0; trial < TRIALS && (trial < 2 || performance.now() - begun < BUDGET_MS); trial += 1) {
    bestSmall = Math.min(bestSmall, msPerCall(callSmall, smallCalls));
    bestLarge = Math.min(bestLarge, msPerCall(callLarge, largeCalls));
  }
  return bestLarge / bestSmall;
}

/**
 * Linear work scales by `factor` (10), quadratic work by its square (100);
 * the limit sits between them, with room for cache effects and a loaded
 * machine on the larger input.
 */
export const LINEAR_GROWTH_LIMIT = 40;

const TRIALS = 7;
const TRIAL_MS = 10;
const BUDGET_MS = 1500;

/** How many calls make one trial last at least TRIAL_MS. */
function callsPerTrial(call: () => unknown): number {
  for (let calls = 1; ; calls *= 2) {
    if (msPerCall(call, calls) * calls >= TRIAL_MS) return calls;
  }
}

/**
 * The last result of a timed call, kept where the engine can see it is read
 * (keptResult): a call whose result went unused could be optimised away once
 * hot, time 0 and make the ratio Infinity.
 */
let kept: unknown;
export const keptResult = (): unknown => kept;

function msPerCall(call: () => unknown, calls: number): number {
  const start = performance.now();
  for (let index = 0; index < calls; index += 1) kept = call();
  return (performance.now() - start) / calls;
}
