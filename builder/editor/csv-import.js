// @ts-check
/**
 * Signatories from a spreadsheet, in the editor: a CSV file chosen or
 * dropped is read, checked and merged exactly as `standpoint-widgets
 * signatories import` does it (signatories-import.js, with Papa Parse, which
 * index.html loads as `window.Papa`), the report is shown (added, changed,
 * unchanged, and each row left out with its line and why), and the merge is
 * applied as one change, undone in one step.
 */
import { safeUrl } from '../../dist/feed/authoring.js';
import { h, text } from '../dom.js';
import { t } from '../language.js';
import { csvTable, mergeSignatories, readSignatoryTable } from '../signatories-import.js';
import { getIn } from './edits.js';

/**
 * @typedef {import('./fields.js').EditorContext} EditorContext
 * @typedef {import('../signatories-import.js').RowProblem} RowProblem
 */

/** A CSV file's size beyond which it is refused: far more names than any feed the widgets load. */
const MAX_CSV_BYTES = 20 * 1024 * 1024;

/** Where a relative address in the table is resolved for the check: any http(s) base judges it the same. */
const RELATIVE_BASE = 'https://feed.invalid/';

/**
 * Reads a CSV text into checked rows, with the library's URL rule (`safeUrl`,
 * as the widgets and `standpoint-widgets signatories import` judge an
 * address: http, https or mailto after the browser's URL parser; a relative
 * address is taken as relative to the feed).
 *
 * @param {string} csv
 * @param {{ Papa: import('../signatories-import.js').CsvParser }} tools
 */
export function readCsv(csv, { Papa }) {
  const table = csvTable(csv, Papa);
  const read = readSignatoryTable(table, { safeUrl: (url) => safeUrl(url, RELATIVE_BASE) });
  return { read, badRows: [...table.quoteProblems, ...read.problems].sort((a, b) => a.line - b.line) };
}

/**
 * What is wrong with a row and how to fix it, in the builder's language.
 *
 * @param {RowProblem} problem
 */
export const rowProblemText = (problem) => t(`editor.import.problems.${problem.code}`, { line: problem.line, column: problem.column ?? '', value: problem.value ?? '', firstLine: problem.firstLine ?? '' });

/**
 * The import control (a file choice, and the whole section as a drop zone)
 * and its report.
 *
 * @param {() => EditorContext} currentContext the editor's context when the file arrives
 * @param {HTMLElement} report where the report goes: kept by the editor across redraws
 */
export function importPart(currentContext, report) {
  const input = /** @type {HTMLInputElement} */ (h('input', { id: 'signatories-csv', class: 'file-input', type: 'file', accept: '.csv,text/csv,text/plain', 'aria-describedby': 'signatories-csv-hint' }));
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.value = '';
    if (file) void importFile(file, currentContext(), report);
  });
  return h(
    'div',
    { class: 'field csv-import', 'data-drop': 'csv' },
    text('label', 'editor.import.label', { for: input.id }),
    text('span', 'editor.import.hint', { class: 'hint', id: 'signatories-csv-hint' }),
    input,
    text('label', 'editor.import.choose', { for: input.id, class: 'button file-button' }),
    report,
  );
}

/**
 * Reads, checks and merges one CSV file, then reports.
 *
 * @param {File} file
 * @param {EditorContext} context
 * @param {HTMLElement} report
 */
export async function importFile(file, context, report) {
  const Papa = /** @type {any} */ (window).Papa;
  if (file.size > MAX_CSV_BYTES) return showReport(report, [text('p', 'editor.import.tooBig')], 'error');
  if (!Papa) return showReport(report, [text('p', 'editor.import.noParser')], 'error');
  const { read, badRows } = readCsv(await file.text(), { Papa });
  if (read.missingNameColumn) return showReport(report, [h('p', {}, t('editor.import.noNameColumn', { name: file.name }))], 'error');
  /** @type {import('../signatories-import.js').MergeResult | undefined} */
  let merged;
  // Into the feed of this moment (reading the file took a while), as one change; a merge that changes nothing is none.
  context.edit((feed) => {
    const id = getIn(feed, ['items', context.itemIndex, 'id']);
    merged = mergeSignatories(feed, read.rows, { item: id === undefined ? undefined : String(id), today: context.today, updated: context.now });
    return merged.feed;
  });
  const merge = /** @type {import('../signatories-import.js').MergeResult} */ (merged);
  const lines = [
    h('p', { class: 'import-summary' }, t('editor.import.summary', { name: file.name, added: merge.added.length, changed: merge.changed.length, unchanged: merge.unchanged.length })),
    merge.countAfter !== merge.countBefore ? h('p', {}, t('editor.import.count', { before: merge.countBefore ?? 0, after: merge.countAfter ?? 0 })) : undefined,
    read.ignoredColumns.length ? h('p', {}, t('editor.import.ignored', { columns: read.ignoredColumns.join(', ') })) : undefined,
    badRows.length
      ? h(
          'div',
          {},
          h('p', {}, t('editor.import.leftOut', { count: badRows.length })),
          h('ul', { class: 'bad-rows' }, ...badRows.map((problem) => h('li', { 'data-line': problem.line, 'data-code': problem.code }, rowProblemText(problem)))),
        )
      : undefined,
    merge.modified ? text('p', 'editor.import.undo', { class: 'hint' }) : text('p', 'editor.import.nothing', { class: 'hint' }),
  ];
  showReport(report, lines, badRows.length ? 'warning' : 'ok');
}

/**
 * @param {HTMLElement} report
 * @param {(Node | undefined)[]} lines
 * @param {string} tone
 */
function showReport(report, lines, tone) {
  report.replaceChildren(.../** @type {Node[]} */ (lines.filter(Boolean)));
  report.dataset.tone = tone;
}
