import { css } from 'lit';

/**
 * The share card. Public knobs `--standpoint-share-*` are read once, on the
 * `base` part, into private `--_*` names; the rules read only those.
 * Every target is at least 44 × 44 px, so the card is as easy to use with a
 * thumb as with a mouse, and everything wraps inside a 280 px column.
 */
export const styles = css`
  [part~='base'] {
    --_gap: var(--standpoint-share-gap, calc(var(--_space) * 0.75));
    --_button-bg: var(--standpoint-share-button-color, var(--_fill));
    --_button-text: var(--standpoint-share-button-text-color, var(--_on-fill));
    --_button-border: var(--standpoint-share-button-color, var(--_accent));
    --_link-color: var(--standpoint-share-link-color, var(--_text));
    --_link-bg: var(--standpoint-share-link-background, var(--_surface));
    --_image-radius: var(--standpoint-share-image-radius, calc(var(--_radius) * 0.75));
    /* A field's edge must reach 3:1 against the page (WCAG 1.4.11); the
       divider colour does not, so it is drawn from the text colour. */
    --_field-border: var(--standpoint-share-field-border-color, color-mix(in srgb, var(--_text) 62%, transparent));
    --_target: 44px;

    display: flex;
    flex-direction: column;
    gap: var(--_gap);
  }

  p {
    margin: 0;
  }

  /* The children of <details> inherit through its built-in slot, which is
     content-box: without this the embed code would overflow a narrow column. */
  .embed *,
  .embed *::before,
  .embed *::after {
    box-sizing: border-box;
  }

  .preview {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_gap) * 0.5);
  }

  .image {
    display: block;
    width: 100%;
    height: auto;
    max-height: 16rem;
    object-fit: cover;
    border-radius: var(--_image-radius);
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1.2em;
    font-weight: 700;
    line-height: 1.3;
  }

  .count {
    font-weight: 600;
  }

  .label {
    display: flex;
    align-items: center;
    gap: 0.4em;
    font-weight: 600;
  }

  .hint,
  .count,
  .networks-block > .label {
    color: var(--_muted);
    font-size: 0.9em;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  /* The join link: outlined beside the filled share buttons, as wide as they are. */
  .join {
    flex: 1 1 10em;
    max-width: 20em;
    font-weight: 600;
    text-decoration: none;
  }

  .icon {
    flex: none;
    width: 1.25em;
    height: 1.25em;
  }

  .button,
  .network,
  .summary {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.5em;
    min-width: var(--_target);
    min-height: var(--_target);
    padding: 0.5em 1em;
    border-radius: var(--_radius);
    font: inherit;
    line-height: 1.25;
    text-align: center;
    cursor: pointer;
    transition: background-color 120ms ease, box-shadow 120ms ease;
  }

  .button {
    flex: 1 1 auto;
    /* The secondary button of every widget (host.styles .button): 1 px, weight 600. */
    border: 1px solid var(--_button-border);
    font-weight: 600;
  }

  /* Wide enough for its words, never a bar across a wide column. In em, not rem:
     a site whose root font is 62.5 % (10 px) would shrink a rem to nothing. */
  .button.primary {
    flex: 1 1 10em;
    max-width: 20em;
  }

  .button.primary {
    color: var(--_button-text);
    background: var(--_button-bg);
    font-weight: 600;
  }

  .button.primary:hover {
    box-shadow: inset 0 0 0 2em color-mix(in srgb, var(--_button-text) 14%, transparent);
  }

  .button.secondary {
    flex: 0 0 auto;
    color: var(--standpoint-color-link, var(--_accent));
    background: var(--_link-bg);
  }

  .button:hover,
  .network:hover,
  .summary:hover {
    background-color: color-mix(in srgb, var(--_accent) 12%, var(--_link-bg));
  }

  .button.primary:hover {
    background-color: var(--_button-bg);
  }

  .status {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
  }

  /* Still in the tree (a live region must exist before it speaks), but it
     takes no room: the negative margin cancels the flex gap. */
  .status:empty {
    margin-top: calc(var(--_gap) * -1);
  }

  .error {
    display: flex;
    align-items: flex-start;
    gap: 0.4em;
    color: var(--_danger);
    font-weight: 600;
  }

  .manual,
  .fediverse,
  .embed-body {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }

  .field {
    width: 100%;
    min-width: 0;
    min-height: var(--_target);
    padding: 0.5em 0.65em;
    border: 1px solid var(--_field-border);
    border-radius: calc(var(--_radius) * 0.75);
    color: var(--_text);
    background: var(--_link-bg);
    font: inherit;
  }

  .field[aria-invalid='true'] {
    border: 2px solid var(--_danger);
  }

  .code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, 'Liberation Mono', monospace;
    font-size: 0.85em;
    line-height: 1.4;
    resize: vertical;
    overflow-wrap: anywhere;
  }

  .networks-block {
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
  }

  /* An even grid of equal chips: two columns at 280 px, more as the card widens, no ragged rows. */
  .networks {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 8em), 1fr));
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .networks > li {
    display: flex;
    min-width: 0;
  }

  .network {
    justify-content: flex-start;
    width: 100%;
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    color: var(--_link-color);
    background: var(--_link-bg);
    text-decoration: none;
  }

  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  .row > .field {
    flex: 1 1 10em;
    width: auto;
  }

  .embed {
    border-top: 1px solid var(--_border);
    padding-top: calc(var(--_gap) * 0.5);
  }

  .summary {
    justify-content: flex-start;
    text-align: start;
    width: 100%;
    padding-inline: 0.25em;
    font-weight: 600;
    color: var(--standpoint-color-link, var(--_accent));
    list-style: none;
  }

  .summary::-webkit-details-marker {
    display: none;
  }

  /* A chevron drawn with borders: it turns when the disclosure opens. */
  .summary::after {
    content: '';
    width: 0.5em;
    height: 0.5em;
    margin-inline-start: auto;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(45deg);
    transition: transform 120ms ease;
  }

  .embed[open] > .summary::after {
    transform: rotate(225deg);
  }

  .embed-body {
    padding-top: 0.25rem;
  }

  .choices {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    border: 0;
  }

  .choices > legend {
    margin-bottom: 0.25rem;
    padding: 0;
  }

  .choice {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: var(--_target);
    padding-block: 0.5em;
    cursor: pointer;
  }

  /* The whole label is the target; the radio itself is 24 px, the smallest WCAG allows. */
  .choice > input {
    flex: none;
    width: 24px;
    height: 24px;
    margin: 0;
    accent-color: var(--_accent);
  }

  @media (forced-colors: active) {
    .button,
    .network,
    .field {
      border: 1px solid ButtonText;
    }
  }

  @media print {
    .actions,
    .networks-block,
    .fediverse,
    .embed,
    .manual,
    .status {
      display: none !important;
    }
  }
`;
