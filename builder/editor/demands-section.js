// @ts-check
/**
 * Each demand: its text and note in each language, its status (dated today
 * when it changes) and the link to the evidence of it.
 */
import { DEMAND_STATUSES } from '../../dist/feed/authoring.js';
import { h, text } from '../dom.js';
import { t } from '../language.js';
import { choiceField, languageFields, section, textField } from './fields.js';
import { demandTextPath, getIn, setDemandStatus, setDemandUrl, setText } from './edits.js';

/** @typedef {import('./fields.js').EditorContext} EditorContext */

/**
 * @param {EditorContext} context
 * @param {any} demand
 * @param {number} index
 */
function demandFields(context, demand, index) {
  const { feed, itemIndex } = context;
  const id = `edit-demand-${index}`;
  const base = ['items', itemIndex, '_standpoint', 'demands', index];
  const updated = getIn(feed, [...base, 'updated']);
  return h(
    'fieldset',
    { class: 'demand', id, 'data-demand': String(demand?.id ?? '') },
    h('legend', {}, t('editor.demands.legend', { number: index + 1 }), ' ', h('code', {}, String(demand?.id ?? ''))),
    languageFields(context, `${id}-text`, (lang) => {
      const path = demandTextPath(feed, itemIndex, index, lang, 'text');
      return { label: 'editor.demands.text', path, multiline: true, rows: 3, change: (next, value) => setText(next, path, value) };
    }),
    h(
      'div',
      { class: 'demand-status' },
      choiceField(context, {
        id: `${id}-status`,
        label: 'editor.demands.status',
        path: [...base, 'status'],
        choices: DEMAND_STATUSES,
        word: (status) => t(`widgets.standpoint-demands.options.status.choices.${status}`),
        change: (next, status) => setDemandStatus(next, itemIndex, index, status, context.today),
        attributes: { 'aria-describedby': `${id}-updated` },
      }),
      h('p', { class: 'hint', id: `${id}-updated` }, typeof updated === 'string' ? t('editor.demands.updated', { date: updated }) : t('editor.demands.notDated')),
    ),
    languageFields(context, `${id}-note`, (lang) => {
      const path = demandTextPath(feed, itemIndex, index, lang, 'note');
      return { label: 'editor.demands.note', path, multiline: true, rows: 2, change: (next, value) => setText(next, path, value) };
    }),
    textField(context, {
      id: `${id}-url`,
      label: 'editor.demands.url',
      hint: 'editor.demands.urlHint',
      type: 'url',
      path: [...base, 'url'],
      change: (next, value) => setDemandUrl(next, itemIndex, index, value),
    }),
  );
}

/** @param {EditorContext} context */
export function demandsSection(context) {
  const demands = getIn(context.feed, ['items', context.itemIndex, '_standpoint', 'demands']);
  const list = Array.isArray(demands) ? demands : [];
  return section(
    'edit-demands',
    'editor.demands.heading',
    list.length ? undefined : text('p', 'editor.demands.none', { class: 'hint' }),
    ...list.map((demand, index) => demandFields(context, demand, index)),
  );
}
