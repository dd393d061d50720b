// @ts-check
/**
 * `standpoint-widgets signatories import list.csv --feed feed.json`: a
 * coalition's spreadsheet of signatories merged into the feed, with a report
 * a coordinator can act on (what was added, changed and left as it was, and
 * each row left out with its line), and the feed written back in the stable
 * format only when the library's validator accepts the result.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import Papa from 'papaparse';
import { feedProblems, isReminder, locateProblems, tooLargeProblem } from '../builder/feed-report.js';
import { writeFeed } from '../builder/feed-writer.js';
// The library's own URL rule, the one the validator applies to every feed URL.
import { safeUrl } from '../dist/feed/authoring.js';
import { csvTable, localDate, localDateTime, mergeSignatories, readSignatoryTable } from '../builder/signatories-import.js';
import { UsageError, baseUrlOf, printable } from './read-feed.mjs';

/**
 * @typedef {import('../builder/signatories-import.js').RowProblem} RowProblem
 * @typedef {{ ok: number, problems: number, usage: number }} ExitCodes
 * @typedef {{ feed?: string, item?: string, json?: boolean, 'dry-run'?: boolean, [option: string]: unknown }} ImportOptions
 */

/**
 * What is wrong with a row, and how to fix it.
 *
 * @param {RowProblem} problem
 */
function describeRowProblem(problem) {
  const value = JSON.stringify(problem.value ?? '');
  switch (problem.code) {
    case 'no-name':
      return `no name: fill in the "${problem.column}" cell, or delete the row`;
    case 'bad-url':
      return `the address ${value} is not a web (http, https) or e-mail (mailto) address; correct it or empty the cell`;
    case 'bad-kind':
      return `the kind ${value} is not known: write organization or person (організація or особа), or leave it empty`;
    case 'bad-verified':
      return `${value} in "${problem.column}" is not yes or no: write yes/no, true/false, 1/0 or так/ні, or leave it empty`;
    case 'duplicate-name':
      return `${value} is already on line ${problem.firstLine}: keep one of the two rows`;
    case 'bad-quotes':
      return 'a quotation mark is not closed, so the row cannot be read: check the quotes in this row (or export the file again)';
    default:
      return problem.code;
  }
}

/** @param {string} path */
function readText(path) {
  try {
    // A byte-order mark (Excel writes one) is dropped; invalid bytes become U+FFFD.
    return new TextDecoder('utf-8').decode(path === '-' ? readFileSync(0) : readFileSync(path));
  } catch (error) {
    const code = /** @type {NodeJS.ErrnoException} */ (error).code;
    throw new UsageError(`${path}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'not a file' : /** @type {Error} */ (error).message}`);
  }
}

/**
 * @param {string[]} positionals `import`, then the CSV file
 * @param {ImportOptions} values
 * @param {{ importDist: (path: string) => Promise<any>, EXIT: ExitCodes }} context
 * @returns {Promise<number>} the exit code
 */
