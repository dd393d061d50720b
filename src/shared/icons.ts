/**
 * The widgets' inline icons: line drawings on a 24-unit grid, stroked in
 * `currentColor`, so they follow the theme and need no request, font or
 * licence. Every icon is decorative (hidden from assistive technology): the
 * text beside it says what it means, and its shape, not its colour alone,
 * tells one state from another.
 */
import { html, nothing, svg, type SVGTemplateResult } from 'lit';
import type { DemandIcon } from '../feed/demand-status.js';

export interface IconOptions {
  /** Width and height in CSS pixels (the widget's CSS may size it in `em`). */
  readonly size?: number;
  readonly strokeWidth?: number;
  /** Exposes the icon as `::part(icon)`. */
  readonly part?: boolean;
}

/** One icon from its shapes on the 24-unit grid. */
export function renderIcon(shapes: SVGTemplateResult, { size = 24, strokeWidth = 2, part = false }: IconOptions = {}) {
  return html`<svg part=${part ? 'icon' : nothing} class="icon" viewBox="0 0 24 24" width=${size} height=${size} fill="none" stroke="currentColor" stroke-width=${strokeWidth} stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${shapes}</svg>`;
}

/** A tick: verified, reached, copied. */
export const CHECK = svg`<path d="m4.5 12.5 5 5L19.5 7"/>`;

/** A pen signing on a line: join, add your name. */
export const JOIN = svg`<path d="M4 20h16"/><path d="M14.5 4.5a2.1 2.1 0 0 1 3 3L8 17l-4 1 1-4Z"/>`;

/**
 * One shape per demand status, so the shape tells the statuses apart (and
 * prints in black): the demand checklist draws them, and the list of other
 * materials draws the `enshrined` one beside its progress badge.
 */
const STATUS_SHAPES: Record<DemandIcon, SVGTemplateResult> = {
  // a clock: waiting
  pending: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  // a speech bubble: said aloud
  voiced: svg`<path d="M4 5h16v11h-9l-5 4v-4H4z"/>`,
  // two arrows: back and forth at the table
  negotiating: svg`<path d="M4 9h14M14 5l4 4-4 4M20 15H6M10 11l-4 4 4 4"/>`,
  // a signed document
  enshrined: svg`<path d="M6 3h8l4 4v14H6z"/><path d="M9 14l2 2 4-4"/>`,
  // a circle with a tick: done (outline like every other status)
  implemented: svg`<circle cx="12" cy="12" r="9"/><path d="M8 12.5l3 3 5-6"/>`,
  // a crossed circle
  rejected: svg`<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>`,
  // a dashed circle with a dot: a status this version does not know
  unknown: svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3"/><circle cx="12" cy="12" r="1.5" fill="currentColor"/>`,
};

/** The icon of a demand status. */
export const renderStatusIcon = (status: DemandIcon) => renderIcon(STATUS_SHAPES[status], { size: 20, part: true });
