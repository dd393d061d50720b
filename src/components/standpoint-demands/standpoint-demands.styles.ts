import { css } from 'lit';

export const styles = css`
  /* Public knobs, read once; the rules below use only the private names. */
  .base {
    container-type: inline-size;
    --_gap: var(--standpoint-demands-gap, calc(var(--_space) * 0.75));
    --_bar: var(--standpoint-demands-bar-color, var(--_success));
    --_track: var(--standpoint-demands-bar-track-color, var(--_border));
    --_highlight: var(--standpoint-demands-highlight-color, color-mix(in srgb, var(--_warning) 22%, transparent));
  }

  .heading {
    margin: 0 0 0.25em;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.25;
  }

  .summary {
    margin: 0 0 var(--_gap);
  }

  @container (max-width: 22em) {
    .heading {
      font-size: 1.125em;
    }
  }

  .summary-text,
  .filter-note,
  .empty {
    margin: 0;
  }

  .summary-text {
    font-weight: 600;
  }

  .filter-note,
  .empty {
    color: var(--_muted);
  }

  .empty {
    margin-top: 0.25em;
  }

  /* Native <progress>: the role, value and maximum come with it. */
  .bar {
    display: block;
    inline-size: 100%;
    max-inline-size: 24rem;
    block-size: 0.5rem;
    margin-block: 0.375rem 0.25rem;
    appearance: none;
    border: 0;
    border-radius: var(--_pill-radius);
    overflow: hidden;
    /* No colour of its own here: the track's default (the border token) mixes currentColor. */
    background: var(--_track);
  }
  .bar::-webkit-progress-bar {
    background: var(--_track);
    border-radius: var(--_pill-radius);
  }
  .bar::-webkit-progress-value {
    background: var(--_bar);
    border-radius: var(--_pill-radius);
  }
  .bar::-moz-progress-bar {
    background: var(--_bar);
    border-radius: var(--_pill-radius);
  }

  .list {
    margin: 0;
    padding-inline-start: 2em;
  }

  .item {
    position: relative;
    padding-block: calc(var(--_gap) * 0.75);
    padding-inline: 0.5em;
    margin-inline-start: -0.5em;
    border-radius: calc(var(--_radius) * 0.75);
  }

  /* The divider spans the text column only: the padding that makes room for a highlight stays outside it. */
  .item + .item::before {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inset-inline: 0.5em;
    border-top: 1px solid var(--_border);
  }

  .item::marker {
    color: var(--_muted);
    font-weight: 600;
  }

  .text,
  .note,
  .meta {
    margin: 0;
  }

  .note,
  .meta {
    margin-top: 0.25em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.125em 1em;
  }

  .status {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    margin: 0.375em 0 0;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.375em;
    padding: 0.0625em 0.625em 0.0625em 0.375em;
    border: 1px solid color-mix(in srgb, var(--_tone) 55%, transparent);
    border-radius: var(--_pill-radius);
    color: var(--_tone);
    font-weight: 600;
    font-size: 0.9375em;
  }

  .icon {
    flex: none;
    inline-size: 1.25em;
    block-size: 1.25em;
  }

  /* One rule a status: the widget's tone knob, else the global status colour (never the accent). */
  .s-pending,
  .s-unknown {
    --_tone: var(--standpoint-demands-tone-neutral, var(--_status-pending));
  }
  .s-voiced {
    --_tone: var(--standpoint-demands-tone-active, var(--_status-voiced));
  }
  .s-negotiating {
    --_tone: var(--standpoint-demands-tone-progress, var(--_status-negotiating));
  }
  .s-enshrined {
    --_tone: var(--standpoint-demands-tone-achieved, var(--_status-enshrined));
  }
  .s-implemented {
    --_tone: var(--standpoint-demands-tone-achieved, var(--_status-implemented));
  }
  .s-rejected {
    --_tone: var(--standpoint-demands-tone-refused, var(--_status-rejected));
  }

  .changed-note {
    font-size: 0.875em;
    font-weight: 600;
    color: var(--_text);
  }

  /* compact: a line per demand, its icon and its text; the word stays for screen readers. */
  /* Baseline-aligned text, so the list number sits on the demand's first line. */
  .compact-row {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
  }
  .compact-row .icon {
    align-self: flex-start;
    margin-top: 0.125em;
    color: var(--_tone);
  }
  :host([compact]) .item {
    padding-block: calc(var(--_gap) * 0.4);
  }

  /* A status that just changed: tinted, then faded out. */
  .item.changed {
    background: var(--_highlight);
    box-shadow: inset 3px 0 0 var(--_status-negotiating);
    animation: standpoint-demand-changed 4s ease-out both;
  }

  @keyframes standpoint-demand-changed {
    0%,
    50% {
      background-color: var(--_highlight);
    }
    100% {
      background-color: transparent;
    }
  }

  /* Without motion the tint stays still until the mark is taken away. */
  @media (prefers-reduced-motion: reduce) {
    .item.changed {
      animation: none;
    }
  }

  .legend {
    margin-top: var(--_gap);
    padding-top: calc(var(--_gap) * 0.75);
    border-top: 1px solid var(--_border);
  }

  .legend-heading {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font);
    font-size: 1em;
  }

  .legend-list {
    display: grid;
    gap: 0.5em;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .legend-description {
    display: block;
    margin-top: 0.125em;
    color: var(--_muted);
    font-size: 0.9375em;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
    .item.changed {
      outline: 2px solid Highlight;
    }
  }
`;
