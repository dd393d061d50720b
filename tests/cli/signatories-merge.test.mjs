// @ts-check
/**
 * The plain functions under `signatories import` (builder/signatories-import.js),
 * which the builder's editor will reuse: CSV text to rows with their lines,
 * rows to checked signatories, and the merge into a feed by name.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import Papa from 'papaparse';
import { csvTable, localDate, localDateTime, mergeSignatories, nameKey, readSignatoryTable } from '../../builder/signatories-import.js';
import { root } from './helpers.mjs';

const { toSafeUrl } = await import(join(root, 'dist', 'feed', 'schema.js'));
const rules = { safeUrl: (/** @type {string} */ url) => toSafeUrl(url, 'https://coalition.test/feed.json') };
const read = (/** @type {string} */ text) => readSignatoryTable(csvTable(text, Papa), rules);

/** A small valid feed with two listed signatories. */
function feedWith(signatories = {}) {
  return {
    version: 'https://jsonfeed.org/version/1.1',
    items: [
      { id: 'other' },
      {
        id: 'standpoint',
        _standpoint: {
          signatories: {
            count: 2,
            list: [{ name: 'Alpha Group', kind: 'organization' }, { name: 'Beta Union', url: 'https://beta.test/', verified: false }],
            history: [{ date: '2025-08-13', count: 2 }],
            ...signatories,
          },
        },
      },
    ],
  };
}

describe('csvTable: rows and their lines', () => {
  it('counts a quoted cell with line breaks as the lines it spans, and skips blank lines', () => {
    const table = csvTable('name,url\n"Two\nline name",https://a.test\n\n\nNext,\r\n"Three\r\nline\r\nname"\nLast', Papa);
    assert.deepEqual(table.header?.cells, ['name', 'url']);
    assert.deepEqual(
      table.rows.map((row) => [row.line, row.cells[0]]),
      [[2, 'Two\nline name'], [6, 'Next'], [7, 'Three\r\nline\r\nname'], [10, 'Last']],
    );
  });

  it('drops a byte-order mark and finds a semicolon delimiter', () => {
    const table = csvTable('\ufeffназва;тип\r\nПерша;особа\r\n', Papa);
    assert.deepEqual(table.header?.cells, ['назва', 'тип']);
    assert.deepEqual(table.rows[0], { line: 2, cells: ['Перша', 'особа'] });
  });

  it('reports a row with an unclosed quote instead of reading the rest of the file into it', () => {
    const table = csvTable('name\nGood\n"Broken\n', Papa);
    assert.deepEqual(table.rows.map((row) => row.line), [2]);
    assert.deepEqual(table.quoteProblems, [{ line: 3, code: 'bad-quotes' }]);
  });

  it('reads the lines of a large file in linear time', () => {
    const rows = (/** @type {number} */ count) => `name,url\n${Array.from({ length: count }, (_, index) => `"Name\n${index}",https://a.test/${index}`).join('\n')}`;
    const time = (/** @type {string} */ text) => {
      const started = performance.now();
      const table = csvTable(text, Papa);
      return { ms: performance.now() - started, table };
    };
    time(rows(1000)); // warm up
    const small = time(rows(2000));
    const large = time(rows(20000));
    assert.equal(large.table.rows.at(-1)?.line, 2 + 2 * 19999);
    // Ten times the rows: far less than the hundred times a rescan from the start would take.
    assert.ok(large.ms < small.ms * 40, `${large.ms} ms for 10x the rows of ${small.ms} ms`);
  });
});

describe('readSignatoryTable: columns and bad rows', () => {
  it('finds the columns in any order, by English or Ukrainian headings in any case and spacing', () => {
    const { rows, columns, ignoredColumns, problems } = read("  ПЕРЕВІРЕНО ;Notes; Ім’я ;Сайт;ТИП\nтак;x;Перша   Організація;перша.укр;організація\nні;;Особа Друга;;особа\n");
    assert.deepEqual(problems, []);
    assert.deepEqual(columns.map((column) => column.column).sort(), ['kind', 'name', 'url', 'verified']);
    assert.deepEqual(ignoredColumns, ['Notes']);
    assert.deepEqual(rows.map((row) => row.signatory), [
      { name: 'Перша Організація', url: 'https://перша.укр', kind: 'organization', verified: true },
      { name: 'Особа Друга', kind: 'person', verified: false },
    ]);
  });

  it('leaves out rows with no name, an unsafe address, an unknown kind or verified value, or a repeated name', () => {
    const { rows, problems } = read(
      'name,url,kind,verified\n,https://a.test,,\nBad link,javascript:alert(1),,\nData link,"data:text/html,<script>1</script>",,\nRobot,,robot,\nMaybe,,,maybe\nGood,mailto:good@example.test,person,yes\n  good ,,,\nMail,press@coalition.test,,\n',
    );
    assert.deepEqual(
      problems.map(({ line, code }) => [line, code]),
      [[2, 'no-name'], [3, 'bad-url'], [4, 'bad-url'], [5, 'bad-kind'], [6, 'bad-verified'], [8, 'duplicate-name']],
    );
    assert.equal(problems.find((problem) => problem.code === 'duplicate-name')?.firstLine, 7);
    assert.deepEqual(rows.map((row) => [row.line, row.signatory.name, row.signatory.url]), [[7, 'Good', 'mailto:good@example.test'], [9, 'Mail', 'mailto:press@coalition.test']]);
  });

  it('says when there is no column of names', () => {
    assert.equal(read('url,kind\nhttps://a.test,person\n').missingNameColumn, true);
    assert.equal(read('').missingNameColumn, true);
  });
});

