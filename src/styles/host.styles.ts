import { css } from 'lit';

/**
 * What every widget shares: the three tiers of custom properties (public
 * `--standpoint-*` tokens → private `--_*` names that rules read), the
 * themes, the focus ring, reduced motion, print and a visually-hidden helper.
 *
 * With no `theme`, a widget takes the host page's font and colours and adds
 * only an accent, so it blends into any NGO site. `theme="light|dark|auto"`
 * gives it its own surface.
 *
 * Blending means the page's colours may be anything: black text on white,
 * light text on navy, brown on cream. So without a theme every colour of our
 * own is our hue mixed in Oklab with the page's text colour (`currentColor`;
 * the accent 40 %, the status tones 50 %): dark on a light page, light on a
 * dark one, and near enough to the page's own text to keep the 4.5:1 WCAG AA
 * needs (tests/base/host-pages.test.ts checks it on dark and tinted pages). Filled buttons would need the page's background,
 * which CSS cannot read, so without a theme they are tinted, not filled.
 */
/**
 * The palettes set private `--_p-*` names, never the public tokens: a token a
 * designer sets (on an ancestor, on the element, on `<standpoint-embed>`)
 * always wins over the palette, which is only its fallback.
 */
/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = css`
  color-scheme: dark;
  --_p-text: #eef1f6;
  --_p-muted: #b8c0cd;
  --_p-surface: #16191f;
  --_p-border: #3b424f;
  --_p-accent: #8dbbff;
  --_p-on-accent: #0b1a33;
  --_p-success: #7fd79a;
  --_p-warning: #f3c467;
  --_p-danger: #ff9c94;
  --_p-voiced: #cdb6ff;
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
    color: var(--standpoint-color-text, var(--_p-text, inherit));
    /* Long words and URLs wrap instead of widening a narrow column. */
    overflow-wrap: anywhere;

    --_text: var(--standpoint-color-text, var(--_p-text, currentColor));
    --_muted: var(--standpoint-color-muted, var(--_p-muted, color-mix(in srgb, currentColor 75%, transparent)));
    --_surface: var(--standpoint-color-surface, var(--_p-surface, transparent));
    --_border: var(--standpoint-color-border, var(--_p-border, color-mix(in srgb, currentColor 28%, transparent)));
    --_accent: var(--standpoint-color-accent, var(--_p-accent, color-mix(in oklab, #0057b7 40%, currentColor)));
    --_on-accent: var(--standpoint-color-on-accent, var(--_p-on-accent, #ffffff));
    --_success: var(--standpoint-color-success, var(--_p-success, color-mix(in oklab, #1d6b34 50%, currentColor)));
    --_warning: var(--standpoint-color-warning, var(--_p-warning, color-mix(in oklab, #7a4f00 50%, currentColor)));
    --_danger: var(--standpoint-color-danger, var(--_p-danger, color-mix(in oklab, #a4262c 50%, currentColor)));
    /* Status colours are their own, never the accent: under a red brand "voiced" must not read as "rejected". */
    --_status-pending: var(--standpoint-color-status-pending, var(--_muted));
    --_status-voiced: var(--standpoint-color-status-voiced, var(--_p-voiced, color-mix(in oklab, #5b3a9e 50%, currentColor)));
    --_status-negotiating: var(--standpoint-color-status-negotiating, var(--_warning));
    --_status-enshrined: var(--standpoint-color-status-enshrined, var(--_success));
    --_status-implemented: var(--standpoint-color-status-implemented, var(--_success));
    --_status-rejected: var(--standpoint-color-status-rejected, var(--_danger));
    /* Pills, tags and progress bars: round unless a designer sets a radius (0 makes them square). */
    --_pill-radius: var(--standpoint-pill-radius, var(--standpoint-radius, 999px));
    /* A filled control: tinted with the accent when blending, filled when themed. */
    --_fill: color-mix(in srgb, var(--_accent) 14%, transparent);
    --_on-fill: var(--standpoint-color-link, var(--_accent));
    --_focus: var(--standpoint-focus-ring-color, var(--_accent));
    --_radius: var(--standpoint-radius, 0.5rem);
    --_space: var(--standpoint-spacing, 1rem);
    --_heading-font: var(--standpoint-heading-font-family, inherit);
  }

  /*
   * Widgets placed one after another keep the space of a paragraph between
   * them instead of touching. In the widget's own styles, not a page sheet,
   * so that a page rendered on the server lays out the same before and after
   * hydration. Any rule of the page (a theme's block gap, a reset) wins over
   * :host, and margins collapse with the next block's own.
   */
  :host(:not(:last-child)) {
    margin-block-end: var(--standpoint-stack-gap, 1.5em);
  }

  :host([hidden]),
  .fallback[hidden] {
    display: none !important;
  }

  :host([theme='light']),
  :host([theme='auto']) {
    color-scheme: light;
    --_p-text: #1b1d22;
    --_p-muted: #4b5261;
    --_p-surface: #ffffff;
    --_p-border: #c9ced8;
    --_p-accent: #0057b7;
    --_p-on-accent: #ffffff;
    --_p-success: #1d6b34;
    --_p-warning: #7a4f00;
    --_p-danger: #a4262c;
    --_p-voiced: #5b3a9e;
  }

  :host([theme='dark']) {
    ${darkTokens}
  }

  :host([theme]) {
    --_fill: var(--_accent);
    --_on-fill: var(--_on-accent);
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
  /* .retry: the error's "Try again", which a widget's own .button rules (the share card's) must not restyle. */
  .button,
  .retry {
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

  .button:hover,
  .retry:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }

  .button[aria-pressed='true'] {
    background: var(--_fill);
    color: var(--_on-fill);
  }

  .status-message {
    margin: 0;
    color: var(--_muted);
  }

  /* Loading: the widget's outline in a faint tone of the text, so the content arrives without moving the page. */
  /* Doubled in weight: each widget's own styles give its base box a layout of their own. */
  .placeholder.placeholder {
    display: grid;
    gap: 0.75em;
    --_ph: color-mix(in srgb, currentColor 10%, transparent);
  }
  .ph {
    display: block;
    block-size: 1em;
    border-radius: min(var(--_radius), 0.25em);
    background: linear-gradient(90deg, var(--_ph) 35%, color-mix(in srgb, currentColor 4%, transparent) 50%, var(--_ph) 65%) 0 0 / 300% 100%;
    animation: standpoint-shimmer 1.8s linear infinite;
  }
  .ph-h {
    block-size: 1.6em;
    inline-size: 70%;
  }
  .ph-s {
    inline-size: 45%;
  }
  .ph-n {
    block-size: 2.75em;
    inline-size: 7em;
  }
  .ph-b {
    block-size: 0.5rem;
    border-radius: var(--_pill-radius);
  }
  .ph-k {
    block-size: max(2.75rem, 44px);
    inline-size: min(12em, 100%);
    border-radius: var(--_radius);
  }
  .ph-i {
    block-size: 3.5em;
  }
  @keyframes standpoint-shimmer {
    to {
      background-position: -150% 0;
    }
  }

  /* Error and empty: an icon and the words; the error's icon in the danger colour, empty all muted. */
  .state.state {
    display: flex;
    flex-direction: row;
    align-items: flex-start;
    gap: 0.6em;
    margin: 0;
  }
  .state > .icon {
    flex: none;
    inline-size: 1.5em;
    block-size: 1.5em;
  }
  .state-error > .icon {
    color: var(--_danger);
  }
  .state-error .status-message {
    color: var(--_text);
    font-weight: 600;
  }
  .state-empty {
    color: var(--_muted);
  }
  .state-body {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }

  @media (prefers-reduced-motion: reduce) {
    .ph {
      animation: none;
    }
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
