// @ts-check
/**
 * The list of signatories: add one, edit, remove, mark verified, choose the
 * kind. A list of 10 000 names stays quick: only one page of it is made
 * into controls, and finding a name is one pass over the list.
 */
import { h, text } from '../dom.js';
import { language, t } from '../language.js';
import { tidyName } from '../signatories-import.js';
import { formatNumber } from '../strings.js';
import { addSignatory, getIn, removeSignatory, setSignatoryField } from './edits.js';
import { pathText, section } from './fields.js';

/** @typedef {import('./fields.js').EditorContext} EditorContext */

/** Signatories shown at once. */
export const PAGE_SIZE = 20;

const KINDS = ['', 'organization', 'person'];

/**
 * The positions in `list` of the signatories whose name has `filter` in it
 * (any case), in the list's order: one pass.
 *
 * @param {readonly any[]} list
 * @param {string} filter
 * @returns {number[]}
 */
export function matchingSignatories(list, filter) {
  const wanted = filter.trim().toLocaleLowerCase();
  const positions = [];
  for (let index = 0; index < list.length; index += 1) {
    if (!wanted || String(list[index]?.name ?? '').toLocaleLowerCase().includes(wanted)) positions.push(index);
  }
  return positions;
}

/**
 * The kind of a signatory as a choice.
 *
 * @param {string} id
 * @param {string} label
 * @param {unknown} value
 */
function kindSelect(id, label, value) {
  const known = typeof value === 'string' && !KINDS.includes(value) ? [value, ...KINDS] : KINDS;
  return /** @type {HTMLSelectElement} */ (
    h('select', { id, 'aria-label': label }, ...known.map((kind) => h('option', { value: kind, selected: kind === (value ?? '') }, kind && !KINDS.includes(kind) ? kind : t(`editor.signatories.kinds.${kind || 'none'}`))))
  );
}

/**
 * One signatory of the list, as a row of controls.
 *
 * @param {EditorContext} context
 * @param {any} signatory
 * @param {number} index its place in the list
 */
function signatoryRow(context, signatory, index) {
  const { itemIndex } = context;
  const id = `signatory-${index}`;
  const number = index + 1;
  const path = ['items', itemIndex, '_standpoint', 'signatories', 'list', index];
  const name = /** @type {HTMLInputElement} */ (h('input', { id: `${id}-name`, type: 'text', autocomplete: 'off', 'aria-label': t('editor.signatories.nameOf', { number }), 'data-path': pathText([...path, 'name']) }));
  name.value = String(signatory?.name ?? '');
  name.addEventListener('input', () => context.edit((feed) => setSignatoryField(feed, itemIndex, index, 'name', name.value), { group: name.id, redraw: false }));
  const url = /** @type {HTMLInputElement} */ (
    h('input', { id: `${id}-url`, type: 'url', inputmode: 'url', spellcheck: 'false', autocomplete: 'off', 'aria-label': t('editor.signatories.urlOf', { number }), 'data-path': pathText([...path, 'url']) })
  );
  url.value = String(signatory?.url ?? '');
  url.addEventListener('input', () => context.edit((feed) => setSignatoryField(feed, itemIndex, index, 'url', url.value.trim()), { group: url.id, redraw: false }));
  const kind = kindSelect(`${id}-kind`, t('editor.signatories.kindOf', { number }), signatory?.kind);
  kind.dataset.path = pathText([...path, 'kind']);
  kind.addEventListener('change', () => context.edit((feed) => setSignatoryField(feed, itemIndex, index, 'kind', kind.value)));
  const verified = /** @type {HTMLInputElement} */ (h('input', { id: `${id}-verified`, type: 'checkbox', checked: signatory?.verified === true, 'data-path': pathText([...path, 'verified']) }));
  verified.addEventListener('change', () => context.edit((feed) => setSignatoryField(feed, itemIndex, index, 'verified', verified.checked)));
  const remove = h('button', { type: 'button', class: 'button small', id: `${id}-remove`, 'aria-label': t('editor.signatories.removeOf', { number, name: name.value }) }, t('editor.signatories.remove'));
  remove.addEventListener('click', () => {
    context.edit((feed) => removeSignatory(feed, itemIndex, index));
    context.say('editor.signatories.removed', { name: name.value });
  });
  return h(
    'li',
    { class: 'signatory', 'data-index': index },
    h('span', { class: 'signatory-number', 'aria-hidden': 'true' }, String(number)),
    name,
    url,
    kind,
    h('span', { class: 'checkbox' }, verified, h('label', { for: verified.id }, t('editor.signatories.verified'), h('span', { class: 'visually-hidden' }, ` ${t('editor.signatories.numbered', { number })}`))),
    remove,
  );
}

/**
 * The form that adds a signatory.
 *
 * @param {EditorContext} context
 */
