/**
 * What the counter says about a signatory list, as plain functions: its
 * label, progress towards a goal, the time of the update, how much of the
 * list to show, and the count-up animation's steps. The counts themselves
 * are the feed's (src/feed/signatories.ts).
 */
import type { PluralForms } from '../../i18n/format.js';
import { formatDate, formatNumber, formatRelativeTime, interpolate, pluralRules } from '../../i18n/format.js';

/** A plural label split around its number, so the number can be styled apart: "{count} signatories" → ['', ' signatories']. */
export interface CountLabel {
  readonly before: string;
  readonly number: string;
  readonly after: string;
}

/**
 * Chooses the plural form for `count` and splits it at `{count}`: the
 * number formatted for the locale, the words around it kept as written.
 * A form without `{count}` puts the number first.
 */
export function countLabel(locale: string, count: number, forms: PluralForms): CountLabel {
  const template = forms[pluralRules(locale).select(count)] ?? forms.other;
  const number = formatNumber(locale, count);
  const at = template.indexOf('{count}');
  if (at === -1) return { before: '', number, after: ` ${template}` };
  return { before: template.slice(0, at), number, after: template.slice(at + '{count}'.length) };
}

export interface GoalProgress {
  /** The value for the bar: the count, capped at the goal. */
  readonly value: number;
  readonly max: number;
  /** The real share of the goal in percent, rounded down so 99.6 % never reads as reached; may pass 100. */
  readonly percent: number;
  readonly reached: boolean;
}

/** Progress towards a goal; `undefined` without a usable goal or count. */
export function goalProgress(count: number | undefined, goal: number | undefined): GoalProgress | undefined {
  if (count === undefined || !goal || !Number.isFinite(goal) || goal <= 0) return undefined;
  return {
    value: Math.min(count, goal),
    max: goal,
    percent: Math.floor((count / goal) * 100),
    reached: count >= goal,
  };
}

/** "148 of 250 (59 %)" in the locale, with the real count even past the goal. */
export function goalText(locale: string, progress: GoalProgress, count: number, template: string): string {
  return interpolate(template, {
    count: formatNumber(locale, count),
    goal: formatNumber(locale, progress.max),
    percent: formatNumber(locale, progress.percent / 100, { style: 'percent', maximumFractionDigits: 0 }),
  });
}

const RELATIVE_TIME_LIMIT_MS = 7 * 24 * 3600 * 1000;

/**
 * "updated 3 hours ago" / "оновлено 3 години тому" within a week, "updated
 * September 1, 2025" for an older update; '' without a readable date.
 */
export function updatedText(locale: string, updated: string | undefined, template: string, now: number = Date.now()): string {
  // "3 hours ago" helps within a week; "last year" says too little, so older updates show their date.
  const age = now - Date.parse(updated ?? '');
  const time = age > RELATIVE_TIME_LIMIT_MS ? formatDate(locale, updated) : formatRelativeTime(locale, updated, now);
  return time ? interpolate(template, { time }) : '';
}

/**
 * The first `count` names cut into runs of `size` ([start, end) pairs), each
 * run rendered apart: revealing more names re-renders only the last, growing
 * run, not every name already shown, so "show all" costs time in proportion
 * to the list, not to its square.
 */
export function listRuns(count: number, size: number): Array<[start: number, end: number]> {
  const step = Math.max(1, Math.floor(size));
  const runs: Array<[number, number]> = [];
  for (let start = 0; start < count; start += step) runs.push([start, Math.min(count, start + step)]);
  return runs;
}

/** The next limit while revealing a long list chunk by chunk, so a slow phone never renders 10 000 names in one frame. */
export function nextListLimit(current: number, total: number, chunk: number): number {
  return Math.min(total, current + Math.max(1, chunk));
}

/**
 * The number shown at `progress` (0…1) of the count-up from `from` to `to`:
 * whole numbers, easing out, exactly `to` at the end.
 */
export function tweenCount(from: number, to: number, progress: number): number {
  if (progress >= 1) return to;
  if (progress <= 0) return from;
  const eased = 1 - (1 - progress) ** 3;
  return Math.round(from + (to - from) * eased);
}
