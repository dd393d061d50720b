// One warning per copy of the library, not one per element it could not define.
let warnedAboutOtherCopy = false;
let warnedAboutBrowser = false;

/**
 * Whether this browser has what the widgets need beyond the ES2021 the build
 * targets: CSS color-mix(), which every colour that blends into the page is
 * made of (Chrome and Edge 111, Firefox 113, Safari 16.2; README "Browser
 * support"). Where it is missing the elements stay undefined, so readers get
 * the fallback content instead of a widget drawn in the wrong colours.
 */
export function supportsWidgets(): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('color', 'color-mix(in oklab, red, blue)');
}

/**
 * Registers a custom element without ever throwing into the host page. The
 * CDN script included twice is the same class: nothing to do. Two different
 * copies of the library on one page: the first one wins, and the second says
 * so once in the console.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  // The server renderer (no document) defines them to render them; the browser checks.
  if (typeof document !== 'undefined' && !supportsWidgets()) {
    if (!warnedAboutBrowser) {
      warnedAboutBrowser = true;
      console.warn('[standpoint-widgets] this browser lacks CSS color-mix(); the elements are not defined and show their fallback content.');
    }
    return;
  }
  const existing = registry.get(tagName);
  if (existing) {
    if (existing !== elementClass && !warnedAboutOtherCopy) {
      warnedAboutOtherCopy = true;
      console.warn(
        `[standpoint-widgets] <${tagName}> is already defined by another copy of the library; this copy is not used. Load standpoint-widgets once per page.`,
      );
    }
    return;
  }
  try {
    registry.define(tagName, elementClass);
  } catch (error) {
    // A race with another copy between get() and define(): report, never throw.
    console.warn(`[standpoint-widgets] could not define <${tagName}>:`, error);
  }
}
