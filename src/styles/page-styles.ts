/**
 * The one rule the widgets need on the host page itself: space between
 * widgets placed one after another, so that "Pause live updates" never sits
 * flush against the share card's title. A widget's own styles cannot see its
 * siblings, so the define step adopts this small sheet into the document
 * (adoptedStyleSheets: allowed under a strict Content-Security-Policy, where a
 * `<style>` element would not be). `:where()` gives it no specificity: any
 * rule of the page, a theme's block gap included, wins over it.
 */
const TAGS = [
  'standpoint-statement',
  'standpoint-demands',
  'standpoint-counter',
  'standpoint-share',
  'standpoint-embed',
  'standpoint-related',
].join(', ');

export const PAGE_RULES = `:where(${TAGS}) + :where(${TAGS}) { margin-block-start: var(--standpoint-stack-gap, 1.5em); }`;

let adopted = false;

/** Adds the page rules to the document once per copy of the library; never throws. */
export function adoptPageStyles(): void {
  if (adopted || typeof document === 'undefined' || typeof CSSStyleSheet === 'undefined') return;
  adopted = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // A browser without constructable sheets: the widgets touch, nothing breaks.
  }
}