export async function signatoriesCommand(positionals, values, { importDist, EXIT }) {
  const [action, csvPath, ...extra] = positionals;
  if (action !== 'import') throw new UsageError(`signatories has one action, import: standpoint-widgets signatories import list.csv --feed feed.json${action ? ` (not "${printable(action)}")` : ''}.`);
  if (!csvPath) throw new UsageError('signatories import needs a CSV file (or "-" for standard input).');
  if (extra.length) throw new UsageError(`signatories import reads one CSV file; "${printable(extra.join(' '))}" is left over.`);
  const feedPath = values.feed;
  if (!feedPath) throw new UsageError('signatories import needs --feed feed.json: the feed to merge the signatories into.');
  if (/^https?:\/\//iu.test(feedPath) || feedPath === '-') throw new UsageError('--feed must be a file on this computer: the feed is written back to it.');

  const { parseFeed, feedLoaderOptions } = await importDist('feed/index.js');

  const feedText = readText(feedPath);
  const baseUrl = baseUrlOf(feedText, undefined) ?? 'https://feed.invalid/';
  const problemsBefore = feedProblems(feedText, parseFeed(feedText, baseUrl));
  const fatalBefore = problemsBefore.filter((problem) => problem.severity === 'fatal');
  if (fatalBefore.length) {
    process.stderr.write(
      `${printable(feedPath)}: the widgets cannot show this feed, so nothing was imported. Fix it first (standpoint-widgets validate ${printable(feedPath)} says how):\n` +
        locateProblems(feedText, fatalBefore).map((problem) => `  line ${problem.line}: ${printable(problem.description)}\n`).join(''),
    );
    return EXIT.problems;
  }

  const table = csvTable(readText(csvPath), Papa);
  const read = readSignatoryTable(table, { safeUrl: (url) => safeUrl(url, baseUrl) });
  if (read.missingNameColumn) {
    throw new UsageError(
      `${printable(csvPath)}: no column of names. The first row must name the columns: name (or назва, ім'я), and as you need url (посилання, сайт), kind (тип), verified (перевірено)` +
        `${table.header ? `; this file's first row is: ${printable(table.header.cells.join(' | '))}` : '; the file is empty'}.`,
    );
  }
  const badRows = [...table.quoteProblems, ...read.problems].sort((a, b) => a.line - b.line);

  let merge;
  try {
    merge = mergeSignatories(JSON.parse(feedText), read.rows, { item: values.item, today: localDate(), updated: localDateTime() });
  } catch (error) {
    if (error instanceof RangeError) throw new UsageError(`${printable(feedPath)}: ${printable(error.message)}.`);
    throw error;
  }

  // The merged feed is checked as the widgets will read it; a problem it did not have before means it is not written.
  const written = merge.modified ? writeFeed(merge.feed) : feedText;
  const known = new Set(problemsBefore.map((problem) => `${problem.code} ${problem.path}`));
  const size = new TextEncoder().encode(written).length;
  // The widgets refuse a feed over their limit: a long list must not push it past.
  const sizeProblems = merge.modified && size > feedLoaderOptions.maxBytes ? [tooLargeProblem(size, feedLoaderOptions.maxBytes)] : [];
  const newProblems = merge.modified
    ? locateProblems(written, [...sizeProblems, ...feedProblems(written, parseFeed(written, baseUrl)).filter((problem) => !known.has(`${problem.code} ${problem.path}`))])
    : [];
  // A reminder (an example.org address, an untranslated text) is said, and does not stop the import.
  const reminders = newProblems.filter(isReminder);
  const blocking = newProblems.filter((problem) => !isReminder(problem));
  const refused = blocking.length > 0;
  const write = merge.modified && !refused && !values['dry-run'];
  if (write) writeFileSync(feedPath, written);

  const signatories = merge.feed.items[merge.itemIndex]._standpoint?.signatories;
  const listed = Array.isArray(signatories?.list) ? signatories.list.length : 0;
  if (values.json) {
    const report = {
      file: csvPath,
      feed: feedPath,
      item: merge.feed.items[merge.itemIndex].id,
      columns: Object.fromEntries(read.columns.map(({ column, heading }) => [column, heading])),
      ignoredColumns: read.ignoredColumns,
      added: merge.added,
      changed: merge.changed,
      unchanged: merge.unchanged,
      leftOut: badRows.map((problem) => ({ ...problem, message: describeRowProblem(problem) })),
      notInFile: merge.notInFile,
      listed,
      count: { before: merge.countBefore, after: merge.countAfter },
      refused: blocking.map(({ code, path, line, description }) => ({ code, path, line, message: description })),
      reminders: reminders.map(({ code, path, line, description }) => ({ code, path, line, message: description })),
      written: write,
    };
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  } else {
    const out = [];
    const csvLabel = printable(csvPath);
    for (const problem of badRows) out.push(`left out  ${csvLabel}:${problem.line}  ${printable(describeRowProblem(problem))}`);
    if (read.ignoredColumns.length) out.push(`note      columns ignored (not name, url, kind or verified): ${printable(read.ignoredColumns.join(', '))}`);
    if (out.length) out.push('');
    const names = (/** @type {{ line: number, name: string }[]} */ rows, /** @type {(row: any) => string} */ more = () => '') =>
      rows.map((row) => `    line ${row.line}: ${printable(row.name)}${more(row)}`);
    out.push(`added      ${merge.added.length}`, ...names(merge.added));
    out.push(`changed    ${merge.changed.length}`, ...names(merge.changed, (row) => ` (${row.fields.join(', ')})`));
    out.push(`unchanged  ${merge.unchanged.length}`);
    out.push(`left out   ${badRows.length}${badRows.length ? ' (see above; the other rows were imported)' : ''}`);
    if (merge.notInFile) out.push(`not in the file, kept in the feed: ${merge.notInFile}`);
    out.push('');
    const count = merge.countBefore === undefined ? `no count (the widgets count the ${listed} listed)` : merge.countAfter !== merge.countBefore ? `count ${merge.countBefore} → ${merge.countAfter} (the list outgrew it)` : `count ${merge.countAfter}`;
    out.push(`${printable(feedPath)}: ${listed} signatories listed; ${count}.`);
    for (const problem of newProblems) {
      out.push(`${isReminder(problem) ? 'note ' : 'error'}     ${printable(problem.description)}\n    at ${printable(feedPath)} (after the import):${problem.line}:${problem.column}  ${printable(problem.path)}`);
    }
    if (refused) out.push(`Nothing was written: the feed would have ${blocking.length === 1 ? 'a problem' : 'problems'} it does not have now.`);
    else if (!merge.modified) out.push(read.rows.length ? 'Nothing to change: the feed already has every row.' : 'Nothing to change: the file has no signatory to import.');
    else if (values['dry-run']) out.push('Dry run: nothing was written.');
    else out.push(`Wrote ${printable(feedPath)}.`);
    process.stdout.write(`${out.join('\n')}\n`);
  }
  return refused || badRows.length ? EXIT.problems : EXIT.ok;
}
