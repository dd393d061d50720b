import { en, type UiStrings } from './en.js';
import { uk } from './uk.js';

/** Interface languages the library ships. Content may come in any language the feed has. */
export const UI_LOCALES = ['en', 'uk'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

const tables: Record<UiLocale, UiStrings> = { en, uk };
const overrides: Partial<Record<UiLocale, Partial<UiStrings>>> = {};
let overrideVersion = 0;

/**
 * The reader's language for an element: its own `lang`, else the closest
 * ancestor's (crossing shadow roots), else `<html lang>`, else `en`.
 */
export function resolveLanguage(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
    // getRootNode may be missing where there is no DOM (server rendering).
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host || null);
  }
  return 'en';
}

/** The interface language for a BCP 47 tag: `uk-UA` → `uk`; one the library lacks → `en`. */
export function toUiLocale(lang: string): UiLocale {
  const primary = lang.toLowerCase().split(/[-_]/)[0];
  return (UI_LOCALES as readonly string[]).includes(primary) ? (primary as UiLocale) : 'en';
}

/**
 * Replaces interface strings for a language on the whole page, without a
 * rebuild: `setStrings('uk', { loading: 'Хвилинку…' })`. Widgets already on
 * the page pick the change up on their next render.
 */
export function setStrings(locale: UiLocale, strings: Partial<UiStrings>): void {
  overrides[locale] = { ...overrides[locale], ...strings };
  overrideVersion += 1;
}

const resolved = new Map<string, UiStrings>();

/**
 * The strings an element renders with: the shipped table, then page-wide
 * overrides, then the element's own `strings` property.
 */
export function stringsFor(locale: UiLocale, own?: Partial<UiStrings>): UiStrings {
  if (own) return { ...tables[locale], ...overrides[locale], ...own };
  const key = `${locale}|${overrideVersion}`;
  let strings = resolved.get(key);
  if (!strings) {
    strings = { ...tables[locale], ...overrides[locale] };
    resolved.set(key, strings);
  }
  return strings;
}
