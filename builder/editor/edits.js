// @ts-check
/**
 * The edits a coordinator makes to a feed, as plain functions: each takes
 * the feed (JSON as JSON.parse made it) and returns a new one, copying only
 * the objects on the way to what changed and sharing the rest, so an edit
 * costs the depth of the feed, not its size, and the undo history keeps
 * every version cheaply. Keys the editor does not know are never touched.
 *
 * A text is written where the widgets read it in that language: in the
 * item itself for the item's own language, in
 * `_standpoint.translations.<lang>` for any other. An emptied text is
 * removed rather than written as "" (the validator refuses empty texts,
 * and a translation without it falls back to the item's own).
 */
import { mergeSignatories, nameKey, withHistoryPoint } from '../signatories-import.js';

/** @typedef {string | number} Key */
/** @typedef {Record<string, any>} Json */

const isObject = (/** @type {unknown} */ value) => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `value` with `path` set to what `change` makes of its value there; the
 * objects on the way are copied (made when missing), nothing else is. A
 * change that returns `undefined` removes the key.
 *
 * @param {any} value
 * @param {readonly Key[]} path
 * @param {(current: any) => any} change
 * @returns {any}
 */
export function updateIn(value, path, change) {
  if (path.length === 0) return change(value);
  const [key, ...rest] = path;
  const container = Array.isArray(value) ? [...value] : isObject(value) ? { ...value } : typeof key === 'number' ? [] : {};
  const next = updateIn(container[key], rest, change);
  if (next === undefined && !Array.isArray(container)) delete container[key];
  else container[key] = next;
  return container;
}

/**
 * The value at `path`, or undefined.
 *
 * @param {any} value
 * @param {readonly Key[]} path
 */
export const getIn = (value, path) => path.reduce((at, key) => (at === null || typeof at !== 'object' ? undefined : at[key]), value);

/** A text field's value as the feed keeps it: trimmed of nothing, but "" is no text. */
const textValue = (/** @type {string} */ value) => (value === '' ? undefined : value);

/**
 * The item's own language (of its texts outside `translations`), its
 * primary subtag: `uk-UA` → `uk`.
 *
 * @param {Json} feed
 * @param {number} itemIndex
 */
export function ownLanguage(feed, itemIndex) {
  const tag = feed?.items?.[itemIndex]?.language ?? feed?.language ?? 'en';
  return String(tag).split('-')[0].toLowerCase();
}

/**
 * Where a text of the item is kept in `lang`: `field` of the item (or under
 * `inStandpoint` of `_standpoint`) for its own language, the same place
 * under `_standpoint.translations.<lang>` for another.
 *
 * @param {Json} feed
 * @param {number} itemIndex
 * @param {string} lang
 * @param {readonly Key[]} own the path in the item, in its own language
 * @param {readonly Key[]} translated the path in a translation
 * @returns {Key[]}
 */
export function textPath(feed, itemIndex, lang, own, translated) {
  const item = ['items', itemIndex];
  return lang === ownLanguage(feed, itemIndex) ? [...item, ...own] : [...item, '_standpoint', 'translations', lang, ...translated];
}

/** The statement's own texts, as the item and a translation name them. */
export const STATEMENT_FIELDS = /** @type {const} */ (['title', 'summary', 'content_text']);

/**
 * @typedef {{ path: Key[] }} Place
 * @typedef {'title' | 'summary' | 'content_text'} StatementField
 */

/** @param {Json} feed @param {number} itemIndex @param {string} lang @param {StatementField} field */
export const statementPath = (feed, itemIndex, lang, field) => textPath(feed, itemIndex, lang, [field], [field]);

/**
 * A demand's text or note in `lang`: the demand itself in the item's own
 * language; `translations.<lang>.demands.<id>` in another.
 *
 * @param {Json} feed @param {number} itemIndex @param {number} demandIndex @param {string} lang @param {'text' | 'note'} field
 */
export function demandTextPath(feed, itemIndex, demandIndex, lang, field) {
  const id = String(getIn(feed, ['items', itemIndex, '_standpoint', 'demands', demandIndex, 'id']) ?? '');
  return textPath(feed, itemIndex, lang, ['_standpoint', 'demands', demandIndex, field], ['demands', id, field]);
}

/** @param {Json} feed @param {number} itemIndex @param {string} lang */
export const joinTextPath = (feed, itemIndex, lang) => textPath(feed, itemIndex, lang, ['_standpoint', 'join', 'text'], ['join', 'text']);

/** @param {Json} feed @param {number} itemIndex @param {string} lang */
export const shareTextPath = (feed, itemIndex, lang) => textPath(feed, itemIndex, lang, ['_standpoint', 'share', 'text'], ['share', 'text']);

