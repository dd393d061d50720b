import { css } from 'lit';

export const styles = css`
  [part~='base'] {
    --_number-size: var(--standpoint-counter-number-size, 2.5em);
    --_number-color: var(--standpoint-counter-number-color, var(--_text));
    --_bar-color: var(--standpoint-counter-bar-color, var(--_accent));
    --_track-color: var(--standpoint-counter-track-color, color-mix(in srgb, var(--_border) 60%, transparent));
    --_bar-height: var(--standpoint-counter-bar-height, 0.5rem);
    --_chart-color: var(--standpoint-counter-chart-color, var(--_accent));
    /* No scroll box unless a designer asks for one: it cut names in half and hid its scrollbar on phones. */
    --_list-max-height: var(--standpoint-counter-list-max-height, none);
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }

  p {
    margin: 0;
  }

  .icon {
    flex: none;
    width: 1em;
    height: 1em;
    vertical-align: -0.125em;
  }

  .icon .solid {
    fill: currentColor;
  }

  .headline {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.35em;
    line-height: 1.15;
  }

  .label:empty {
    display: none;
  }

  .count {
    /* Every digit as wide as the next, and room for the widest number of a count-up: nothing on the page jumps. */
    font-variant-numeric: tabular-nums;
    min-width: min(100%, calc(var(--_digits, 1) * 1ch));
    font-family: var(--_heading-font);
    font-size: var(--_number-size);
    font-weight: 700;
    line-height: 1;
    color: var(--_number-color);
  }

  .full .headline {
    flex-direction: column;
    align-items: flex-start;
    row-gap: 0.25em;
  }

  .label {
    font-weight: 600;
  }

  .details,
  .live-note,
  .chart-summary {
    color: var(--_muted);
    font-size: 0.875em;
  }

  .details {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }

  .verified,
  .reached,
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.25em;
  }

  .verified .icon,
  .reached .icon,
  .badge .icon {
    color: var(--_success);
  }

  .goal {
    display: grid;
    gap: 0.35em;
  }

  .bar {
    appearance: none;
    display: block;
    width: 100%;
    height: var(--_bar-height);
    border: 0;
    border-radius: min(var(--_pill-radius), calc(var(--_bar-height) / 2));
    background: var(--_track-color);
    overflow: hidden;
  }

  .bar::-webkit-progress-bar {
    background: var(--_track-color);
    border-radius: inherit;
  }

  .bar::-webkit-progress-value {
    background: var(--_bar-color);
    border-radius: inherit;
  }

  .bar::-moz-progress-bar {
    background: var(--_bar-color);
    border-radius: inherit;
  }

  .goal-text {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }

  .reached {
    font-weight: 600;
  }

  .chart {
    margin: 0;
    display: grid;
    gap: 0.25em;
  }

  .sparkline {
    display: block;
    width: 100%;
    height: 3rem;
    overflow: visible;
  }

  .sparkline .line {
    fill: none;
    stroke: var(--_chart-color);
    stroke-width: 2;
    stroke-linejoin: round;
    stroke-linecap: round;
    vector-effect: non-scaling-stroke;
  }

  .sparkline .area {
    fill: color-mix(in srgb, var(--_chart-color) 18%, transparent);
    stroke: none;
  }

  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    max-height: var(--_list-max-height);
    overflow-y: auto;
    border-top: 1px solid var(--_border);
    font-size: 0.9375em;
  }

  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.5em;
    padding: 0.35em 0;
    border-bottom: 1px solid var(--_border);
  }

  /* The whole list: only the names scrolled into view are laid out and painted, however many there are. */
  .list.expanded .item {
    content-visibility: auto;
    contain-intrinsic-size: auto 2.2em;
  }

  .badge {
    font-size: 0.8em;
    color: var(--_muted);
  }

  .more {
    justify-self: start;
  }

  /* The call to join, filled (tinted when the counter blends into the page) and as wide as its words. */
  .join {
    justify-self: start;
    text-decoration: none;
    border-width: 2px;
    background: var(--_fill);
    color: var(--_on-fill);
  }

  .join:hover {
    background: var(--_fill);
    box-shadow: inset 0 0 0 2em color-mix(in srgb, var(--_on-fill) 14%, transparent);
  }

  .live {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 0.75em;
  }

  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1em;
  }

  .compact .count {
    --_number-size: var(--standpoint-counter-number-size, 1.25em);
  }

  .compact .live button {
    min-height: 2.25rem;
    padding: 0.2em 0.6em;
    font-size: 0.875em;
  }

  @media (forced-colors: active) {
    .bar::-webkit-progress-value {
      background: Highlight;
    }
    button[aria-pressed='true'] {
      border-width: 3px;
    }
  }
`;
