/**
 * The options the embed builder offers, one entry per attribute of each
 * element. A test compares this table with custom-elements.json, so an
 * attribute added to a widget cannot be forgotten here. Their labels, hints
 * and the names of their choices are in strings.js, under
 * `widgets.<tag>.options.<name>`, in every language the builder speaks.
 *
 * Kinds: `boolean` (a checkbox), `number`, `text`, `choice` (a select of
 * `choices`), `set` (checkboxes whose ticked values are joined by spaces).
 * An attribute is written into the snippet only when it differs from its
 * `default`; a `set` with nothing ticked is written empty (`networks=""`
 * means no network) unless `noneIsDefault` says the element then shows its
 * default anyway. The choices of a `set` are the lists the widgets read
 * their attributes against, taken from the library.
 */
import { DEFAULT_NETWORKS, DEMAND_STATUSES, EMBED_SECTIONS } from '../dist/feed/authoring.js';

/** @typedef {{ name: string, kind: 'boolean' | 'number' | 'text' | 'choice' | 'set', default?: string | number | boolean, min?: number, max?: number, choices?: readonly string[], noneIsDefault?: boolean }} WidgetOption */

/**
 * What every element takes, by the id of the control that sets it; the
 * builder shows these once, for all chosen widgets. `strings` (JSON of one's
 * own interface texts) is left to the README: it is no task for a form.
 */
export const COMMON_OPTIONS = /** @type {const} */ ({
  src: 'option-src',
  item: 'option-item',
  lang: 'option-lang',
  theme: 'option-theme',
  refresh: 'option-refresh',
  strings: null,
});

/** @type {Record<string, { options: WidgetOption[] }>} */
export const WIDGET_OPTIONS = {
  'standpoint-statement': {
    options: [
      { name: 'collapsed', kind: 'boolean', default: false },
      { name: 'preview-paragraphs', kind: 'number', min: 0, max: 20, default: 1 },
      { name: 'heading-level', kind: 'number', min: 1, max: 6, default: 2 },
    ],
  },
  'standpoint-demands': {
    options: [
      { name: 'status', kind: 'set', choices: DEMAND_STATUSES, default: '' },
      { name: 'compact', kind: 'boolean', default: false },
      { name: 'legend', kind: 'boolean', default: false },
      { name: 'heading-level', kind: 'number', min: 1, max: 6, default: 2 },
    ],
  },
  'standpoint-counter': {
    options: [
      { name: 'variant', kind: 'choice', choices: ['full', 'compact'], default: 'full' },
      { name: 'list', kind: 'boolean', default: false },
      { name: 'page-size', kind: 'number', min: 1, max: 1000, default: 50 },
      { name: 'chart', kind: 'boolean', default: false },
      { name: 'goal', kind: 'number', min: 1, max: 10_000_000_000, default: '' },
    ],
  },
  'standpoint-share': {
    options: [
      { name: 'networks', kind: 'set', choices: DEFAULT_NETWORKS, default: DEFAULT_NETWORKS.join(' ') },
      { name: 'no-embed', kind: 'boolean', default: false },
      { name: 'no-join', kind: 'boolean', default: false },
      { name: 'heading-level', kind: 'number', min: 2, max: 6, default: 2 },
      { name: 'utm-source', kind: 'text', default: '' },
      { name: 'utm-medium', kind: 'text', default: '' },
      { name: 'utm-campaign', kind: 'text', default: '' },
    ],
  },
  'standpoint-embed': {
    options: [
      // Unset, empty or only unknown names: the embed shows every part.
      { name: 'sections', kind: 'set', choices: EMBED_SECTIONS, default: EMBED_SECTIONS.join(' '), noneIsDefault: true },
      { name: 'heading-level', kind: 'number', min: 1, max: 6, default: 2 },
      { name: 'collapsed', kind: 'boolean', default: false },
    ],
  },
  'standpoint-related': {
    options: [
      { name: 'limit', kind: 'number', min: 1, default: 3 },
      { name: 'heading-level', kind: 'number', min: 1, max: 6, default: 2 },
    ],
  },
};

/**
 * The attribute value of one option for the snippet: `undefined` to leave it
 * out (the widget's own default), `true` for a bare boolean attribute.
 *
 * @param {WidgetOption} option
 * @param {string | number | boolean | undefined} value
 */
export function attributeValue(option, value) {
  if (option.kind === 'boolean') return value ? true : undefined;
  const text = String(value ?? '').trim();
  if (text === String(option.default ?? '')) return undefined;
  if (option.kind === 'number') {
    if (text === '') return undefined;
    const number = Number(text);
    if (!Number.isFinite(number)) return undefined;
    const clamped = Math.min(option.max ?? Infinity, Math.max(option.min ?? -Infinity, Math.round(number)));
    return clamped === option.default ? undefined : String(clamped);
  }
  // An empty `networks` means "no networks", which differs from the default (all).
  return text === '' && (option.kind !== 'set' || option.noneIsDefault) ? undefined : text;
}
