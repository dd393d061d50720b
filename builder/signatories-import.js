// @ts-check
/**
 * Signatories from a spreadsheet: a CSV export read into rows with the line
 * each starts on, the rows checked (a name, a safe address, a known kind),
 * and the good ones merged into an item's `_standpoint.signatories` by name.
 *
 * Shared by the command line (`standpoint-widgets signatories import`) and
 * the builder's editor (in the browser), so both read the same file the same
 * way. It imports nothing: the CSV parser (Papa Parse) and the library's URL
 * rule are handed in, so a browser can load this file as it is. Problems
 * carry codes; each tool words them in its own language.
 */

/**
 * @typedef {{ line: number, cells: string[] }} CsvRow
 * @typedef {{ header: CsvRow | undefined, rows: CsvRow[] }} CsvTable
 * @typedef {'name' | 'url' | 'kind' | 'verified'} SignatoryColumn
 * @typedef {{ name: string, url?: string, kind?: 'organization' | 'person', verified?: boolean }} Signatory
 * @typedef {'no-name' | 'bad-url' | 'bad-kind' | 'bad-verified' | 'duplicate-name' | 'bad-quotes'} RowProblemCode
 * @typedef {{ line: number, code: RowProblemCode, column?: string, value?: string, firstLine?: number }} RowProblem
 * @typedef {{ line: number, key: string, signatory: Signatory }} SignatoryRow
 * @typedef {{ column: SignatoryColumn, index: number, heading: string }} KnownColumn
 * @typedef {{
 *   rows: SignatoryRow[],
 *   problems: RowProblem[],
 *   columns: KnownColumn[],
 *   ignoredColumns: string[],
 *   missingNameColumn: boolean,
 * }} SignatoryTable
 * @typedef {{ line: number, name: string }} RowName
 * @typedef {{
 *   feed: any,
 *   itemIndex: number,
 *   added: RowName[],
 *   changed: (RowName & { fields: (keyof Signatory)[] })[],
 *   unchanged: RowName[],
 *   notInFile: number,
 *   countBefore: number | undefined,
 *   countAfter: number | undefined,
 *   modified: boolean,
 * }} MergeResult
 */

/**
 * The least of Papa Parse this module uses, so that either the npm package
 * (Node) or the script build (`window.Papa` in a browser) can be handed in.
 *
 * @typedef {{ parse: (text: string, config: {
 *   step: (results: { data: string[], errors: { code: string }[], meta: { cursor: number } }) => void,
 *   skipEmptyLines: 'greedy',
 *   delimitersToGuess: string[],
 * }) => unknown }} CsvParser
 */

