/**
 * Hand-written baseline of <standpoint-demands> with its default options (no
 * filter, no legend, not compact, heading level 2): the same markup and
 * text, built with the DOM API.
 */
import { demandStatusLabel, filterDemands } from '/dist/components/standpoint-demands/demand-status.js';
import { demandStatusInfo, summarizeDemands } from '/dist/feed/demand-status.js';
import { formatDate, formatNumber, interpolate, plural } from '/dist/i18n/format.js';
import { en } from '/dist/i18n/en.js';
import { stringsFor, toUiLocale } from '/dist/i18n/locale.js';
import { uk } from '/dist/i18n/uk.js';
import { h, readerLanguage, s, shadowFor } from './dom.js';

const UI_STRINGS = { en, uk };

const SHAPES = {
  pending: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M12 7v5l3 2' }]],
  voiced: [['path', { d: 'M4 5h16v11h-9l-5 4v-4H4z' }]],
  negotiating: [['path', { d: 'M4 9h14M14 5l4 4-4 4M20 15H6M10 11l-4 4 4 4' }]],
  enshrined: [['path', { d: 'M6 3h8l4 4v14H6z' }], ['path', { d: 'M9 14l2 2 4-4' }]],
  implemented: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M8 12.5l3 3 5-6' }]],
  rejected: [['circle', { cx: 12, cy: 12, r: 9 }], ['path', { d: 'M9 9l6 6M15 9l-6 6' }]],
  unknown: [['circle', { cx: 12, cy: 12, r: 9, 'stroke-dasharray': '3 3' }], ['circle', { cx: 12, cy: 12, r: 1.5, fill: 'currentColor' }]],
};

function statusIcon(icon) {
  return s(
    'svg',
    {
      part: 'icon', class: 'icon', viewBox: '0 0 24 24', width: 20, height: 20, fill: 'none', stroke: 'currentColor',
      'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
    },
    SHAPES[icon].map(([tag, attributes]) => s(tag, attributes)),
  );
}

function demandItem({ demand, number }, locale, t) {
  const info = demandStatusInfo(demand.status);
  const date = formatDate(locale, demand.updated).replace(/ /g, '\u00a0');
  // No `dir` on the text, status, note and meta rows: the widget sets one only when the
  // reader's language is not an interface language, and the bench pages speak one.
  return h(
    'li',
    { part: 'item', class: `item s-${info.icon}`, value: number },
    h('p', { part: 'text', class: 'text', lang: demand.lang || undefined }, demand.text),
    h(
      'p',
      { class: 'status' },
      h(
        'span',
        { part: `status status-${info.icon}`, class: 'badge' },
        statusIcon(info.icon),
        h('span', { class: 'visually-hidden' }, t.demandsStatusPrefix),
        h('span', { class: 'status-label', dir: 'auto' }, demandStatusLabel(demand.status, t)),
      ),
    ),
    demand.note ? h('p', { part: 'note', class: 'note', lang: demand.noteLang || undefined }, demand.note) : undefined,
    date || demand.url
      ? h(
          'p',
          { class: 'meta' },
          date ? h('time', { part: 'date', dir: 'auto', datetime: demand.updated }, interpolate(t.demandsUpdated, { date })) : undefined,
          demand.url
            ? h(
                'a',
                { part: 'link', href: demand.url },
                t.demandsSource,
                h('span', { class: 'visually-hidden' }, ` ${interpolate(t.demandsSourceOf, { number })}`),
              )
            : undefined,
        )
      : undefined,
  );
}

/** Renders a localised item (`localizeItem` of the feed) into the host. */
export function renderDemands(host, item) {
  const locale = toUiLocale(readerLanguage(host));
  const t = stringsFor(UI_STRINGS, locale);
  const { demands } = item;
  let body;
  if (demands.length === 0) {
    body = h('p', { part: 'empty', class: 'empty' }, t.demandsEmpty);
  } else {
    const { total, enshrined } = summarizeDemands(demands);
    body = [
      h(
        'div',
        { part: 'summary', class: 'summary' },
        h('p', { id: 'summary', class: 'summary-text' }, plural(locale, total, t.demandsSummary, { done: formatNumber(locale, enshrined) })),
        h('progress', { part: 'bar', class: 'bar', max: total, value: enshrined, 'aria-labelledby': 'summary' }),
      ),
      h('ol', { part: 'list', class: 'list', 'aria-labelledby': 'heading' }, filterDemands(demands).map((entry) => demandItem(entry, locale, t))),
    ];
  }
  shadowFor(host, 'standpoint-demands').append(
    h(
      'div',
      { part: 'base', class: 'base' },
      h('h2', { part: 'heading', id: 'heading', class: 'heading' }, t.demandsHeading),
      body,
      h('p', { class: 'visually-hidden', role: 'status' }),
    ),
  );
}
