// @ts-check
/**
 * `standpoint-widgets signatories import` as a coordinator runs it: a CSV
 * exported from a spreadsheet merged into feed.json, judged by the report,
 * the exit code and the feed written (which the widgets' validator must
 * accept).
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { writeFeed } from '../../builder/feed-writer.js';
import { localDate } from '../../builder/signatories-import.js';
import { root, runCli, scratchFolder } from './helpers.mjs';

const { validateFeed } = await import(join(root, 'dist', 'feed', 'index.js'));
const sampleText = readFileSync(join(root, 'demo', 'sample-feed.json'), 'utf8');
const sample = JSON.parse(sampleText);
const ITEM = sample.items[0].id;

/**
 * A scratch folder with the sample feed and a CSV file.
 *
 * @param {import('node:test').TestContext} t
 * @param {string | Buffer} csv
 * @param {any} [feed]
 */
function setUp(t, csv, feed = sample) {
  const folder = scratchFolder(t);
  const feedPath = join(folder, 'feed.json');
  const csvPath = join(folder, 'list.csv');
  writeFileSync(feedPath, typeof feed === 'string' ? feed : JSON.stringify(feed, null, 2));
  writeFileSync(csvPath, csv);
  const readBack = () => JSON.parse(readFileSync(feedPath, 'utf8'));
  return { feedPath, csvPath, readBack, text: () => readFileSync(feedPath, 'utf8') };
}

/** The item's signatories in a feed. */
const signatoriesOf = (/** @type {any} */ feed, index = 0) => feed.items[index]._standpoint.signatories;

describe('signatories import: a good file', () => {
  it('adds the new names, writes the feed in the stable format, and the widgets accept it', async (t) => {
    const { feedPath, csvPath, readBack, text } = setUp(t, 'name,url,kind,verified\nSample New Group,https://coalition.test/new,organization,yes\nSample New Person,,person,no\n');
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^added {6}2\n {4}line 2: Sample New Group\n {4}line 3: Sample New Person$/m);
    assert.match(stdout, /^left out {3}0$/m);
    assert.match(stdout, /Wrote .*feed\.json\./);
    const feed = readBack();
    const list = signatoriesOf(feed).list;
    assert.deepEqual(list.slice(-2), [
      { name: 'Sample New Group', url: 'https://coalition.test/new', kind: 'organization', verified: true },
      { name: 'Sample New Person', kind: 'person', verified: false },
    ]);
    assert.equal(list.length, signatoriesOf(sample).list.length + 2);
    assert.equal(text(), writeFeed(feed));
    const validation = validateFeed(feed, 'https://example.org/standpoint/feed.json');
    assert.ok(validation.feed, 'the written feed is valid');
    assert.equal(validation.feed.items[0]._standpoint.signatories.list.length, list.length);
  });

  it('with --dry-run prints the same report and writes nothing', async (t) => {
    const { feedPath, csvPath, text } = setUp(t, 'name\nSample Dry Run\n');
    const before = text();
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath, '--dry-run']);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /^added {6}1$/m);
    assert.match(stdout, /Dry run: nothing was written\./);
    assert.equal(text(), before);
  });
});

