/**
 * The growth chart as plain functions: the history in date order, the points
 * of an SVG polyline, and the sentence that says what the line shows.
 */
import type { HistoryPoint } from '../../feed/types.js';
import { formatDate, formatNumber, interpolate } from '../../i18n/format.js';

/** History points with readable dates, oldest first (feeds need not sort them). */
export function sortedHistory(history: readonly HistoryPoint[] | undefined): HistoryPoint[] {
  return (history ?? [])
    .filter((point) => !Number.isNaN(Date.parse(point.date)))
    .map((point, index) => ({ point, index, time: Date.parse(point.date) }))
    .sort((a, b) => a.time - b.time || a.index - b.index)
    .map(({ point }) => point);
}

/**
 * The `points` of a polyline in a `width` × `height` box: x by date (so a
 * gap in the data shows as a longer step), y from 0 at the bottom to the
 * highest count at the top, kept `inset` from the edges for the stroke.
 * '' with fewer than two points: there is no line to draw.
 */
export function sparklinePoints(
  history: readonly HistoryPoint[] | undefined,
  width: number,
  height: number,
  inset = 2,
): string {
  const points = sortedHistory(history);
  if (points.length < 2) return '';
  const first = Date.parse(points[0].date);
  const span = Date.parse(points[points.length - 1].date) - first;
  const top = Math.max(...points.map((point) => point.count));
  const innerWidth = width - 2 * inset;
  const innerHeight = height - 2 * inset;
  const round = (value: number) => Math.round(value * 100) / 100;
  return points
    .map((point, index) => {
      const share = span > 0 ? (Date.parse(point.date) - first) / span : index / (points.length - 1);
      const x = inset + share * innerWidth;
      const y = inset + innerHeight - (top > 0 ? point.count / top : 0) * innerHeight;
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/** A history date for people: day and month, with the year when the history crosses years. */
export function historyDate(locale: string, date: string, withYear: boolean): string {
  return formatDate(locale, date, withYear ? { day: 'numeric', month: 'long', year: 'numeric' } : { day: 'numeric', month: 'long' });
}

/** Whether the dates of a history fall in more than one year. */
export function crossesYears(history: readonly HistoryPoint[]): boolean {
  return new Set(history.map((point) => new Date(point.date).getUTCFullYear())).size > 1;
}

/**
 * The chart's text alternative, e.g. "From 12 on 13 August to 48 on
 * 1 September"; '' with fewer than two points.
 */
export function sparklineSummary(locale: string, history: readonly HistoryPoint[] | undefined, template: string): string {
  const points = sortedHistory(history);
  if (points.length < 2) return '';
  const first = points[0];
  const last = points[points.length - 1];
  const withYear = crossesYears(points);
  return interpolate(template, {
    from: formatNumber(locale, first.count),
    fromDate: historyDate(locale, first.date, withYear),
    to: formatNumber(locale, last.count),
    toDate: historyDate(locale, last.date, withYear),
  });
}

/** The area under a sparkline: its points closed along the bottom edge; '' without a line. */
export function sparklineArea(points: string, height: number, inset = 2): string {
  if (!points) return '';
  const xs = points.split(' ').map((pair) => pair.split(',')[0]);
  const bottom = height - inset;
  return `${xs[0]},${bottom} ${points} ${xs[xs.length - 1]},${bottom}`;
}
