/** Small decisions of the statement's layout, as plain functions. */
import { clampWholeNumber } from '../../shared/numbers.js';

/** Paragraphs shown in the collapsed view: a whole number of at least 0; anything else → `fallback`. */
export const clampPreview = (value: unknown, fallback = 1): number => clampWholeNumber(value, 0, fallback);

/**
 * Where the collapsed view cuts a list of blocks: after `preview` paragraphs,
 * headings not counted, so a heading is never left alone at the end of the
 * preview. Returns the number of blocks shown.
 */
export function previewCut<T>(blocks: readonly T[], preview: number, isHeading: (block: T) => boolean = () => false): number {
  let paragraphs = 0;
  for (let index = 0; index < blocks.length; index += 1) {
    if (isHeading(blocks[index])) continue;
    if (paragraphs === preview) {
      // Headings just before the cut go with what follows them.
      let cut = index;
      while (cut > 0 && isHeading(blocks[cut - 1])) cut -= 1;
      return cut;
    }
    paragraphs += 1;
  }
  return blocks.length;
}

/**
 * Splits a translated string around one placeholder, so the template can put
 * an element there: `splitPlaceholder('Published {date}', 'date')` →
 * `['Published ', '']`. Without the placeholder, the value goes last.
 */
export function splitPlaceholder(template: string, name: string): [string, string] {
  const marker = `{${name}}`;
  const at = template.indexOf(marker);
  return at === -1 ? [`${template} `, ''] : [template.slice(0, at), template.slice(at + marker.length)];
}
