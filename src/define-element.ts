import { adoptPageStyles } from './styles/page-styles.js';

// One warning per copy of the library, not one per element it could not define.
let warnedAboutOtherCopy = false;

/**
 * Registers a custom element without ever throwing into the host page. The
 * CDN script included twice is the same class: nothing to do. Two different
 * copies of the library on one page: the first one wins, and the second says
 * so once in the console.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  adoptPageStyles();
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