describe('signatories import: bad rows', () => {
  const BAD = [
    'name,url,kind,verified', // 1
    'Sample Good One,https://coalition.test/1,,', // 2
    ',https://coalition.test/nameless,,', // 3
    '"Sample Quoted', // 4: a name over two lines
    'Name",javascript:alert(document.cookie),,', // 5
    'Sample Robot,,robot,', // 6
    'Sample Good Two,,person,yes', // 7
  ].join('\n');

  it('reports each with the line it starts on, leaves it out, imports the rest, and exits 1', async (t) => {
    const { feedPath, csvPath, readBack } = setUp(t, BAD);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 1, stdout);
    const leftOut = [...stdout.matchAll(/^left out {2}.*list\.csv:(\d+) {2}(.*)$/gm)].map(([, line, message]) => [Number(line), message]);
    assert.deepEqual(leftOut.map(([line]) => line), [3, 4, 6]);
    assert.match(String(leftOut[0][1]), /no name/);
    assert.match(String(leftOut[1][1]), /"javascript:alert\(document\.cookie\)" is not a web/);
    assert.match(String(leftOut[2][1]), /kind "robot" is not known/);
    assert.match(stdout, /^left out {3}3 \(see above; the other rows were imported\)$/m);
    const names = signatoriesOf(readBack()).list.map((/** @type {any} */ signatory) => signatory.name);
    assert.deepEqual(names.slice(-2), ['Sample Good One', 'Sample Good Two']);
    assert.ok(!JSON.stringify(readBack()).includes('javascript:'));
  });

  it('says so in --json, with the lines and codes', async (t) => {
    const { feedPath, csvPath } = setUp(t, BAD);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath, '--json', '--dry-run']);
    assert.equal(code, 1);
    const report = JSON.parse(stdout);
    assert.deepEqual(report.leftOut.map((/** @type {any} */ row) => [row.line, row.code]), [[3, 'no-name'], [4, 'bad-url'], [6, 'bad-kind']]);
    assert.equal(report.added.length, 2);
    assert.equal(report.written, false);
  });

  it('stops with exit 2 and writes nothing when no column holds the names', async (t) => {
    const { feedPath, csvPath, text } = setUp(t, 'organisation id,website\n1,https://a.test\n');
    const before = text();
    const { code, stderr } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 2);
    assert.match(stderr, /no column of names/);
    assert.equal(text(), before);
  });
});

describe('signatories import: a Ukrainian spreadsheet', () => {
  it('reads Ukrainian headings and values, a ";" delimiter, a byte-order mark and Windows line endings', async (t) => {
    const csv = Buffer.from('\ufeffТип;Назва;Посилання;Перевірено\r\nорганізація;Зразкова громадська організація;зразок.укр;так\r\nособа;Зразкова Особа;;ні\r\n', 'utf8');
    const { feedPath, csvPath, readBack } = setUp(t, csv);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 0, stdout);
    assert.deepEqual(signatoriesOf(readBack()).list.slice(-2), [
      { name: 'Зразкова громадська організація', url: 'https://зразок.укр', kind: 'organization', verified: true },
      { name: 'Зразкова Особа', kind: 'person', verified: false },
    ]);
  });
});

describe('signatories import: merging by name, the count and the history', () => {
  it('changes known names, leaves the unchanged, raises the count and never lowers it', async (t) => {
    const feed = structuredClone(sample);
    const signatories = signatoriesOf(feed);
    signatories.count = signatories.list.length; // the list is about to outgrow the count
    const [first, second] = signatories.list;
    const csv = `name,url,verified\n${first.name.toUpperCase()},https://coalition.test/changed,\n  ${second.name}  ,,\nSample Brand New,,\n`;
    const { feedPath, csvPath, readBack } = setUp(t, csv, feed);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, new RegExp(`^changed {4}1\\n {4}line 2: ${first.name.toUpperCase()} \\(name, url\\)$`, 'm'));
    assert.match(stdout, /^unchanged {2}1$/m);
    assert.match(stdout, /^added {6}1$/m);
    const after = signatoriesOf(readBack());
    assert.equal(after.list[0].url, 'https://coalition.test/changed');
    assert.equal(after.list[1].name, second.name);
    assert.equal(after.count, feed.items[0]._standpoint.signatories.list.length + 1);
    const today = localDate();
    // The moment of the import with its offset, so "updated 2 minutes ago" counts from now, not from midnight UTC.
    assert.match(after.updated, new RegExp(`^${today}T\\d{2}:\\d{2}:\\d{2}[+-]\\d{2}:\\d{2}$`));
    assert.ok(Math.abs(Date.parse(after.updated) - Date.now()) < 5 * 60_000, after.updated);
    assert.deepEqual(after.history.at(-1), { date: today, count: after.count });

    // Run again on the next day's list: a count above the list stays, and today's point is replaced.
    const raisedByHand = readBack();
    signatoriesOf(raisedByHand).count = 500;
    writeFileSync(feedPath, writeFeed(raisedByHand));
    writeFileSync(csvPath, 'name\nSample Second Day\n');
    const again = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(again.code, 0, again.stdout);
    const last = signatoriesOf(readBack());
    assert.equal(last.count, 500);
    assert.deepEqual(last.history.filter((/** @type {any} */ point) => point.date === today), [{ date: today, count: 500 }]);
  });

  it('merges into the item --item names, and refuses an id the feed does not have', async (t) => {
    const { feedPath, csvPath, readBack } = setUp(t, 'name\nSample Second Item Signatory\n');
    const other = sample.items.findIndex((/** @type {any} */ item) => item.id !== ITEM);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath, '--item', sample.items[other].id]);
    assert.equal(code, 0, stdout);
    assert.deepEqual(signatoriesOf(readBack(), other).list.at(-1), { name: 'Sample Second Item Signatory' });
    const missing = await runCli(['signatories', 'import', csvPath, '--feed', feedPath, '--item', 'no-such-item']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no item with the id "no-such-item"/);
  });

  it('leaves the file as it was when every row is already in the feed', async (t) => {
    const [first] = signatoriesOf(sample).list;
    const { feedPath, csvPath, text } = setUp(t, `name,kind\n${first.name},${first.kind}\n`, sampleText);
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 0, stdout);
    assert.match(stdout, /Nothing to change/);
    assert.equal(text(), sampleText);
  });
});

