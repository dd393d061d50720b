import type { FeedErrorCode, FeedProblem } from './types.js';

/** Why a feed could not be shown: a code to branch on and a message for people. */
export class FeedError extends Error {
  override readonly name = 'FeedError';

  constructor(
    readonly code: FeedErrorCode,
    message: string,
    /** The validation problems behind a `not-json` or `not-a-feed` error. */
    readonly problems: readonly FeedProblem[] = [],
  ) {
    super(message);
  }
}

/** How a problem reads in one line of the console: its words, then where it is. */
export const problemLine = (problem: FeedProblem): string => `${problem.message} (at ${problem.path || 'the top of the feed'})`;

/**
 * The error of a feed that cannot be shown, from its fatal problem's code:
 * `not-json` for text that is not JSON, `not-a-feed` for the rest. The
 * first fatal problem gives the message; every problem stays attached.
 */
export function unusableFeedError(problems: readonly FeedProblem[], notJsonMessage?: (message: string) => string): FeedError {
  const fatal = problems.find((problem) => problem.severity === 'fatal');
  if (fatal?.code === 'not-json') return new FeedError('not-json', notJsonMessage?.(fatal.message) ?? fatal.message, problems);
  return new FeedError('not-a-feed', fatal ? problemLine(fatal) : 'not a JSON Feed', problems);
}

const warned = new Set<string>();

/**
 * Warns in the console once per message and page, so a problem in a feed that
 * twenty elements use, refreshed every minute, is still said only once.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`[standpoint-widgets] ${message}`);
}
