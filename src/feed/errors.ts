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