describe('signatories import: a feed it must not write', () => {
  it('refuses a feed the widgets cannot show, before reading the list', async (t) => {
    const { feedPath, csvPath, text } = setUp(t, 'name\nA\n', '{"version": "https://jsonfeed.org/version/1.1", "items": "none"}');
    const { code, stderr } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 1);
    assert.match(stderr, /nothing was imported/);
    assert.equal(text(), '{"version": "https://jsonfeed.org/version/1.1", "items": "none"}');
  });

  it('refuses to write a merge the widgets would not load, and keeps the file', async (t) => {
    // A list long enough to push the feed past the widgets' 2 MiB limit.
    const rows = Array.from({ length: 20_000 }, (_, index) => `Sample Signatory With A Fairly Long Name ${index},https://coalition.test/signatories/${index}`);
    const { feedPath, csvPath, text } = setUp(t, `name,url\n${rows.join('\n')}\n`);
    const before = text();
    const { code, stdout } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath], { timeoutMs: 90_000 });
    assert.equal(code, 1, stdout);
    assert.match(stdout, /^added {6}20000$/m);
    assert.match(stdout, /^error {5}.*\n {4}at .*feed\.json \(after the import\)/m);
    assert.match(stdout, /Nothing was written/);
    assert.equal(text(), before);
  });

  it('refuses a list that is not a list, as the validator reports it, and keeps the file', async (t) => {
    const feed = structuredClone(sample);
    signatoriesOf(feed).list = { name: 'not a list' };
    const { feedPath, csvPath, text } = setUp(t, 'name\nA\n', feed);
    const before = text();
    const { code, stderr } = await runCli(['signatories', 'import', csvPath, '--feed', feedPath]);
    assert.equal(code, 2);
    assert.match(stderr, /items\[0\]\._standpoint\.signatories\.list has the wrong type/);
    assert.equal(text(), before);
  });

  it('needs --feed, a CSV and the import action', async () => {
    assert.equal((await runCli(['signatories', 'import', 'list.csv'])).code, 2);
    assert.equal((await runCli(['signatories', 'import', '--feed', 'feed.json'])).code, 2);
    assert.equal((await runCli(['signatories', 'export', 'list.csv', '--feed', 'feed.json'])).code, 2);
    const missing = await runCli(['signatories', 'import', 'no-such.csv', '--feed', join(root, 'demo', 'sample-feed.json'), '--dry-run']);
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /no-such\.csv: no such file/);
  });

  it('is in the help', async () => {
    const { stdout } = await runCli(['--help']);
    assert.match(stdout, /standpoint-widgets signatories import <list\.csv\|->  --feed feed\.json/);
  });
});
