/**
 * What a careful hand-written widget would use instead of a framework:
 * createElement, setAttribute, append, one shadow root with constructed
 * style sheets. The baselines (one function per widget, beside this file)
 * build the same markup as the widgets, with the same text, from the same
 * feed, so the benchmark compares the cost of the two ways of building it.
 */

const SVG = 'http://www.w3.org/2000/svg';

function appendAll(parent, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false || child === '') continue;
    if (Array.isArray(child)) appendAll(parent, child);
    else parent.append(child);
  }
  return parent;
}

function setAttributes(element, attributes) {
  for (const name in attributes) {
    const value = attributes[name];
    // `undefined`/`false` leave the attribute out, `true` is a boolean attribute.
    if (value === undefined || value === null || value === false) continue;
    element.setAttribute(name, value === true ? '' : String(value));
  }
  return element;
}

/** An HTML element: `h('p', { class: 'x' }, 'text', child, [more])`. */
export function h(tag, attributes = {}, ...children) {
  return appendAll(setAttributes(document.createElement(tag), attributes), children);
}

/** An SVG element. */
export function s(tag, attributes = {}, ...children) {
  return appendAll(setAttributes(document.createElementNS(SVG, tag), attributes), children);
}

/** A document fragment of the children. */
export function fragment(...children) {
  return appendAll(document.createDocumentFragment(), children);
}

const sheets = new Map();
/** The widgets' own CSS texts by tag, given by the page before it measures. */
const widgetStyles = {};

export function setWidgetStyles(styles) {
  Object.assign(widgetStyles, styles);
}

/** One constructed style sheet per CSS text for the whole page, as Lit keeps one per `css` result. */
function sheetFor(cssText) {
  let sheet = sheets.get(cssText);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    sheets.set(cssText, sheet);
  }
  return sheet;
}

/** Attaches an open shadow root that adopts the style sheets of the widget `tag`. */
export function shadowFor(host, tag) {
  const root = host.shadowRoot ?? host.attachShadow({ mode: 'open' });
  root.adoptedStyleSheets = widgetStyles[tag].map(sheetFor);
  return root;
}

/** The reader's language, as the widgets resolve it: own `lang`, closest ancestor's, `<html lang>`, else `en`. */
export function readerLanguage(host) {
  return host.closest('[lang]')?.getAttribute('lang') || 'en';
}
