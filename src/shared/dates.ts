import { formatDate } from '../i18n/format.js';

/**
 * A date as `formatDate` writes it, with no-break spaces, so that
 * "28 серпня 2025 р." never breaks across lines in a narrow column.
 */
export function formatDateOnOneLine(locale: string, date: string | undefined, options?: Intl.DateTimeFormatOptions): string {
  return formatDate(locale, date, options).replace(/ /g, '\u00a0');
}
