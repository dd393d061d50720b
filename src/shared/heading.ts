/**
 * Headings as every widget writes them: the level from a `heading-level`
 * attribute, and the `<h1>`…`<h6>` element of that level.
 */
import { nothing } from 'lit';
import { html as staticHtml, literal, type StaticValue } from 'lit/static-html.js';

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * A heading level from an attribute: a number rounded to the nearest whole
 * level, then held within `min`–6 (`"2.6"` → 3, `0` → 1, `9` → 6);
 * anything that is not a number → `fallback`.
 */
export function clampHeadingLevel(value: unknown, fallback: HeadingLevel = 2, min: HeadingLevel = 1): HeadingLevel {
  const level = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof level !== 'number' || !Number.isFinite(level)) return fallback;
  return Math.min(6, Math.max(min, Math.round(level))) as HeadingLevel;
}

/** The level under `level` (for the headings inside a section), never past 6. */
export const levelBelow = (level: number): HeadingLevel => Math.min(6, Math.max(1, Math.round(level) + 1)) as HeadingLevel;

const TAGS: readonly StaticValue[] = [literal`h1`, literal`h2`, literal`h3`, literal`h4`, literal`h5`, literal`h6`];

/** What a heading element carries besides its text; an attribute left undefined is not written. */
export interface HeadingAttributes {
  readonly part?: string;
  readonly id?: string;
  readonly className?: string;
  readonly lang?: string;
  readonly dir?: string;
}

/**
 * `<hN>` with its content. The tag comes from a fixed list of six literals,
 * so no attribute value can ever become markup.
 */
export function renderHeading(level: number, { part, id, className, lang, dir }: HeadingAttributes, content: unknown) {
  const tag = TAGS[clampHeadingLevel(level) - 1];
  return staticHtml`<${tag} part=${part ?? nothing} id=${id ?? nothing} class=${className ?? nothing} lang=${lang ?? nothing} dir=${dir ?? nothing}>${content}</${tag}>`;
}
