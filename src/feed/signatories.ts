/**
 * The signatories of a standpoint, counted: how many have signed, what they
 * are, how many are verified, and whether the validator refused the count.
 * The counter and the share card say the same numbers from here.
 */
import type { FeedProblem, Signatories, Signatory } from './types.js';

/** How many have signed: the published `count`, else the length of the list; `undefined` when the feed says neither. */
export function signatoryCount(signatories: Signatories | undefined): number | undefined {
  return signatories?.count ?? signatories?.list?.length;
}

/** Which noun names the signatories. */
export type SignatoryNoun = 'organizations' | 'people' | 'signatories';

/**
 * "organisations" when every listed signatory is an organisation, "people"
 * when every one is a person; "signatories" when the list is mixed, does not
 * say, or is absent, because the count may include others.
 */
export function signatoryNoun(list: readonly Signatory[] | undefined): SignatoryNoun {
  if (!list || list.length === 0) return 'signatories';
  if (list.every((signatory) => signatory.kind === 'organization')) return 'organizations';
  if (list.every((signatory) => signatory.kind === 'person')) return 'people';
  return 'signatories';
}

/** How many listed signatories are marked `verified: true`; `undefined` when no entry says either way. */
export function verifiedCount(list: readonly Signatory[] | undefined): number | undefined {
  if (!list || !list.some((signatory) => typeof signatory.verified === 'boolean')) return undefined;
  return list.reduce((total, signatory) => total + (signatory.verified === true ? 1 : 0), 0);
}

/**
 * Whether the validator dropped this item's `signatories.count` (negative,
 * fractional, absurd): then the counter keeps its last good number rather
 * than falling back to the list. A feed that is shown has every item it was
 * written with (an item left out is fatal), so indices agree.
 */
export function countWasRejected(problems: readonly FeedProblem[], itemIndex: number): boolean {
  if (itemIndex < 0) return false;
  const path = `items[${itemIndex}]._standpoint.signatories.count`;
  return problems.some((problem) => problem.path === path && problem.code !== 'unknown-key');
}
