/**
 * The feeds the benchmark serves: the demo's sample feed as it is, and
 * larger ones derived from it (10 000 signatories, 200 demands, a refreshed
 * copy with one demand's status and the count changed). Generated the same
 * way on every run, so two runs measure the same bytes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NAMES = 10_000;
export const DEMANDS = 200;
/** The demand whose status the refresh changes, and to what. */
export const REFRESHED_DEMAND = { index: 2, status: 'enshrined' };

const STATUSES = ['pending', 'voiced', 'negotiating', 'enshrined', 'implemented', 'rejected'];
const ORGANISATION_WORDS = ['Human Rights', 'Legal Aid', 'Civic', 'Volunteer', 'Memorial', 'Media', 'Family', 'Returning Home'];
const PLACES = ['Kharkiv', 'Kherson', 'Zaporizhzhia', 'Mariupol', 'Melitopol', 'Donetsk', 'Luhansk', 'Crimea', 'Kyiv', 'Odesa'];

/** The sample feed as parsed JSON. */
export function sampleFeed(repoRoot) {
  return JSON.parse(readFileSync(join(repoRoot, 'demo/sample-feed.json'), 'utf8'));
}

const clone = (value) => structuredClone(value);

/** The sample feed whose first item lists `count` signatories (names, links, kinds and badges varied as in real lists). */
export function withSignatories(feed, count = NAMES) {
  const copy = clone(feed);
  const signatories = copy.items[0]._standpoint.signatories;
  signatories.list = Array.from({ length: count }, (_, index) => {
    const organisation = index % 3 !== 0;
    const name = organisation
      ? `${PLACES[index % PLACES.length]} ${ORGANISATION_WORDS[index % ORGANISATION_WORDS.length]} Initiative ${index + 1}`
      : `Person ${index + 1} (${PLACES[(index * 7) % PLACES.length]})`;
    return {
      name,
      ...(index % 4 === 0 ? { url: `https://example.org/signatories/${index + 1}` } : {}),
      kind: organisation ? 'organization' : 'person',
      ...(index % 5 === 0 ? { verified: true } : {}),
    };
  });
  signatories.count = count;
  signatories.goal = count * 2;
  return copy;
}

/** The sample feed whose first item has `count` demands in every status, without translations. */
export function withDemands(feed, count = DEMANDS) {
  const copy = clone(feed);
  const standpoint = copy.items[0]._standpoint;
  standpoint.demands = Array.from({ length: count }, (_, index) => ({
    id: `demand-${index + 1}`,
    text: `Demand ${index + 1}: guarantee the rights of civilians in the occupied territories, point ${index + 1} of the joint standpoint.`,
    status: STATUSES[index % STATUSES.length],
    ...(index % 2 === 0 ? { note: `A note on the state of demand ${index + 1}.` } : {}),
    ...(index % 3 === 0 ? { url: `https://example.org/standpoint/demands#${index + 1}` } : {}),
    ...(index % 4 === 0 ? { updated: '2025-08-28T15:30:00+03:00' } : {}),
  }));
  delete standpoint.translations?.uk?.demands;
  return copy;
}

/** The sample feed after a refresh: one demand's status and the signatory count changed, nothing else. */
export function refreshed(feed) {
  const copy = clone(feed);
  const standpoint = copy.items[0]._standpoint;
  const demand = standpoint.demands[REFRESHED_DEMAND.index];
  if (demand.status === REFRESHED_DEMAND.status) throw new Error('the refreshed demand already has the new status');
  demand.status = REFRESHED_DEMAND.status;
  standpoint.signatories.count += 1;
  return copy;
}
