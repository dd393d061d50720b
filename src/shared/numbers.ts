/** Number attributes as the widgets read them: a page may write anything in an attribute. */

/** The number an attribute holds (`"3"` or 3); `undefined` for text, blanks, NaN and infinities. */
export function readNumber(value: unknown): number | undefined {
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  return typeof number === 'number' && Number.isFinite(number) ? number : undefined;
}

/** A whole number (a fraction rounded down) raised to `min` when below it; `fallback` when there is no number. */
export function clampWholeNumber(value: unknown, min: number, fallback: number): number {
  const number = readNumber(value);
  return number === undefined ? fallback : Math.max(min, Math.floor(number));
}

/** A whole number (a fraction rounded down) of at least `min`; `fallback` for anything else, a smaller number included. */
export function wholeNumberAtLeast(value: unknown, min: number, fallback: number): number {
  const number = readNumber(value);
  return number !== undefined && number >= min ? Math.floor(number) : fallback;
}

/**
 * Lit's converter for a number attribute, with one change to `type: Number`:
 * a blank value (`heading-level=""`) or a removed attribute reads as NaN, so
 * the widget falls back to its default instead of reading 0.
 */
export const numberAttribute = {
  fromAttribute: (value: string | null): number => (value === null || value.trim() === '' ? Number.NaN : Number(value)),
  toAttribute: (value: number): string => String(value),
};
