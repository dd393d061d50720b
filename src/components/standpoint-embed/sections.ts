/**
 * Which parts `<standpoint-embed>` shows and where they stand, with no
 * element: the `sections` attribute read into a list, and that list split
 * into the two columns of a wide embed.
 */
import { warnOnce } from '../../feed/errors.js';

/** The parts of the whole standpoint, in their default order. */
export const EMBED_SECTIONS = ['statement', 'demands', 'counter', 'share'] as const;
export type EmbedSection = (typeof EMBED_SECTIONS)[number];

/**
 * The column a part stands in when the embed is wide: the text (statement,
 * demands) in the main column, the counter and share card beside it.
 */
export type EmbedColumnKind = 'main' | 'side';

export const SECTION_COLUMN: Readonly<Record<EmbedSection, EmbedColumnKind>> = {
  statement: 'main',
  demands: 'main',
  counter: 'side',
  share: 'side',
};

const isSection = (name: string): name is EmbedSection => (EMBED_SECTIONS as readonly string[]).includes(name);

/**
 * Reads the `sections` attribute: names separated by spaces or commas, any
 * case, in the order to show them; a repeated name counts once. An unknown
 * name is ignored with one console warning. When nothing usable is left
 * (unset, empty, only unknown names), every part is shown, so an embed is
 * never an empty box.
 */
export function parseSections(value: string | null | undefined): EmbedSection[] {
  const chosen: EmbedSection[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    const name = raw.trim().toLowerCase();
    if (!name) continue;
    if (!isSection(name)) {
      warnOnce(`<standpoint-embed> has no section "${name}"; the sections are ${EMBED_SECTIONS.join(', ')}.`);
      continue;
    }
    if (!chosen.includes(name)) chosen.push(name);
  }
  return chosen.length > 0 ? chosen : [...EMBED_SECTIONS];
}

export interface EmbedColumn {
  readonly kind: EmbedColumnKind;
  readonly sections: readonly EmbedSection[];
}

/**
 * Splits the chosen parts into columns: each part in its own column, in the
 * order given, and the column of the first part first (on top in one column,
 * at the start of the line in two). Only columns with a part are returned.
 * Document order is reading order in both layouts: nothing is moved by CSS.
 */
export function arrangeSections(sections: readonly EmbedSection[]): EmbedColumn[] {
  const columns: EmbedColumn[] = [];
  for (const kind of new Set(sections.map((section) => SECTION_COLUMN[section]))) {
    columns.push({ kind, sections: sections.filter((section) => SECTION_COLUMN[section] === kind) });
  }
  return columns;
}

/**
 * The parts of the four inner widgets, forwarded under their own names
 * (`exportparts`), so that `standpoint-embed::part(status)` styles a demand's
 * status as `standpoint-demands::part(status)` does. One list for every
 * part: a name a widget does not have forwards nothing. (Parts exist only
 * in templates, so the list is written out; tests/standpoint-embed.test.ts
 * fails when a widget renders a part that is missing here.)
 */
export const FORWARDED_PARTS =
  'base, heading, summary, text, link, button, icon, status, count, bar, item, list, empty, date, note, changed, ' +
  'legend, legend-heading, legend-item, legend-status, legend-description, ' +
  'status-pending, status-voiced, status-negotiating, status-enshrined, status-implemented, status-rejected, status-unknown, ' +
  'attachment, attachments, authors, content, footer, header, meta, more, paragraph, tag, tags, ' +
  'chart, details, goal, join, label, actions, embed, fediverse, field, image, networks, ' +
  'fallback, placeholder, state, state-error, state-empty, state-message, retry';
