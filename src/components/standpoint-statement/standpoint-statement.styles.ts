import { css } from 'lit';

/**
 * The statement: public knobs `--standpoint-statement-*` fall back to the
 * global tokens and are mapped once onto private names on the `base` part.
 */
export const styles = css`
  [part~='base'] {
    --_heading-color: var(--standpoint-statement-heading-color, var(--_text));
    --_heading-size: var(--standpoint-statement-heading-size, 1.5em);
    --_measure: var(--standpoint-statement-max-width, none);
    --_tag-background: var(--standpoint-statement-tag-background, color-mix(in srgb, currentColor 7%, transparent));
    --_closed-color: var(--standpoint-statement-closed-color, var(--_warning));
    --_gap: calc(var(--_space) * 0.75);

    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    max-width: var(--_measure);
    /* The reader can always select and copy the text. */
    user-select: text;
    /* The title scales with the widget's own column, not the window (a sidebar on a wide screen). */
    container-type: inline-size;
  }

  /* A 280 px column: a smaller title, so a long one takes five lines, not nine. */
  @container (max-width: 22em) {
    .heading {
      font-size: min(var(--_heading-size), 1.2em);
    }
  }

  [part~='base'] > * {
    margin: 0;
    min-width: 0;
  }

  .header {
    display: flex;
    flex-direction: column;
    gap: 0.35em;
  }

  .heading {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: var(--_heading-size);
    font-weight: 700;
    line-height: 1.25;
    color: var(--_heading-color);
    text-wrap: balance;
  }

  .meta,
  .authors {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9em;
  }

  /* pre-wrap keeps the spaces around the dot (also when copied) but lets the line break there. */
  .separator {
    white-space: pre-wrap;
  }

  .meta time {
    white-space: nowrap;
  }

  .closed {
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    padding: 0.5em 0.75em;
    border-inline-start: 4px solid var(--_closed-color);
    border-radius: calc(var(--_radius) / 2);
    background: color-mix(in srgb, var(--_closed-color) 12%, transparent);
    font-weight: 600;
  }

  .icon {
    flex: none;
    width: 1.15em;
    height: 1.15em;
    margin-block-start: 0.15em;
  }

  .closed .icon {
    color: var(--_closed-color);
  }

  .summary {
    font-size: 1.1em;
    font-weight: 500;
  }

  .content {
    display: flex;
    flex-direction: column;
  }

  .content p,
  .content ul,
  .content ol,
  .content blockquote {
    margin: 0 0 0.75em;
  }

  .content ul,
  .content ol {
    padding-inline-start: 1.5em;
  }

  .content li + li {
    margin-block-start: 0.25em;
  }

  .content blockquote {
    padding-inline-start: 1em;
    border-inline-start: 3px solid var(--_border);
    color: var(--_muted);
  }

  .content h1,
  .content h2,
  .content h3,
  .content h4,
  .content h5,
  .content h6 {
    margin: 0.75em 0 0.5em;
    font-family: var(--_heading-font);
    font-size: 1.15em;
    line-height: 1.3;
    color: var(--_heading-color);
  }

  .content > :last-child,
  .more > :last-child,
  .html-blocks > :last-child {
    margin-block-end: 0;
  }

  .more[hidden] {
    display: none;
  }

  /* Focused by script when it opens (not a control, so no ring around the whole text). */
  .more:focus {
    outline: none;
  }

  .toggle {
    align-self: flex-start;
  }

  .toggle .icon {
    margin: 0;
    transition: transform 0.2s ease;
  }

  .toggle[aria-expanded='true'] .icon {
    transform: rotate(180deg);
  }

  .attachments-heading {
    margin: 0 0 0.4em;
    font-family: var(--_heading-font);
    font-size: 1em;
    font-weight: 700;
  }

  .attachments ul,
  .tags {
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .attachments li + li {
    margin-block-start: 0.5em;
  }

  .attachment-link {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.4em;
    font-weight: 600;
  }

  .file-meta {
    font-weight: 400;
    white-space: nowrap;
  }

  .alternates {
    display: block;
    margin-block-start: 0.15em;
    padding-inline-start: 1.55em;
    color: var(--_muted);
    font-size: 0.9em;
  }

  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }

  .tags li {
    padding: 0.1em 0.6em;
    font-size: 0.85em;
    background: var(--_tag-background);
    border: 1px solid var(--_border);
    /* A pill on one line, a soft box when a long topic wraps. */
    border-radius: min(var(--_pill-radius), 0.8em);
  }

  .original {
    display: inline-flex;
    align-items: flex-start;
    gap: 0.35em;
    font-weight: 600;
  }

  @media (prefers-reduced-motion: reduce) {
    .toggle .icon {
      transition: none;
    }
  }

  @media print {
    [part~='base'] {
      border: none !important;
      padding: 0 !important;
      background: none !important;
      color: #000 !important;
    }

    /* Print the whole text, collapsed or not. */
    .more[hidden] {
      display: block !important;
    }

    /* A link's address on paper, unless the link text already is the address. */
    .content a[href^='http']:not(.bare)::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
  }
`;
