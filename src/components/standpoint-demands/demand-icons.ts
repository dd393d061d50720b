import { html, svg, type SVGTemplateResult } from 'lit';
import type { DemandIcon } from './demand-status.js';

/**
 * One inline icon per status, drawn with strokes in `currentColor` so the
 * shape, not only the colour, tells the statuses apart (and prints in black).
 */
const SHAPES: Record<DemandIcon, SVGTemplateResult> = {
  // a clock: waiting
  pending: svg`<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3 2"/>`,
  // a speech bubble: said aloud
  voiced: svg`<path d="M4 5h16v11h-9l-5 4v-4H4z"/>`,
  // two arrows: back and forth at the table
  negotiating: svg`<path d="M4 9h14M14 5l4 4-4 4M20 15H6M10 11l-4 4 4 4"/>`,
  // a signed document
  enshrined: svg`<path d="M6 3h8l4 4v14H6z"/><path d="M9 14l2 2 4-4"/>`,
  // a filled disc with a tick: done
  implemented: svg`<circle cx="12" cy="12" r="9" class="solid"/><path d="M8 12.5l3 3 5-6" class="on-solid"/>`,
  // a crossed circle
  rejected: svg`<circle cx="12" cy="12" r="9"/><path d="M9 9l6 6M15 9l-6 6"/>`,
  // a dashed circle with a dot: a status this version does not know
  unknown: svg`<circle cx="12" cy="12" r="9" stroke-dasharray="3 3"/><circle cx="12" cy="12" r="1.5" class="solid"/>`,
};

export function renderStatusIcon(icon: DemandIcon) {
  return html`<svg
    part="icon"
    class="icon"
    viewBox="0 0 24 24"
    width="20"
    height="20"
    fill="none"
    stroke="currentColor"
    stroke-width="2"
    stroke-linecap="round"
    stroke-linejoin="round"
    aria-hidden="true"
    focusable="false"
  >${SHAPES[icon]}</svg>`;
}
