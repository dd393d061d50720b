/**
 * The test seam for the DOMPurify fallback: the browsers the tests run in
 * have the HTML Sanitizer API, so a test hides it (as a browser without it
 * lacks it) to reach the fallback, and puts it back afterwards.
 */
export function hideSanitizerApi(): () => void {
  const descriptor = Object.getOwnPropertyDescriptor(Element.prototype, 'setHTML');
  if (!descriptor) throw new Error('this browser has no Element.prototype.setHTML to hide');
  delete (Element.prototype as { setHTML?: unknown }).setHTML;
  return () => Object.defineProperty(Element.prototype, 'setHTML', descriptor);
}