/**
 * A text set where `path` says; "" removes it.
 *
 * @param {Json} feed @param {readonly Key[]} path @param {string} value
 */
export const setText = (feed, path, value) => updateIn(feed, path, () => textValue(value));

/** @param {number} itemIndex @param {...Key} rest */
const standpoint = (itemIndex, ...rest) => ['items', itemIndex, '_standpoint', ...rest];

/**
 * A demand's new status, dated today: the widgets show when it moved.
 *
 * @param {Json} feed @param {number} itemIndex @param {number} demandIndex @param {string} status @param {string} today
 */
export const setDemandStatus = (feed, itemIndex, demandIndex, status, today) =>
  updateIn(feed, standpoint(itemIndex, 'demands', demandIndex), (demand) => ({ ...demand, status, updated: today }));

/**
 * A demand's evidence link; "" removes it.
 *
 * @param {Json} feed @param {number} itemIndex @param {number} demandIndex @param {string} url
 */
export const setDemandUrl = (feed, itemIndex, demandIndex, url) => setText(feed, standpoint(itemIndex, 'demands', demandIndex, 'url'), url.trim());

/**
 * A number typed into a field, as the feed keeps it: a number when it is
 * one (the validator judges whether it is a good one), nothing when empty,
 * and the text itself otherwise, so the checker says what is wrong.
 *
 * @param {string} typed
 * @returns {number | string | undefined}
 */
export function numberValue(typed) {
  const trimmed = typed.trim();
  if (trimmed === '') return undefined;
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

/**
 * A new signatory count: `updated` now, with today's point in `history` so
 * the counter's chart shows the change.
 *
 * @param {Json} feed @param {number} itemIndex @param {string} typed @param {string} today
 * @param {string} [updated] this moment with its offset (localDateTime); today without it
 */
export function setCount(feed, itemIndex, typed, today, updated = today) {
  const count = numberValue(typed);
  return updateIn(feed, standpoint(itemIndex, 'signatories'), (signatories) => {
    const next = { ...signatories, count, updated };
    if (count === undefined) delete next.count;
    if (typeof count === 'number') next.history = withHistoryPoint(next.history, today, count);
    return next;
  });
}

/** @param {Json} feed @param {number} itemIndex @param {string} typed */
export const setGoal = (feed, itemIndex, typed) => updateIn(feed, standpoint(itemIndex, 'signatories', 'goal'), () => numberValue(typed));

/**
 * A signatory added as an import of one row would add it (the same merge:
 * by name, the count raised when the list outgrows it, today's history
 * point). A name already in the list updates that signatory instead.
 *
 * @param {Json} feed @param {number} itemIndex
 * @param {import('../signatories-import.js').Signatory} signatory
 * @param {string} today
 * @param {string} [updated] this moment with its offset (localDateTime); today without it
 */
export function addSignatory(feed, itemIndex, signatory, today, updated = today) {
  const id = getIn(feed, ['items', itemIndex, 'id']);
  return mergeSignatories(feed, [{ line: 0, key: nameKey(signatory.name), signatory }], { item: id === undefined ? undefined : String(id), today, updated });
}

/**
 * One field of one signatory of the list. An emptied address or kind is
 * removed; `verified: false` is kept out too (it is the default).
 *
 * @param {Json} feed @param {number} itemIndex @param {number} index
 * @param {'name' | 'url' | 'kind' | 'verified'} field
 * @param {string | boolean} value
 */
export function setSignatoryField(feed, itemIndex, index, field, value) {
  const stored = value === '' || value === false ? undefined : value;
  return updateIn(feed, standpoint(itemIndex, 'signatories', 'list', index, field), () => stored);
}

/**
 * The list without one signatory. The count stays: it may include people
 * who are not listed, and only the coordinator knows whether it should fall.
 *
 * @param {Json} feed @param {number} itemIndex @param {number} index
 */
export const removeSignatory = (feed, itemIndex, index) =>
  updateIn(feed, standpoint(itemIndex, 'signatories', 'list'), (list) => (Array.isArray(list) ? list.filter((_, at) => at !== index) : list));

/**
 * The address of the join link; emptied, the whole link goes (a text with no
 * address to follow would be no link).
 *
 * @param {Json} feed @param {number} itemIndex @param {string} url
 */
export function setJoinUrl(feed, itemIndex, url) {
  const trimmed = url.trim();
  return updateIn(feed, standpoint(itemIndex, 'join'), (join) => (trimmed === '' ? undefined : { ...join, url: trimmed }));
}

/**
 * Whether the campaign is closed (`_standpoint.expired`); open is written
 * as no key at all.
 *
 * @param {Json} feed @param {number} itemIndex @param {boolean} closed
 */
export const setClosed = (feed, itemIndex, closed) => updateIn(feed, standpoint(itemIndex, 'expired'), () => (closed ? true : undefined));
