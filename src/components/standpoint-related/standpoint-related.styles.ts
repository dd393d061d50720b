import { css } from 'lit';

export const styles = css`
  /* Public knobs, read once; the rules below use only the private names. */
  .base {
    --_gap: var(--standpoint-related-gap, var(--_space));
    --_image-width: var(--standpoint-related-image-width, 8rem);
    --_image-radius: var(--standpoint-related-image-radius, calc(var(--_radius) * 0.75));
    --_badge: var(--standpoint-related-badge-color, var(--_status-enshrined));
    /* An item puts its image beside its text only when the widget itself is wide enough. */
    container: standpoint-related / inline-size;
  }

  .heading {
    margin: 0 0 0.5em;
    font-family: var(--_heading-font);
    font-size: 1.25em;
    line-height: 1.25;
  }

  .list {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .item {
    display: grid;
    gap: 0.5em;
    align-items: start;
  }

  .item + .item {
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }

  /* The width and height attributes and the fixed ratio keep the text from jumping when a lazy image arrives. */
  .image {
    display: block;
    inline-size: 100%;
    max-inline-size: 20rem;
    block-size: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    border-radius: var(--_image-radius);
    background: color-mix(in srgb, var(--_border) 40%, transparent);
  }

  @container standpoint-related (min-width: 26em) {
    .item.has-image {
      grid-template-columns: var(--_image-width) minmax(0, 1fr);
      gap: 0.75em 1em;
    }
  }

  .body {
    min-inline-size: 0;
  }

  .title {
    margin: 0;
    font-family: var(--_heading-font);
    font-size: 1em;
    font-weight: 600;
    line-height: 1.35;
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
    margin: 0.25em 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.3em;
    padding: 0 0.55em 0 0.35em;
    border: 1px solid color-mix(in srgb, var(--_tone) 55%, transparent);
    border-radius: var(--_pill-radius);
    color: var(--_tone);
    font-weight: 600;
  }

  /* Green only once something has been won; "0 of 6" is not a success. */
  .badge.achieved {
    --_tone: var(--_badge);
  }
  /* Already muted by .meta: muting the inherited colour again (the muted token mixes
     currentColor) fell to 3.8 : 1 on a page with grey text. */
  .badge.not-yet {
    --_tone: currentColor;
  }

  .icon {
    flex: none;
    inline-size: 1.1em;
    block-size: 1.1em;
  }

  .summary {
    margin: 0.375em 0 0;
    /* A long summary stays a preview; the item's own page has the rest. */
    display: -webkit-box;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 4;
    line-clamp: 4;
    overflow: hidden;
  }

  .empty {
    margin: 0;
    color: var(--_muted);
  }

  .more {
    margin: var(--_gap) 0 0;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .badge {
      border-color: CanvasText;
    }
  }
`;
