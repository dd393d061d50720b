/**
 * Memoised `Intl` helpers. Constructing an `Intl` formatter costs far more
 * than using one, and a page may hold many widgets that render often.
 */

/** Plural forms keyed by `Intl.PluralRules` category; `other` is always required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

const cache = new Map<string, unknown>();

function memo<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

export const pluralRules = (locale: string): Intl.PluralRules =>
  memo(`plural|${locale}`, () => new Intl.PluralRules(locale));

export const numberFormat = (locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat =>
  memo(`number|${locale}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));

export const dateFormat = (locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }): Intl.DateTimeFormat =>
  memo(`date|${locale}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));

export const relativeTimeFormat = (locale: string): Intl.RelativeTimeFormat =>
  memo(`relative|${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));

export const listFormat = (locale: string, type: Intl.ListFormatType = 'conjunction'): Intl.ListFormat =>
  memo(`list|${locale}|${type}`, () => new Intl.ListFormat(locale, { type }));

export const displayNames = (locale: string): Intl.DisplayNames =>
  memo(`language|${locale}`, () => new Intl.DisplayNames(locale, { type: 'language' }));

const warmed = new Set<string>();

/**
 * Creates the formatters a first render needs for `locale` once the page is
 * idle. A page's first Intl date or number formatter costs tens of
 * milliseconds (the engine loads the locale's data), more than a widget's
 * whole render; a widget whose feed is still on its way has that time to
 * spare, so the task that shows the feed does not pay it. A formatter made
 * here is the one the render takes from the cache.
 */
export function warmFormatters(locale: string): void {
  if (warmed.has(locale)) return;
  warmed.add(locale);
  const whenIdle: (callback: () => void) => unknown =
    typeof requestIdleCallback === 'function' ? (callback) => requestIdleCallback(callback, { timeout: 1000 }) : (callback) => setTimeout(callback, 0);
  whenIdle(() => {
    try {
      dateFormat(locale);
      numberFormat(locale);
      pluralRules(locale);
    } catch {
      // A locale Intl refuses: the render falls back as it always does.
    }
  });
}

/** The name of a language in `locale`: `languageName('uk', 'en')` → "англійська"; the code itself when unknown. */
export function languageName(locale: string, code: string): string {
  try {
    return displayNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Fills `{name}` placeholders; an unknown name is left visible rather than dropped. */
export function interpolate(template: string, values: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/**
 * Chooses the plural form for `count` in `locale` and fills `{count}` with the
 * number formatted for that locale. Ukrainian has four categories (one, few,
 * many, other): 1, 21 організація; 2, 22 організації; 5, 11 організацій.
 */
export function plural(
  locale: string,
  count: number,
  forms: PluralForms,
  values: Record<string, string | number> = {},
): string {
  const category = pluralRules(locale).select(count);
  const template = forms[category] ?? forms.other;
  return interpolate(template, { count: numberFormat(locale).format(count), ...values });
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return numberFormat(locale, options).format(value);
}

/** A date from the feed (RFC 3339) for people; '' when it cannot be read. */
export function formatDate(locale: string, value: string | undefined, options?: Intl.DateTimeFormatOptions): string {
  if (!value) return '';
  const time = Date.parse(value);
  return Number.isNaN(time) ? '' : dateFormat(locale, options).format(time);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

/** "3 hours ago" / "3 години тому" for a feed date, relative to `now`. */
export function formatRelativeTime(locale: string, value: string | undefined, now: number = Date.now()): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size || unit === 'second') {
      return relativeTimeFormat(locale).format(Math.round(seconds / size), unit);
    }
  }
  return '';
}