/** A word as a heading or cell is compared: one spelling of apostrophes and spaces, any case. */
const comparable = (/** @type {string} */ text) =>
  text
    .normalize('NFC')
    .replace(/[’ʼ`´]/gu, "'")
    .replace(/[\s_-]+/gu, ' ')
    .trim()
    .toLowerCase();

/**
 * Column headings a coordinator may write, in English and Ukrainian, for
 * each field of a signatory.
 *
 * @type {Readonly<Record<SignatoryColumn, readonly string[]>>}
 */
export const COLUMN_NAMES = {
  name: ['name', 'full name', 'signatory', 'organization', 'organisation', 'назва', "ім'я", 'імя', "ім'я або назва", 'піб', 'підписант', 'організація', 'назва організації'],
  url: ['url', 'link', 'website', 'web site', 'site', 'web', 'посилання', 'сайт', 'вебсайт', 'веб сайт', 'адреса', 'адреса сайту'],
  kind: ['kind', 'type', 'тип', 'вид'],
  verified: ['verified', 'checked', 'confirmed', 'перевірено', 'перевірений', 'перевірена', 'підтверджено', 'підтверджений', 'підтверджена'],
};

/** @type {ReadonlyMap<string, SignatoryColumn>} */
const COLUMN_BY_HEADING = new Map(
  /** @type {[SignatoryColumn, readonly string[]][]} */ (Object.entries(COLUMN_NAMES)).flatMap(([column, names]) => names.map((name) => /** @type {[string, SignatoryColumn]} */ ([comparable(name), column]))),
);

/** @type {ReadonlyMap<string, 'organization' | 'person'>} */
const KIND_BY_WORD = new Map([
  ...['organization', 'organisation', 'org', 'організація', 'орг'].map((word) => /** @type {const} */ ([word, 'organization'])),
  ...['person', 'individual', 'особа', 'людина', 'фізична особа'].map((word) => /** @type {const} */ ([word, 'person'])),
]);

/** @type {ReadonlyMap<string, boolean>} */
const VERIFIED_BY_WORD = new Map([
  ...['yes', 'y', 'true', '1', 'так', 'т'].map((word) => /** @type {const} */ ([word, true])),
  ...['no', 'n', 'false', '0', 'ні', 'н'].map((word) => /** @type {const} */ ([word, false])),
]);

/**
 * A name as it is kept: in Unicode NFC, trimmed, with any run of spaces or
 * line breaks (a spreadsheet's wrapping, a double space typed) as one space.
 *
 * @param {string} name
 */
export const tidyName = (name) => name.normalize('NFC').replace(/\s+/gu, ' ').trim();

/**
 * The key two names are the same signatory by: the tidy name, in any case.
 *
 * @param {string} name
 */
export const nameKey = (name) => tidyName(name).toLowerCase();

/**
 * Reads CSV text into rows, each with the line of the file it starts on
 * (the header is line 1; a quoted cell with line breaks in it makes its row
 * span several lines). A byte-order mark and Windows line endings are
 * allowed; the delimiter (`,`, `;` as Ukrainian Excel writes, or a tab) is
 * found by the parser; blank lines are skipped.
 *
 * @param {string} text
 * @param {CsvParser} papa
 * @returns {CsvTable & { quoteProblems: RowProblem[] }}
 */
export function csvTable(text, papa) {
  const source = text.startsWith('\ufeff') ? text.slice(1) : text;
  /** @type {CsvRow[]} */
  const all = [];
  /** @type {RowProblem[]} */
  const quoteProblems = [];
  let previousEnd = 0;
  let counted = 0;
  let line = 1;
  const lineBreaks = /\r\n?|\n/gu;
  papa.parse(source, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t'],
    step(results) {
      // The parser reports where each row ends; it starts after the blank
      // lines it skipped. Line breaks are counted once each, from where the
      // last count stopped, so the whole file is read once.
      let start = previousEnd;
      while (start < source.length && /\s/u.test(source[start])) start += 1;
      lineBreaks.lastIndex = counted;
      for (let match = lineBreaks.exec(source); match && match.index < start; match = lineBreaks.exec(source)) line += 1;
      counted = start;
      previousEnd = results.meta.cursor;
      const row = { line, cells: results.data.map((cell) => String(cell ?? '')) };
      if (results.errors.some((error) => error.code === 'MissingQuotes' || error.code === 'InvalidQuotes')) quoteProblems.push({ line, code: 'bad-quotes' });
      else all.push(row);
    },
  });
  const [header, ...rows] = all;
  return { header, rows, quoteProblems };
}

/** @param {string} value */
const hasScheme = (value) => /^[a-z][a-z\d+.-]*:/iu.test(value);

/**
 * An address as a spreadsheet holds it, made a URL: `example.org` means a
 * web site and `name@example.org` an e-mail address, as a reader would take
 * them. What has a scheme, or starts with `/` or `.`, is left for the URL
 * rule to judge.
 *
 * @param {string} value trimmed, not empty
 */
function asUrl(value) {
  if (hasScheme(value) || !/^[\p{L}\p{N}]/u.test(value)) return value;
  return /^[^/@\s]+@[^/@\s]+$/u.test(value) ? `mailto:${value}` : `https://${value}`;
}

/**
 * Checks a table's rows and makes signatories of the good ones. The columns
 * are found by their headings (any order; English or Ukrainian; any case and
 * spacing); a column of another name is ignored. A row is left out, with a
 * problem for each reason, when it has no name, an address that is not
 * http, https or mailto, a kind or a verified value that is not known, or a
 * name an earlier row already had.
 *
 * @param {CsvTable} table
 * @param {{ safeUrl: (url: string) => string | undefined }} rules
 *   `safeUrl`: the library's URL rule (`safeUrl` of feed/authoring), undefined for a refused address
 * @returns {SignatoryTable}
 */
export function readSignatoryTable(table, { safeUrl }) {
  /** @type {KnownColumn[]} */
  const columns = [];
  /** @type {string[]} */
  const ignoredColumns = [];
  for (const [index, heading] of (table.header?.cells ?? []).entries()) {
    const column = COLUMN_BY_HEADING.get(comparable(heading));
    // The first column of a kind counts; a second one of the same kind is ignored, and said so.
    if (column && !columns.some((known) => known.column === column)) columns.push({ column, index, heading: heading.trim() });
    else if (heading.trim()) ignoredColumns.push(heading.trim());
  }
  const missingNameColumn = !columns.some((known) => known.column === 'name');
  /** @type {SignatoryRow[]} */
  const rows = [];
  /** @type {RowProblem[]} */
  const problems = [];
  if (missingNameColumn) return { rows, problems, columns, ignoredColumns, missingNameColumn };

  /** @type {Map<string, number>} */
  const firstLineOf = new Map();
  for (const { line, cells } of table.rows) {
    /** @type {Partial<Record<SignatoryColumn, { value: string, heading: string }>>} */
    const cell = {};
    for (const { column, index, heading } of columns) cell[column] = { value: (cells[index] ?? '').trim(), heading };
    /** @type {RowProblem[]} */
    const rowProblems = [];
    const name = tidyName(cell.name?.value ?? '');
    if (!name) rowProblems.push({ line, code: 'no-name', column: cell.name?.heading });
    /** @type {Signatory} */
    const signatory = { name };
    if (cell.url?.value) {
      const url = asUrl(cell.url.value);
      if (safeUrl(url) === undefined) rowProblems.push({ line, code: 'bad-url', column: cell.url.heading, value: cell.url.value });
      else signatory.url = url;
    }
    if (cell.kind?.value) {
      const kind = KIND_BY_WORD.get(comparable(cell.kind.value));
      if (kind === undefined) rowProblems.push({ line, code: 'bad-kind', column: cell.kind.heading, value: cell.kind.value });
      else signatory.kind = kind;
    }
    if (cell.verified?.value) {
      const verified = VERIFIED_BY_WORD.get(comparable(cell.verified.value));
      if (verified === undefined) rowProblems.push({ line, code: 'bad-verified', column: cell.verified.heading, value: cell.verified.value });
      else signatory.verified = verified;
    }
    const key = nameKey(name);
    if (name) {
      const firstLine = firstLineOf.get(key);
      if (firstLine !== undefined) rowProblems.push({ line, code: 'duplicate-name', column: cell.name?.heading, value: name, firstLine });
      else firstLineOf.set(key, line);
    }
    if (rowProblems.length) problems.push(...rowProblems);
    else rows.push({ line, key, signatory });
  }
  return { rows, problems, columns, ignoredColumns, missingNameColumn };
}

/**
 * Today's date where the coordinator is, as the feed writes dates (`2025-08-13`).
 *
 * @param {Date} [now]
 */
export function localDate(now = new Date()) {
  const pad = (/** @type {number} */ number) => String(number).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/**
 * This moment where the coordinator is, as RFC 3339 with the local offset
 * (`2025-09-03T09:30:00+03:00`): what `signatories.updated` says, so the
 * counter's "updated 2 hours ago" counts from the real time, not from
 * midnight UTC as a bare date would.
 *
 * @param {Date} [now]
 */
export function localDateTime(now = new Date()) {
  const pad = (/** @type {number} */ number) => String(number).padStart(2, '0');
  const offset = -now.getTimezoneOffset();
  const zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
  return `${localDate(now)}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${zone}`;
}

/**
 * A signatories' `history` with the day's point set to `count`: one of the
 * same date is replaced, a new one goes in order of date (before any later
 * point: a clock that was wrong once). The history given is not changed; one
 * that is not a list is started afresh.
 *
 * @param {unknown} history
 * @param {string} today `2025-08-13`
 * @param {number} count
 * @returns {{ date?: unknown, count?: unknown }[]}
 */
export function withHistoryPoint(history, today, count) {
  /** @type {{ date?: unknown, count?: unknown }[]} */
  const points = Array.isArray(history) ? [...history] : [];
  const point = { date: today, count };
  const dayOf = (/** @type {{ date?: unknown }} */ entry) => String(entry?.date ?? '').slice(0, 10);
  const sameDay = points.findIndex((entry) => dayOf(entry) === today);
  if (sameDay !== -1) points[sameDay] = point;
  else {
    const later = points.findIndex((entry) => dayOf(entry) > today);
    points.splice(later === -1 ? points.length : later, 0, point);
  }
  return points;
}

/** @type {readonly (keyof Signatory)[]} */
const FIELDS = ['name', 'url', 'kind', 'verified'];

/**
 * Merges checked rows into an item's list of signatories, by name (see
 * `nameKey`). A row whose name is new is added at the end; a row whose name
 * is there updates the fields it has a value for (an empty cell keeps what
 * the feed says, so a spreadsheet with fewer columns loses nothing) and the
 * spelling of the name; signatories the file does not name stay. When
 * anything changed: `count` rises to the length of the list if the list
 * outgrew it (it never falls: a count may include people not listed), the
 * day's `history` point is set to the count (replacing one of the same
 * date), and `updated` is this moment (`updated`, else today). The feed given is not changed.
 *
 * @param {any} feed a JSON Feed as JSON.parse made it
 * @param {SignatoryRow[]} rows
 * @param {{ item?: string, today: string, updated?: string }} options `item`: the item's id (default: the first item, as the widgets choose); `updated`: the moment to record (localDateTime)
 * @returns {MergeResult}
 */
export function mergeSignatories(feed, rows, { item: itemId, today, updated = today }) {
  const items = Array.isArray(feed?.items) ? feed.items : [];
  const itemIndex = itemId === undefined || itemId === '' ? (items.length ? 0 : -1) : items.findIndex((/** @type {any} */ item) => String(item?.id) === itemId);
  if (itemIndex === -1) throw new RangeError(itemId ? `no item with the id "${itemId}"` : 'the feed has no item');
  const result = structuredClone(feed);
  const item = result.items[itemIndex];
  const isObject = (/** @type {unknown} */ value) => typeof value === 'object' && value !== null && !Array.isArray(value);
  // A part of the wrong type is the validator's to report; merging into it would hide or lose it.
  const wrongType = (/** @type {string} */ path) => new RangeError(`items[${itemIndex}].${path} has the wrong type (the validator says how to fix it)`);
  if (!isObject(item)) throw new RangeError(`items[${itemIndex}] is not an object`);
  const standpoint = (item._standpoint ??= {});
  if (!isObject(standpoint)) throw wrongType('_standpoint');
  const signatories = (standpoint.signatories ??= {});
  if (!isObject(signatories)) throw wrongType('_standpoint.signatories');
  /** @type {Signatory[]} */
  const list = (signatories.list ??= []);
  if (!Array.isArray(list)) throw wrongType('_standpoint.signatories.list');
  const countBefore = typeof signatories.count === 'number' ? signatories.count : undefined;

  /** @type {Map<string, Signatory>} */
  const byName = new Map();
  for (const signatory of list) {
    const key = typeof signatory?.name === 'string' ? nameKey(signatory.name) : undefined;
    if (key !== undefined && !byName.has(key)) byName.set(key, signatory);
  }
  /** @type {MergeResult['added']} */
  const added = [];
  /** @type {MergeResult['changed']} */
  const changed = [];
  /** @type {MergeResult['unchanged']} */
  const unchanged = [];
  const named = new Set();
  for (const { line, key, signatory } of rows) {
    named.add(key);
    const existing = byName.get(key);
    if (!existing) {
      const fresh = { ...signatory };
      list.push(fresh);
      byName.set(key, fresh);
      added.push({ line, name: signatory.name });
      continue;
    }
    const fields = FIELDS.filter((field) => signatory[field] !== undefined && existing[field] !== signatory[field]);
    for (const field of fields) /** @type {any} */ (existing)[field] = signatory[field];
    if (fields.length) changed.push({ line, name: signatory.name, fields });
    else unchanged.push({ line, name: signatory.name });
  }
  const notInFile = [...byName.keys()].filter((key) => !named.has(key)).length;
  const modified = added.length > 0 || changed.length > 0;
  if (!modified) return { feed, itemIndex, added, changed, unchanged, notInFile, countBefore, countAfter: countBefore, modified };

  if (countBefore !== undefined && list.length > countBefore) signatories.count = list.length;
  const countAfter = typeof signatories.count === 'number' ? signatories.count : undefined;
  signatories.updated = updated;
  signatories.history = withHistoryPoint(signatories.history, today, countAfter ?? list.length);
  return { feed: result, itemIndex, added, changed, unchanged, notInFile, countBefore, countAfter, modified };
}