describe('mergeSignatories', () => {
  const today = '2026-03-01';
  const rowsOf = (/** @type {string} */ text) => read(text).rows;

  it('adds new names, updates known ones by name (any case, spacing or Unicode form) and reports the unchanged', () => {
    const feed = feedWith();
    const result = mergeSignatories(feed, rowsOf('name,url,kind,verified\n  alpha   group ,https://alpha.test,organization,yes\nBeta Union,,,\nGamma,,person,\n'), { item: 'standpoint', today });
    assert.deepEqual(result.added, [{ line: 4, name: 'Gamma' }]);
    assert.deepEqual(result.changed, [{ line: 2, name: 'alpha group', fields: ['name', 'url', 'verified'] }]);
    assert.deepEqual(result.unchanged, [{ line: 3, name: 'Beta Union' }]);
    const { signatories } = result.feed.items[1]._standpoint;
    assert.deepEqual(signatories.list, [
      { name: 'alpha group', kind: 'organization', url: 'https://alpha.test', verified: true },
      // An empty cell keeps what the feed says.
      { name: 'Beta Union', url: 'https://beta.test/', verified: false },
      { name: 'Gamma', kind: 'person' },
    ]);
    // The feed handed in is left as it was.
    assert.deepEqual(feed, feedWith());
    const decomposed = 'Cafe\u0301 Civique';
    const composed = mergeSignatories(feedWith({ list: [{ name: decomposed }] }), rowsOf('name\nCAFÉ CIVIQUE\n'), { item: 'standpoint', today });
    assert.equal(nameKey(decomposed), nameKey('café civique'));
    assert.deepEqual([composed.added.length, composed.changed.length], [0, 1]);
  });

  it('writes the moment of an update as RFC 3339 with the local offset', () => {
    const moment = new Date(2025, 8, 3, 9, 5, 7);
    const written = localDateTime(moment);
    assert.match(written, /^2025-09-03T09:05:07[+-]\d{2}:\d{2}$/);
    assert.equal(Date.parse(written), moment.getTime());
    const merged = mergeSignatories(feedWith(), rowsOf('name\nGamma\n'), { item: 'standpoint', today: '2025-09-03', updated: written });
    assert.equal(merged.feed.items[1]._standpoint.signatories.updated, written);
  });

  it('raises the count when the list outgrows it, never lowers it, and sets the day’s history point', () => {
    const raised = mergeSignatories(feedWith(), rowsOf('name\nGamma\nDelta\n'), { item: 'standpoint', today });
    const { signatories } = raised.feed.items[1]._standpoint;
    assert.equal(signatories.count, 4);
    assert.deepEqual([raised.countBefore, raised.countAfter], [2, 4]);
    assert.equal(signatories.updated, today);
    assert.deepEqual(signatories.history, [{ date: '2025-08-13', count: 2 }, { date: today, count: 4 }]);

    // A count above the list (people who signed on paper) stays as it is.
    const kept = mergeSignatories(feedWith({ count: 150, history: [{ date: '2025-08-13', count: 140 }, { date: `${today}T09:00:00Z`, count: 149 }] }), rowsOf('name\nGamma\n'), { item: 'standpoint', today });
    const after = kept.feed.items[1]._standpoint.signatories;
    assert.equal(after.count, 150);
    // The point of the same day is replaced, not doubled.
    assert.deepEqual(after.history, [{ date: '2025-08-13', count: 140 }, { date: today, count: 150 }]);
  });

  it('keeps history in date order and starts one where there was none', () => {
    const early = mergeSignatories(feedWith({ history: [{ date: '2027-01-01', count: 9 }] }), rowsOf('name\nGamma\n'), { item: 'standpoint', today });
    assert.deepEqual(early.feed.items[1]._standpoint.signatories.history.map((/** @type {any} */ point) => point.date), [today, '2027-01-01']);
    const bare = mergeSignatories({ version: 'https://jsonfeed.org/version/1.1', items: [{ id: 'a' }] }, rowsOf('name\nFirst\n'), { today });
    assert.deepEqual(bare.feed.items[0]._standpoint, { signatories: { list: [{ name: 'First' }], updated: today, history: [{ date: today, count: 1 }] } });
  });

  it('changes nothing, history included, when every row is already in the feed', () => {
    const feed = feedWith();
    const result = mergeSignatories(feed, rowsOf('name,kind\nAlpha Group,organization\n'), { item: 'standpoint', today });
    assert.equal(result.modified, false);
    assert.equal(result.feed, feed);
    assert.deepEqual(result.unchanged, [{ line: 2, name: 'Alpha Group' }]);
    assert.equal(result.notInFile, 1);
  });

  it('merges into the first item by default and refuses an id the feed does not have', () => {
    assert.equal(mergeSignatories(feedWith(), rowsOf('name\nA\n'), { today }).itemIndex, 0);
    assert.throws(() => mergeSignatories(feedWith(), rowsOf('name\nA\n'), { item: 'missing', today }), RangeError);
  });

  it('writes today as the local calendar date', () => {
    assert.equal(localDate(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
  });
});
