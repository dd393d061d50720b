/**
 * Hand-written baseline of <standpoint-counter> (variant `full`, no
 * `refresh`), with or without the `list` of names and the growth `chart`:
 * the same markup and text, built with the DOM API.
 */
import { countLabel, goalProgress, goalText, updatedText } from '/dist/components/standpoint-counter/signatories.js';
import { signatoryCount, signatoryNoun, verifiedCount } from '/dist/feed/signatories.js';
import { crossesYears, historyDate, sortedHistory, sparklineArea, sparklinePoints, sparklineSummary } from '/dist/components/standpoint-counter/sparkline.js';
import { formatDate, formatNumber, interpolate } from '/dist/i18n/format.js';
import { en } from '/dist/i18n/en.js';
import { primaryLanguage, stringsFor, toUiLocale } from '/dist/i18n/locale.js';
import { uk } from '/dist/i18n/uk.js';
import { h, readerLanguage, s, shadowFor } from './dom.js';

const UI_STRINGS = { en, uk };

const CHART_WIDTH = 120;
const CHART_HEIGHT = 32;

const checkIcon = () =>
  s(
    'svg',
    {
      class: 'icon', viewBox: '0 0 24 24', width: 16, height: 16, fill: 'none', stroke: 'currentColor', 'stroke-width': 2.5,
      'stroke-linecap': 'round', 'stroke-linejoin': 'round', 'aria-hidden': 'true', focusable: 'false',
    },
    s('path', { d: 'm4.5 12.5 5 5L19.5 7' }),
  );

function details(locale, t, signatories, expired) {
  const verified = verifiedCount(signatories?.list);
  const updated = updatedText(locale, signatories?.updated, t.updatedAgo);
  if (verified === undefined && !updated && !expired) return undefined;
  return h(
    'p',
    { part: 'details', class: 'details' },
    verified === undefined
      ? undefined
      : h('span', { class: 'verified' }, checkIcon(), interpolate(t.counterVerified, { count: formatNumber(locale, verified) })),
    updated
      ? h(
          'time',
          { datetime: signatories?.updated ?? '', title: formatDate(locale, signatories?.updated, { dateStyle: 'long', timeStyle: 'short' }) },
          updated,
        )
      : undefined,
    expired ? h('span', {}, t.campaignClosed) : undefined,
  );
}

function goal(locale, t, count, signatories) {
  const progress = goalProgress(count, signatories?.goal);
  if (!progress) return undefined;
  const bar = h('progress', { part: 'bar', class: 'bar', max: progress.max, 'aria-labelledby': 'goal-text' });
  bar.value = progress.value;
  return h(
    'div',
    { part: 'goal', class: 'goal' },
    bar,
    h(
      'p',
      { id: 'goal-text', class: 'goal-text' },
      h('span', {}, goalText(locale, progress, count, t.counterGoal)),
      progress.reached ? h('span', { class: 'reached' }, checkIcon(), t.counterGoalReached) : undefined,
    ),
  );
}

function chart(locale, t, signatories) {
  const history = sortedHistory(signatories?.history);
  // As the widget's chart: no inset, the line runs from edge to edge (the area keeps its default bottom).
  const points = sparklinePoints(history, CHART_WIDTH, CHART_HEIGHT, 0);
  if (!points) return undefined;
  const withYear = crossesYears(history);
  return h(
    'figure',
    { part: 'chart', class: 'chart' },
    s(
      'svg',
      { class: 'sparkline', viewBox: `0 0 ${CHART_WIDTH} ${CHART_HEIGHT}`, preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      s('polygon', { class: 'area', points: sparklineArea(points, CHART_HEIGHT) }),
      s('polyline', { class: 'line', points }),
    ),
    h('figcaption', { class: 'chart-summary' }, sparklineSummary(locale, history, t.counterChartSummary)),
    h(
      'table',
      { class: 'visually-hidden' },
      h('caption', {}, t.counterChartCaption),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t.counterChartDate), h('th', { scope: 'col' }, t.counterChartCount))),
      h(
        'tbody',
        {},
        history.map((point) => h('tr', {}, h('td', {}, historyDate(locale, point.date, withYear)), h('td', {}, formatNumber(locale, point.count)))),
      ),
    ),
  );
}

function names(locale, t, list, lang, pageSize) {
  if (!list || list.length === 0) return undefined;
  const shown = list.slice(0, pageSize);
  // The "verified" badge is interface text, marked when the names are in another language.
  const badgeLang = lang && primaryLanguage(lang) !== locale ? locale : undefined;
  return [
    h(
      'ul',
      { part: 'list', id: 'signatory-list', class: 'list ', lang: lang || undefined, 'aria-label': t.counterListLabel },
      shown.map((signatory) =>
        h(
          'li',
          { part: 'item', class: 'item' },
          signatory.url ? h('a', { part: 'link', href: signatory.url, rel: 'noreferrer' }, signatory.name) : signatory.name,
          signatory.verified ? h('span', { class: 'badge' }, checkIcon(), h('span', { lang: badgeLang }, t.counterVerifiedBadge)) : undefined,
        ),
      ),
    ),
    list.length > pageSize
      ? h(
          'button',
          { part: 'button', class: 'button more', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'signatory-list' },
          interpolate(t.counterShowAll, { count: formatNumber(locale, list.length) }),
        )
      : undefined,
  ];
}

/** Renders a localised item into the host; `options`: `{ list, chart, pageSize }`. Call with the host in the document. */
export function renderCounter(host, item, feed, { list = false, chart: withChart = false, pageSize = 20 } = {}) {
  const locale = toUiLocale(readerLanguage(host));
  const t = stringsFor(UI_STRINGS, locale);
  host.setAttribute('variant', 'full');
  const signatories = item.item._standpoint?.signatories;
  const count = signatoryCount(signatories);
  const root = shadowFor(host, 'standpoint-counter');
  const announcement = h('p', { class: 'visually-hidden', role: 'status' });
  if (count === undefined) {
    root.append(h('div', { part: 'base', class: 'base' }, h('p', { part: 'empty', class: 'status-message' }, t.counterEmpty), announcement));
    return;
  }
  const label = countLabel(locale, count, t[signatoryNoun(signatories?.list)]);
  const countElement = h('span', { part: 'count', class: 'count' }, formatNumber(locale, count));
  const listLang = item.item.language ?? feed.language ?? '';
  root.append(
    h(
      'div',
      { part: 'base', class: 'base full' },
      h(
        'p',
        { class: 'headline' },
        label.before ? h('span', { part: 'label', class: 'label' }, label.before) : undefined,
        countElement,
        h('span', { part: 'label', class: 'label' }, label.after),
      ),
      details(locale, t, signatories, item.expired),
      goal(locale, t, count, signatories),
      withChart ? chart(locale, t, signatories) : undefined,
      list ? names(locale, t, signatories?.list, listLang, pageSize) : undefined,
      announcement,
    ),
  );
  // As the widget does after rendering: room for the number's digits, and a
  // tab stop on a list that scrolls (which needs layout).
  countElement.style.setProperty('--_digits', String(Math.max(1, formatNumber(locale, count).length)));
  const listElement = root.querySelector('.list');
  if (listElement && listElement.scrollHeight > listElement.clientHeight + 1) listElement.setAttribute('tabindex', '0');
}
