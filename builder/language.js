/**
 * The language of the builder's own interface — not of the widgets it
 * writes, which is their `lang` option. It comes from `?lang=` in the page
 * address, else from the browser's languages; a switch at the top changes
 * it and writes it into the address only (the page stores nothing).
 *
 * Static texts carry the strings.js key of their text: `data-i18n` (the
 * text), `data-i18n-aria-label`, and `data-i18n-template` for a sentence
 * whose `{name}` parts are the element's children with `data-slot="name"`.
 * Loaded before builder.js, and small, so the page speaks its language
 * before the widgets' bundle has arrived.
 */
import { LANGUAGES, builderLanguage, translate } from './strings.js';

let current = builderLanguage(new URLSearchParams(location.search).get('lang'), navigator.languages ?? [navigator.language]);
const listeners = new Set();

/** The builder's language now: `uk` or `en`. */
export const language = () => current;

/** A text of strings.js in the builder's language. */
export const t = (key, params) => translate(current, key, params);

/** Calls `listener(lang)` after every change of language. */
export const onLanguageChange = (listener) => void listeners.add(listener);

/**
 * Rewrites a sentence with inline elements: text between the `{slot}` children, which are kept as they are.
 *
 * @param {HTMLElement} element
 * @param {string} template
 */
function fillTemplate(element, template) {
  const slots = new Map([.../** @type {NodeListOf<HTMLElement>} */ (element.querySelectorAll(':scope > [data-slot]'))].map((slot) => [slot.dataset.slot, slot]));
  element.replaceChildren(...template.split(/\{(\w+)\}/).map((part, index) => (index % 2 ? (slots.get(part) ?? `{${part}}`) : part)));
}

/**
 * Puts the texts of the builder's language into `root` and everything under it.
 *
 * @param {ParentNode} [root]
 */
export function translatePage(root = document) {
  /** @param {string} selector */
  const marked = (selector) => /** @type {NodeListOf<HTMLElement>} */ (root.querySelectorAll(selector));
  for (const element of marked('[data-i18n-template]')) fillTemplate(element, t(String(element.dataset.i18nTemplate)));
  for (const element of marked('[data-i18n]')) element.textContent = t(String(element.dataset.i18n));
  for (const element of marked('[data-i18n-aria-label]')) element.setAttribute('aria-label', t(String(element.dataset.i18nAriaLabel)));
}

/** The page address with another language, the rest of it kept. */
function addressIn(lang) {
  const url = new URL(location.href);
  url.searchParams.set('lang', lang);
  return url;
}

function apply() {
  document.documentElement.lang = current;
  document.title = t('page.title');
  translatePage();
  for (const link of /** @type {NodeListOf<HTMLAnchorElement>} */ (document.querySelectorAll('a[data-language]'))) {
    link.href = addressIn(String(link.dataset.language)).search;
    if (link.dataset.language === current) link.setAttribute('aria-current', 'true');
    else link.removeAttribute('aria-current');
  }
}

/** Switches the builder to `lang` and remembers it in the address. */
export function setLanguage(lang) {
  if (!LANGUAGES.includes(lang) || lang === current) return;
  current = lang;
  history.replaceState(history.state, '', addressIn(lang));
  apply();
  for (const listener of listeners) listener(lang);
}

// A plain click switches in place, keeping what the webmaster entered; a
// click that opens a new tab or window follows the link as usual.
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? /** @type {HTMLAnchorElement | null} */ (event.target.closest('a[data-language]')) : null;
  if (!link?.dataset.language || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  setLanguage(link.dataset.language);
});

apply();
