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
  return interpolate(template, { count: formatNumber(locale, count), ...values });
}

/**
 * Locales whose numbers below 1000 are their plain ASCII digits, and whose
 * percent sign follows the digits with no space: the library's two interface
 * languages (en, uk, with any region, without a `-u-` extension that could
 * choose other digits). tests/i18n/format.test.ts holds them to `Intl`.
 */
const PLAIN_SMALL_NUMBERS = /^(?:en|uk)(?:-(?!u-)[a-z0-9]+)*$/i;

/**
 * What `Intl.NumberFormat` would write, without one where that is plain: a
 * page's first `Intl.NumberFormat` costs tens of milliseconds on a phone
 * (the engine loads its number data), more than a whole widget's render,
 * while most counts a widget shows are small whole numbers. Whole numbers
 * 0–999 (and whole percents of them) in the interface languages are written
 * directly; everything else goes to `Intl`.
 */
function plainNumber(locale: string, value: number, options: Intl.NumberFormatOptions | undefined): string | undefined {
  // (Intl writes -0 as "-0".)
  if (!(value > 0 || Object.is(value, 0)) || !PLAIN_SMALL_NUMBERS.test(locale)) return undefined;
  let whole = value;
  let suffix = '';
  if (options) {
    const { style, maximumFractionDigits, ...rest } = options;
    if (style !== 'percent' || maximumFractionDigits !== 0 || Object.keys(rest).length > 0) return undefined;
    // Rounded from the shortest decimal, as Intl does: 0.145 is 15 %, though 0.145 × 100 is 14.499….
    whole = Math.round(Number(`${value}e2`));
    suffix = '%';
  }
  return Number.isInteger(whole) && whole < 1000 ? `${whole}${suffix}` : undefined;
}

export function formatNumber(locale: string, value: number, options?: Intl.NumberFormatOptions): string {
  return plainNumber(locale, value, options) ?? numberFormat(locale, options).format(value);
}

/** Month names as the long date style writes them (Ukrainian in the genitive: "13 серпня"). */
const LONG_DATE_MONTHS = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  uk: ['січня', 'лютого', 'березня', 'квітня', 'травня', 'червня', 'липня', 'серпня', 'вересня', 'жовтня', 'листопада', 'грудня'],
} as const;

const PLAIN_LONG_DATES = /^(en|uk)(?:-(?:US|UA))?$/i;

/**
 * The long date style (the default of `formatDate`) in the interface
 * languages, as Intl writes it, without the page's first Intl.DateTimeFormat
 * (tens of milliseconds, see warmFormatters): "August 13, 2025",
 * "13 серпня 2025 р.", in the reader's time zone. tests/i18n/format.test.ts
 * holds it to Intl day by day.
 */
function plainLongDate(locale: string, time: number): string | undefined {
  const language = PLAIN_LONG_DATES.exec(locale)?.[1]?.toLowerCase() as 'en' | 'uk' | undefined;
  // en-US only, not en-GB; uk-UA: the regions whose long date this is.
  if (!language || (locale.length > 2 && locale.slice(3).toUpperCase() !== (language === 'en' ? 'US' : 'UA'))) return undefined;
  const date = new Date(time);
  const year = date.getFullYear();
  if (year < 1000 || year > 9999) return undefined;
  const month = LONG_DATE_MONTHS[language][date.getMonth()];
  return language === 'en' ? `${month} ${date.getDate()}, ${year}` : `${date.getDate()} ${month} ${year} р.`;
}

/** A date from the feed (RFC 3339) for people; '' when it cannot be read. */
export function formatDate(locale: string, value: string | undefined, options?: Intl.DateTimeFormatOptions): string {
  if (!value) return '';
  const time = Date.parse(value);
  if (Number.isNaN(time)) return '';
  return (options === undefined && plainLongDate(locale, time)) || dateFormat(locale, options).format(time);
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
