import { css } from 'lit';

export const styles = css`
  /* Public knobs, read once; the rules below use only the private names. */
  .base {
    --_gap: var(--standpoint-embed-gap, calc(var(--_space) * 1.5));
    --_side-width: var(--standpoint-embed-side-width, 20rem);
    /* The layout follows the embed's own width, not the window's: a wide page can still give it a narrow column. */
    container: standpoint-embed / inline-size;
  }

  /* Each part draws its own themed card; the embed adds no second frame around them. */
  :host([theme]) .base {
    padding: 0;
    border: 0;
    background: transparent;
  }

  .layout,
  .column {
    display: grid;
    gap: var(--_gap);
    align-content: start;
    min-inline-size: 0;
  }

  /* The grid's gap spaces the parts: not their own stack gap as well. */
  .column > * {
    min-inline-size: 0;
    margin: 0;
  }

  /* Wide enough for text beside a 20rem column: two columns, in document order. */
  @container standpoint-embed (min-width: 40em) {
    .layout.split.main-first {
      grid-template-columns: minmax(0, 1fr) min(var(--_side-width), 40%);
    }
    .layout.split.side-first {
      grid-template-columns: min(var(--_side-width), 40%) minmax(0, 1fr);
    }
  }
`;
