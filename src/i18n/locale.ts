import { warnOnce } from '../feed/errors.js';
import type { UiStrings } from './en.js';

/** Interface languages the library ships. Content may come in any language the feed has. */
export const UI_LOCALES = ['en', 'uk'] as const;
export type UiLocale = (typeof UI_LOCALES)[number];

/**
 * One widget's strings in every interface language. Each widget names its
 * own (shared block plus its block), so its bundle carries no other
 * widget's strings.
 */
export type StringTables<Strings> = Readonly<Record<UiLocale, Strings>>;

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
    if (lang) {
      if (/^ua(?:$|[-_])/i.test(lang)) warnOnce(`lang="${lang}" is the country code of Ukraine, not a language: write lang="uk" for Ukrainian (read as "uk" for now).`);
      return lang;
    }
    // getRootNode may be missing where there is no DOM (server rendering).
    node = node.parentElement ?? ((node.getRootNode?.() as ShadowRoot | undefined)?.host || null);
  }
  return 'en';
}

/**
 * The primary language of a BCP 47 tag, lower case: `uk-UA` → `uk`, `en_GB`
 * → `en`. `ua` is Ukraine's country code, not a language, and so often
 * written for Ukrainian on Ukrainian sites that it is read as `uk`.
 */
export const primaryLanguage = (tag: string): string => {
  const primary = tag.toLowerCase().split(/[-_]/)[0];
  return primary === 'ua' ? 'uk' : primary;
};

/** The interface language for a BCP 47 tag: `uk-UA` → `uk`; one the library lacks → `en`. */
export function toUiLocale(lang: string): UiLocale {
  const primary = primaryLanguage(lang);
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

const resolved = new WeakMap<object, Map<string, unknown>>();

/**
 * The strings an element renders with: the widget's shipped table, then
 * page-wide overrides, then the element's own `strings` property.
 */
export function stringsFor<Strings>(tables: StringTables<Strings>, locale: UiLocale, own?: Partial<UiStrings>): Strings {
  if (own) return { ...tables[locale], ...overrides[locale], ...own };
  let cache = resolved.get(tables);
  if (!cache) resolved.set(tables, (cache = new Map()));
  const key = `${locale}|${overrideVersion}`;
  let strings = cache.get(key) as Strings | undefined;
  if (!strings) {
    strings = { ...tables[locale], ...overrides[locale] };
    cache.set(key, strings);
  }
  return strings;
}
