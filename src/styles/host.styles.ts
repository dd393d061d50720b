import { css } from 'lit';

/**
 * What every widget shares: the three tiers of custom properties (public
 * `--standpoint-*` tokens → private `--_*` names that rules read), the
 * themes, the focus ring, reduced motion, print and a visually-hidden helper.
 *
 * With no `theme`, a widget takes the host page's font and colours and adds
 * only an accent, so it blends into any NGO site. `theme="light|dark|auto"`
 * gives it its own surface.
 */
/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = css`
  color-scheme: dark;
  --standpoint-color-text: #eef1f6;
  --standpoint-color-muted: #b8c0cd;
  --standpoint-color-surface: #16191f;
  --standpoint-color-border: #3b424f;
  --standpoint-color-accent: #8dbbff;
  --standpoint-color-on-accent: #0b1a33;
  --standpoint-color-success: #7fd79a;
  --standpoint-color-warning: #f3c467;
  --standpoint-color-danger: #ff9c94;
`;

export const hostStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    min-width: 0;
    max-width: 100%;
    font-family: var(--standpoint-font-family, inherit);
    font-size: var(--standpoint-font-size, inherit);
    line-height: var(--standpoint-line-height, 1.5);
    color: var(--standpoint-color-text, inherit);
    /* Long words and URLs wrap instead of widening a narrow column. */
    overflow-wrap: anywhere;

    --_text: var(--standpoint-color-text, currentColor);
    --_muted: var(--standpoint-color-muted, color-mix(in srgb, currentColor 75%, transparent));
    --_surface: var(--standpoint-color-surface, transparent);
    --_border: var(--standpoint-color-border, color-mix(in srgb, currentColor 28%, transparent));
    --_accent: var(--standpoint-color-accent, #0057b7);
    --_on-accent: var(--standpoint-color-on-accent, #ffffff);
    --_success: var(--standpoint-color-success, #1d6b34);
    --_warning: var(--standpoint-color-warning, #7a4f00);
    --_danger: var(--standpoint-color-danger, #a4262c);
    --_focus: var(--standpoint-focus-ring-color, var(--_accent));
    --_radius: var(--standpoint-radius, 0.5rem);
    --_space: var(--standpoint-spacing, 1rem);
    --_heading-font: var(--standpoint-heading-font-family, inherit);
  }

  :host([hidden]) {
    display: none;
  }

  :host([theme='light']),
  :host([theme='auto']) {
    color-scheme: light;
    --standpoint-color-text: #1b1d22;
    --standpoint-color-muted: #4b5261;
    --standpoint-color-surface: #ffffff;
    --standpoint-color-border: #c9ced8;
    --standpoint-color-accent: #0057b7;
    --standpoint-color-on-accent: #ffffff;
    --standpoint-color-success: #1d6b34;
    --standpoint-color-warning: #7a4f00;
    --standpoint-color-danger: #a4262c;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  [part~='base'] {
    color: var(--_text);
    background: var(--_surface);
    border-radius: var(--_radius);
  }

  :host([theme]) [part~='base'] {
    padding: var(--_space);
    border: 1px solid var(--_border);
  }

  a {
    color: var(--standpoint-color-link, var(--_accent));
    text-underline-offset: 0.15em;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    padding: 0 !important;
    margin: -1px !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }

  /* The one outlined button of every widget: 44 px tall (a comfortable touch target), wrapping in a narrow column. */
  .button {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-width: 100%;
    /* Never below 44 px, even on a page that shrinks the root font (the common 62.5 % reset). */
    min-height: max(2.75rem, 44px);
    padding: 0.4em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: transparent;
    color: var(--standpoint-color-link, var(--_accent));
    font: inherit;
    font-weight: 600;
    text-align: start;
    white-space: normal;
    cursor: pointer;
  }

  .button:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }

  .status-message {
    margin: 0;
    color: var(--_muted);
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }

  @media print {
    button,
    .no-print {
      display: none !important;
    }
  }
`;
