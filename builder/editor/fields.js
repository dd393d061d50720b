// @ts-check
/**
 * The form controls every section of the editor is made of: a text in one
 * language, the same text side by side in each language, a number, a choice
 * and a check box. Each control knows the feed path it edits (`data-path`,
 * written as the validator writes paths), so the checker's problems can be
 * shown beside the control they are about (problems.js).
 */
import { h, text } from '../dom.js';
import { joinKey } from '../feed-report.js';
import { t } from '../language.js';
import { hasString } from '../strings.js';
import { getIn } from './edits.js';

/**
 * @typedef {import('./edits.js').Key} Key
 * @typedef {import('./edits.js').Json} Json
 * @typedef {{ group?: string, redraw?: boolean }} EditOptions
 * @typedef {{
 *   feed: Json,
 *   itemIndex: number,
 *   languages: string[],
 *   today: string,
 *   now: string,
 *   edit: (change: (feed: Json) => Json, options?: EditOptions) => void,
 *   view: { page: number, filter: string },
 *   setView: (view: Partial<{ page: number, filter: string }>) => void,
 *   say: (key: string, params?: Record<string, unknown>, tone?: string) => void,
 * }} EditorContext
 */

/**
 * A path as the validator writes it: `items[0]._standpoint.translations.uk.title`.
 *
 * @param {readonly Key[]} path
 */
export const pathText = (path) => path.reduce((/** @type {string} */ at, key) => (typeof key === 'number' ? `${at}[${key}]` : joinKey(at, key)), '');

/**
 * "in Ukrainian", "in English": a language named in the builder's language;
 * another language by its tag.
 *
 * @param {string} lang
 */
export const inLanguage = (lang) => (hasString(`editor.in.${lang}`) ? t(`editor.in.${lang}`) : lang);

/**
 * A label of strings.js followed by the language of the text: "Title, in English".
 *
 * @param {string} key
 * @param {string} lang
 */
const labelIn = (key, lang) => h('label', {}, text('span', key), ', ', hasString(`editor.in.${lang}`) ? text('span', `editor.in.${lang}`) : lang);

/**
 * One text in one language.
 *
 * @param {EditorContext} context
 * @param {object} options
 * @param {string} options.id
 * @param {string} options.label the strings.js key of its label
 * @param {string} [options.lang] the language of the text (named in the label, and the control's `lang`)
 * @param {Key[]} options.path
 * @param {(feed: Json, value: string) => Json} options.change
 * @param {boolean} [options.multiline]
 * @param {number} [options.rows]
 * @param {string} [options.type] of an input: `url`, `text`
 * @param {string} [options.hint] the strings.js key of a hint
 */
export function textField(context, { id, label, lang, path, change, multiline = false, rows = 3, type = 'text', hint }) {
  const value = getIn(context.feed, path);
  const hintId = hint ? `${id}-hint` : undefined;
  const attributes = { id, lang, dir: lang ? 'auto' : undefined, 'data-path': pathText(path), 'aria-describedby': hintId, spellcheck: type === 'url' ? 'false' : undefined, autocomplete: 'off' };
  const control = /** @type {HTMLInputElement | HTMLTextAreaElement} */ (
    multiline ? h('textarea', { ...attributes, rows }) : h('input', { ...attributes, type, inputmode: type === 'url' ? 'url' : undefined })
  );
  control.value = typeof value === 'string' ? value : value === undefined ? '' : String(value);
  control.addEventListener('input', () => context.edit((feed) => change(feed, control.value), { group: id, redraw: false }));
  const labelElement = lang ? labelIn(label, lang) : text('label', label);
  labelElement.setAttribute('for', id);
  return h('div', { class: 'field' }, labelElement, hint ? text('span', hint, { class: 'hint', id: hintId }) : undefined, control);
}

/**
 * The same text in each language, side by side (one under the other on a phone).
 *
 * @param {EditorContext} context
 * @param {string} id
 * @param {(lang: string) => Omit<Parameters<typeof textField>[1], 'id' | 'lang'>} field
 */
export const languageFields = (context, id, field) =>
  h('div', { class: 'side-by-side' }, ...context.languages.map((lang) => textField(context, { id: `${id}-${lang}`, lang, ...field(lang) })));

/**
 * A whole number (a count, a goal).
 *
 * @param {EditorContext} context
 * @param {{ id: string, label: string, hint?: string, path: Key[], change: (feed: Json, value: string) => Json }} options
 */
export function numberField(context, { id, label, hint, path, change }) {
  const value = getIn(context.feed, path);
  const hintId = hint ? `${id}-hint` : undefined;
  const control = /** @type {HTMLInputElement} */ (
    h('input', { id, type: 'number', inputmode: 'numeric', min: 0, step: 1, 'data-path': pathText(path), 'aria-describedby': hintId })
  );
  control.value = value === undefined ? '' : String(value);
  control.addEventListener('input', () => context.edit((feed) => change(feed, control.value), { group: id, redraw: false }));
  return h('div', { class: 'field' }, text('label', label, { for: id }), hint ? text('span', hint, { class: 'hint', id: hintId }) : undefined, control);
}

/**
 * A choice of values, each worded by `word`.
 *
 * @param {EditorContext} context
 * @param {{ id: string, label: string | HTMLElement, path: Key[], choices: readonly string[], word: (value: string) => string, change: (feed: Json, value: string) => Json, attributes?: Record<string, string> }} options
 */
export function choiceField(context, { id, label, path, choices, word, change, attributes = {} }) {
  const value = getIn(context.feed, path);
  const known = typeof value !== 'string' || choices.includes(value) ? choices : [value, ...choices];
  const select = /** @type {HTMLSelectElement} */ (
    h('select', { id, 'data-path': pathText(path), ...attributes }, ...known.map((choice) => h('option', { value: choice, selected: choice === (value ?? '') }, word(choice))))
  );
  select.addEventListener('change', () => context.edit((feed) => change(feed, select.value)));
  const labelElement = typeof label === 'string' ? text('label', label, { for: id }) : label;
  return h('div', { class: 'field' }, labelElement, select);
}

/**
 * A check box.
 *
 * @param {EditorContext} context
 * @param {{ id: string, label: string, hint?: string, path: Key[], change: (feed: Json, checked: boolean) => Json }} options
 */
export function checkboxField(context, { id, label, hint, path, change }) {
  const hintId = hint ? `${id}-hint` : undefined;
  const box = /** @type {HTMLInputElement} */ (h('input', { id, type: 'checkbox', checked: getIn(context.feed, path) === true, 'data-path': pathText(path), 'aria-describedby': hintId }));
  box.addEventListener('change', () => context.edit((feed) => change(feed, box.checked)));
  return h('div', { class: 'field checkbox' }, box, text('label', label, { for: id }), hint ? text('span', hint, { class: 'hint', id: hintId }) : undefined);
}

/**
 * A section of the editor: a heading and its fields.
 *
 * @param {string} id
 * @param {string} heading the strings.js key
 * @param {...(Node | string | false | undefined)} children
 */
export const section = (id, heading, ...children) => h('section', { class: 'editor-section', id, 'aria-labelledby': `${id}-heading` }, text('h3', heading, { id: `${id}-heading` }), ...children);
