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

/** Both text-heavy feeds are this size, just under the loader's 2 MiB limit. */
export const TEXT_FEED_BYTES = 2 * 1024 * 1024 - 4096;

/** The items of the text-heavy feeds that the statement widgets show. */
export const TEXT_ITEMS = { text: 'long-text', html: 'long-html' };

const PROSE =
  'SAMPLE DATA: civil-society organisations ask that the humanitarian demands be written into the signed documents (see https://example.org/standpoint/demands). ';

/**
 * Text that walks into every trap a text walker can fall into, one piece
 * after another until `length` characters: a URL followed by thousands of
 * `)`, runs of spaces and tabs inside a paragraph, runs of blank lines,
 * URLs glued to each other.
 */
const WORST_TEXT = (length) => fill(length, [(n) => `https://example.org/x${')'.repeat(n)}`, (n) => `word${' \t'.repeat(n / 2)}word\n`, (n) => '\n \n'.repeat(n / 3), (n) => 'https://a.b/'.repeat(n / 12)]);
/**
 * Markup never closed: `<p` without `>`, `<script` runs, `<` with a run of
 * spaces, then a run of `<!--` that turns the rest into a comment; and
 * thousands of unknown elements. Not deeply nested markup: the browser's
 * own parser is slow on that, whichever sanitiser runs (see BENCHMARKS.md).
 */
const WORST_HTML = (length) => fill(length, [(n) => '<x-a>w</x-a>'.repeat(n / 12), (n) => '<p'.repeat(n / 2), (n) => '<br'.repeat(n / 3), (n) => '<script'.repeat(n / 7), (n) => `<${' '.repeat(n)}x`, (n) => '<!--'.repeat(n / 4)]);
/** Titles that are one long run of spaces with a would-be language marker. */
const WORST_TITLE = (length, index) => (index % 2 ? `Full${' '.repeat(length - 10)}text` : `Full text (${' '.repeat(length - 12)}x`);

/** Ordinary text of the same length: paragraphs of three sentences of prose with a link each. */
const NORMAL_TEXT = (length) => fill(length, [(n) => `${PROSE.repeat(3)}\n\n`.repeat(Math.ceil(n / (PROSE.length * 3 + 2)))]);
const NORMAL_HTML = (length) => fill(length, [(n) => `<p>${PROSE.repeat(3)}<em>sample</em> <a href="/x">link</a></p>`.repeat(Math.ceil(n / (PROSE.length * 3 + 50)))]);
const NORMAL_TITLE = (length, index) => `Full text of the standpoint, part ${index + 1} ${'and its annex '.repeat(Math.ceil(length / 14))}`.slice(0, length - 5) + (index % 2 ? ' (uk)' : ' (en)');

/** Pieces of about equal share, cut to exactly `length` characters. */
function fill(length, pieces) {
  const share = Math.floor(length / pieces.length);
  return pieces
    .map((piece) => piece(share).slice(0, share))
    .join('')
    .padEnd(length, ' ');
}

/**
 * The sample feed with two more items, one with a long `content_text` and
 * attachments with long titles, one with a long `content_html`, filled to
 * TEXT_FEED_BYTES: ordinary prose for `normal`, and for `worst` inputs
 * made to be as slow as possible for the text helpers (the ones that once
 * froze a page for a minute).
 */
export function textHeavyFeed(feed, kind) {
  const [text, html, title] = kind === 'worst' ? [WORST_TEXT, WORST_HTML, WORST_TITLE] : [NORMAL_TEXT, NORMAL_HTML, NORMAL_TITLE];
  const build = (length) => {
    const copy = clone(feed);
    const titleLength = Math.floor(length / 80);
    copy.items.push(
      {
        id: TEXT_ITEMS.text,
        title: 'SAMPLE DATA: a long text',
        content_text: text(Math.floor(length * 0.55)),
        attachments: Array.from({ length: 8 }, (_, index) => ({ url: `https://example.org/files/annex-${index + 1}.pdf`, mime_type: 'application/pdf', title: title(titleLength, index) })),
      },
      { id: TEXT_ITEMS.html, title: 'SAMPLE DATA: a long page', content_html: html(Math.floor(length * 0.35)) },
    );
    return JSON.stringify(copy);
  };
  // The JSON escapes some characters (tabs, quotes…), so the length that gives TEXT_FEED_BYTES is found by scaling.
  let length = TEXT_FEED_BYTES;
  let json = build(length);
  for (let step = 0; step < 4; step += 1) {
    length = Math.floor(length * (TEXT_FEED_BYTES / Buffer.byteLength(json)));
    json = build(length);
  }
  while (Buffer.byteLength(json) > TEXT_FEED_BYTES) json = build((length -= 256));
  return json;
}