function addForm(context) {
  const name = /** @type {HTMLInputElement} */ (h('input', { id: 'new-signatory-name', type: 'text', autocomplete: 'off' }));
  const url = /** @type {HTMLInputElement} */ (h('input', { id: 'new-signatory-url', type: 'url', inputmode: 'url', spellcheck: 'false', autocomplete: 'off', 'aria-describedby': 'new-signatory-url-hint' }));
  const kind = kindSelect('new-signatory-kind', t('editor.signatories.kind'), '');
  kind.removeAttribute('aria-label');
  const verified = /** @type {HTMLInputElement} */ (h('input', { id: 'new-signatory-verified', type: 'checkbox' }));
  const add = text('button', 'editor.signatories.add', { type: 'button', class: 'button', id: 'add-signatory' });
  const submit = () => {
    const typed = tidyName(name.value);
    if (!typed) {
      context.say('editor.signatories.nameFirst', {}, 'error');
      name.focus();
      return;
    }
    /** @type {import('../signatories-import.js').Signatory} */
    const signatory = { name: typed };
    if (url.value.trim()) signatory.url = url.value.trim();
    if (kind.value === 'organization' || kind.value === 'person') signatory.kind = kind.value;
    if (verified.checked) signatory.verified = true;
    // The feed of this moment: a field typed in since the form was drawn has changed it.
    let added = false;
    let length = 0;
    context.edit((feed) => {
      const merge = addSignatory(feed, context.itemIndex, signatory, context.today, context.now);
      added = merge.added.length > 0;
      length = getIn(merge.feed, ['items', context.itemIndex, '_standpoint', 'signatories', 'list'])?.length ?? 0;
      return merge.feed;
    });
    // Show the page the signatory is on, with no filter hiding it.
    context.setView({ filter: '', page: Math.floor(Math.max(0, length - 1) / PAGE_SIZE) });
    context.say(added ? 'editor.signatories.added' : 'editor.signatories.updatedExisting', { name: typed });
    document.getElementById('new-signatory-name')?.focus();
  };
  add.addEventListener('click', submit);
  for (const input of [name, url]) {
    input.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') {
        event.preventDefault();
        submit();
      }
    });
  }
  return h(
    'fieldset',
    { class: 'add-signatory' },
    text('legend', 'editor.signatories.addLegend'),
    h('div', { class: 'field' }, text('label', 'editor.signatories.name', { for: name.id }), name),
    h('div', { class: 'field' }, text('label', 'editor.signatories.url', { for: url.id }), text('span', 'editor.signatories.urlHint', { class: 'hint', id: 'new-signatory-url-hint' }), url),
    h('div', { class: 'field' }, text('label', 'editor.signatories.kind', { for: kind.id }), kind),
    h('div', { class: 'field checkbox' }, verified, text('label', 'editor.signatories.verified', { for: verified.id })),
    add,
  );
}

/**
 * The list, one page of it at a time, with a filter by name.
 *
 * @param {EditorContext} context
 */
function listPart(context) {
  const raw = getIn(context.feed, ['items', context.itemIndex, '_standpoint', 'signatories', 'list']);
  const list = Array.isArray(raw) ? raw : [];
  const positions = matchingSignatories(list, context.view.filter);
  const pages = Math.max(1, Math.ceil(positions.length / PAGE_SIZE));
  const page = Math.min(context.view.page, pages - 1);
  const shown = positions.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);

  const filter = /** @type {HTMLInputElement} */ (h('input', { id: 'signatory-filter', type: 'search', autocomplete: 'off' }));
  filter.value = context.view.filter;
  filter.addEventListener('input', () => context.setView({ filter: filter.value, page: 0 }));
  const pageButton = (/** @type {string} */ key, /** @type {number} */ to, /** @type {boolean} */ disabled) => {
    const button = text('button', key, { type: 'button', class: 'button small', id: `signatories-${key.split('.').pop()}`, disabled });
    button.addEventListener('click', () => context.setView({ page: to }));
    return button;
  };
  const range = positions.length
    ? t('editor.signatories.range', { from: formatNumber(language(), page * PAGE_SIZE + 1), to: formatNumber(language(), page * PAGE_SIZE + shown.length), count: positions.length })
    : t(list.length ? 'editor.signatories.noMatch' : 'editor.signatories.empty');
  return h(
    'div',
    { class: 'signatory-list' },
    h('div', { class: 'field' }, text('label', 'editor.signatories.find', { for: filter.id }), filter),
    h('p', { id: 'signatories-range', class: 'hint', role: 'status' }, range),
    h('ol', { class: 'signatories', 'aria-labelledby': 'edit-signatories-heading', start: page * PAGE_SIZE + 1 }, ...shown.map((index) => signatoryRow(context, list[index], index))),
    pages > 1
      ? h('nav', { class: 'pager', 'aria-label': t('editor.signatories.pages') }, pageButton('editor.signatories.previous', page - 1, page === 0), pageButton('editor.signatories.next', page + 1, page >= pages - 1))
      : undefined,
  );
}

/**
 * @param {EditorContext} context
 * @param {HTMLElement} importPart the CSV import (csv-import.js)
 */
export const signatoriesSection = (context, importPart) => section('edit-signatories', 'editor.signatories.heading', addForm(context), importPart, listPart(context));
