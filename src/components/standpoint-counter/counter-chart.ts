/** The counter's growth chart: markup only, from the feed's history. */
import { html, nothing } from 'lit';
import type { HistoryPoint } from '../../feed/types.js';
import type { CounterStrings } from '../../i18n/en.js';
import { formatNumber } from '../../i18n/format.js';
import { crossesYears, historyDate, sortedHistory, sparklineArea, sparklinePoints, sparklineSummary } from './sparkline.js';

const CHART_WIDTH = 120;
const CHART_HEIGHT = 32;

/** A sparkline with a text summary and a data table for screen readers; nothing without enough dated points. */
export function renderChart(history: readonly HistoryPoint[] | undefined, locale: string, t: CounterStrings) {
  const sorted = sortedHistory(history);
  // No inset: the line starts and ends at the edges of the bar and the text (the stroke overflows visibly).
  const points = sparklinePoints(sorted, CHART_WIDTH, CHART_HEIGHT, 0);
  if (!points) return nothing;
  const withYear = crossesYears(sorted);
  return html`<figure part="chart" class="chart">
    <svg class="sparkline" viewBox="0 0 ${CHART_WIDTH} ${CHART_HEIGHT}" preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <polygon class="area" points=${sparklineArea(points, CHART_HEIGHT)}></polygon>
      <polyline class="line" points=${points}></polyline>
    </svg>
    <figcaption class="chart-summary">${sparklineSummary(locale, sorted, t.counterChartSummary)}</figcaption>
    <table class="visually-hidden">
      <caption>${t.counterChartCaption}</caption>
      <thead><tr><th scope="col">${t.counterChartDate}</th><th scope="col">${t.counterChartCount}</th></tr></thead>
      <tbody>
        ${sorted.map((point) => html`<tr><td>${historyDate(locale, point.date, withYear)}</td><td>${formatNumber(locale, point.count)}</td></tr>`)}
      </tbody>
    </table>
  </figure>`;
}
